import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { FORMAT_PRESETS, FORMAT_PRESET_IDS } from '../../../core/casenumber/index.ts';
import { type SettingKey } from '../../lib/extension-settings.ts';
import { ask } from '../../lib/messaging.ts';
import { loadSettings, onSettingsChanged, saveUserSettings, type LoadedSettings } from '../../lib/settings.ts';
import { LOOPBACK_SITES } from '../../lib/demo-build.ts';
import { originsFor } from '../../lib/site-access.ts';
import { SyncStatusView } from '../../lib/ui/sync-status-view.tsx';
import { useSyncStatus } from '../../lib/ui/use-sync-status.ts';
import { Field } from './field.tsx';
import { draftOf, readDraft, type SettingsDraft } from './settings-form.ts';

type Notice = { kind: 'ok' | 'error'; text: string } | null;

export function OptionsPage() {
  const [loaded, setLoaded] = useState<LoadedSettings | null>(null);
  const [draft, setDraft] = useState<SettingsDraft | null>(null);
  const [errors, setErrors] = useState<Partial<Record<SettingKey, string>>>({});
  const [notice, setNotice] = useState<Notice>(null);
  const [granted, setGranted] = useState<Set<string>>(new Set());
  const status = useSyncStatus();

  useEffect(() => {
    const refresh = async (resetDraft: boolean) => {
      const next = await loadSettings();
      setLoaded(next);
      if (resetDraft) setDraft(draftOf(next.settings));
      const all = await browser.permissions.getAll();
      setGranted(new Set(all.origins ?? []));
    };
    void refresh(true);
    const stopSettings = onSettingsChanged(() => void refresh(false));
    const onPermissions = () => void refresh(false);
    browser.permissions.onAdded.addListener(onPermissions);
    browser.permissions.onRemoved.addListener(onPermissions);
    return () => {
      stopSettings();
      browser.permissions.onAdded.removeListener(onPermissions);
      browser.permissions.onRemoved.removeListener(onPermissions);
    };
  }, []);

  if (!loaded || !draft) return <p>Läser inställningar …</p>;
  const locked = new Set(loaded.locked);
  const set = (key: SettingKey) => (event: Event) =>
    setDraft({ ...draft, [key]: (event.currentTarget as HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement).value });
  /** A whole number setting: the sync interval and the feed's limits. */
  const numberField = (key: SettingKey, label: string, min: number) => (
    <Field id={key} label={label} error={errors[key]} locked={locked.has(key)}>
      {(aria) => <input {...aria} type="number" min={min} step={1} inputMode="numeric" value={draft[key]} onInput={set(key)} />}
    </Field>
  );

  /**
   * Checks and saves the form. Host permissions are requested first, synchronously in the click,
   * because the browser grants them only during a user gesture.
   */
  function save(): Promise<boolean> {
    const read = readDraft(draft!, loaded!.locked);
    setErrors(read.errors);
    if (Object.keys(read.errors).length) {
      setNotice({ kind: 'error', text: 'Inställningarna sparades inte: rätta de markerade fälten.' });
      return Promise.resolve(false);
    }
    const effective = { ...loaded!.settings, ...read.settings };
    const needed = originsFor(effective).filter((o) => !granted.has(o));
    const permission = needed.length ? browser.permissions.request({ origins: needed }) : Promise.resolve(true);
    return permission
      .catch(() => false)
      .then(async (ok: boolean) => {
        await saveUserSettings(read.settings);
        setNotice(
          ok
            ? { kind: 'ok', text: 'Inställningarna är sparade.' }
            : { kind: 'error', text: `Sparat, men tillägget fick inte behörighet för ${needed.join(', ')}.` },
        );
        return true;
      })
      .catch((error: unknown) => {
        setNotice({ kind: 'error', text: `Inställningarna sparades inte: ${error instanceof Error ? error.message : String(error)}` });
        return false;
      });
  }

  function onSubmit(event: Event) {
    event.preventDefault();
    void save();
  }

  function onSyncNow() {
    void save().then(async (saved) => {
      if (!saved) return;
      try {
        await ask({ type: 'syncNow' });
      } catch (error) {
        setNotice({ kind: 'error', text: `Synkroniseringen kunde inte startas: ${error instanceof Error ? error.message : String(error)}` });
      }
    });
  }

  const sites = loaded.settings.sites;
  return (
    <main>
      <h1>Protokoll – beslutshistorik</h1>
      <p>
        Tillägget visar beslutshistoriken för diarienummer på intranätets sidor. Historiken hämtas från organisationens
        historikflöde och sparas i webbläsaren.
      </p>
      {locked.size > 0 && (
        <p class="policy-notice">Inställningar markerade med 🔒 är bestämda av din organisation och kan inte ändras här.</p>
      )}
      {loaded.problems.length > 0 && (
        <div class="error" role="alert">
          <p>Några inställningar kunde inte användas:</p>
          <ul>
            {loaded.problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}

      <form onSubmit={onSubmit} noValidate>
        <h2>Inställningar</h2>
        <Field
          id="feedUrl"
          label="Historikflöde (mappen eller dess manifest.json)"
          help="Till exempel https://intranat.exempel.se/historik/"
          error={errors.feedUrl}
          locked={locked.has('feedUrl')}
        >
          {(aria) => <input {...aria} type="url" value={draft.feedUrl} onInput={set('feedUrl')} autocomplete="url" />}
        </Field>

        <Field
          id="feeds"
          label="Fler historikflöden, ett per organisation (en adress per rad)"
          help="Till exempel kommunernas flöden på regionens intranät. Historiken hämtas från varje flöde för sig och visas samman per diarienummer, med organisationens namn vid varje beslut."
          error={errors.feeds}
          locked={locked.has('feeds')}
        >
          {(aria) => <textarea {...aria} rows={3} value={draft.feeds} onInput={set('feeds')} />}
        </Field>

        <Field
          id="sites"
          label="Webbplatser där tillägget letar efter diarienummer (en per rad)"
          help={`Till exempel https://intranat.exempel.se/*.${LOOPBACK_SITES.length ? ` ${LOOPBACK_SITES.join(' och ')} ingår alltid.` : ''}`}
          error={errors.sites}
          locked={locked.has('sites')}
        >
          {(aria) => <textarea {...aria} rows={4} value={draft.sites} onInput={set('sites')} />}
        </Field>
        {sites.length > 0 && (
          <ul class="site-list" aria-label="Behörighet för webbplatserna">
            {sites.map((site) => (
              <li key={site}>
                {site}: {granted.has(site) ? 'tillåten' : 'behörighet saknas – spara för att ge tillägget behörighet'}
              </li>
            ))}
          </ul>
        )}

        <Field
          id="caseNumberPreset"
          label="Diarienummerformat"
          error={errors.caseNumberPreset}
          locked={locked.has('caseNumberPreset')}
        >
          {({ readOnly, ...aria }) => (
            <select {...aria} disabled={readOnly} value={draft.caseNumberPreset} onChange={set('caseNumberPreset')}>
              <option value="">Automatiskt: formaten i historikflödets protokoll</option>
              {FORMAT_PRESET_IDS.map((id) => (
                <option key={id} value={id}>
                  {FORMAT_PRESETS[id].label}
                </option>
              ))}
            </select>
          )}
        </Field>

        <Field
          id="caseNumberFormats"
          label="Egna diarienummerformat (valfritt, ett per rad)"
          help="Till exempel {prefix} {serial}-{year} eller {prefix}-{year}-{serial:5}[:{sub}]. Egna format gäller före det förinställda och flödets."
          error={errors.caseNumberFormats}
          locked={locked.has('caseNumberFormats')}
        >
          {(aria) => <textarea {...aria} rows={3} value={draft.caseNumberFormats} onInput={set('caseNumberFormats')} />}
        </Field>

        <Field
          id="caseNumberPrefixes"
          label="Diarieprefix (valfritt)"
          help="Skilj med komma, till exempel RS, HSN. Tomt betyder formatets egna prefix."
          error={errors.caseNumberPrefixes}
          locked={locked.has('caseNumberPrefixes')}
        >
          {(aria) => <input {...aria} type="text" value={draft.caseNumberPrefixes} onInput={set('caseNumberPrefixes')} />}
        </Field>

        <Field
          id="diariumUrlTemplate"
          label="Länk till diariet (valfritt)"
          help="{caseNumber} ersätts med diarienumret, till exempel https://diarium.exempel.se/arende?dnr={caseNumber}"
          error={errors.diariumUrlTemplate}
          locked={locked.has('diariumUrlTemplate')}
        >
          {(aria) => <input {...aria} type="url" value={draft.diariumUrlTemplate} onInput={set('diariumUrlTemplate')} />}
        </Field>

        {numberField('syncIntervalMinutes', 'Synkronisera automatiskt var (minuter)', 15)}
        {numberField('feedConnectSeconds', 'Vänta på flödets server högst (sekunder)', 1)}
        {numberField('feedTimeoutSeconds', 'Hämta en fil ur flödet på högst (sekunder)', 1)}
        {numberField('feedMaxMegabytes', 'Största fil ur flödet (MB)', 1)}

        <button type="submit">Spara</button>
        <p role="status" aria-live="polite" class={notice?.kind === 'error' ? 'error' : 'ok'} data-testid="notice">
          {notice?.text ?? ''}
        </p>
      </form>

      <section aria-labelledby="sync-heading">
        <h2 id="sync-heading">Synkronisering</h2>
        <SyncStatusView status={status} />
        <button type="button" onClick={onSyncNow} disabled={status?.running ?? false}>
          Synkronisera nu
        </button>
      </section>
    </main>
  );
}
