import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { DocumentSnapshot } from '../../core/addin/snapshot.ts';
import { bodyName } from '../../core/templates/index.ts';
import type { Capabilities, DocumentGateway } from './gateway/gateway.ts';
import { CaseLookup } from './history/case-lookup.ts';
import { BUILT_IN_CASE_NUMBERS, BUILT_IN_FETCH_LIMITS, loadSettings, saveSettings, type PaneSettings } from './settings.ts';
import { meetingBodyFromCover } from './meeting-body.ts';
import { NyParagraf } from './views/NyParagraf.tsx';
import { Foredragningslista } from './views/Foredragningslista.tsx';
import { Granska } from './views/Granska.tsx';
import { Narvaro } from './views/Narvaro.tsx';
import { Anslag } from './views/Anslag.tsx';
import { Utdrag } from './views/Utdrag.tsx';
import { wordDocumentCreator, type DocumentCreator } from './gateway/document-creator.ts';
import { failure } from './components/failure.ts';
import { MessageBox, TextField, type StatusMessage } from './components/fields.tsx';
import { StyleSettings } from './components/StyleSettings.tsx';

const TABS = [
  { id: 'ny-paragraf', label: 'Ny paragraf' },
  { id: 'foredragningslista', label: 'Föredragningslista' },
  { id: 'granska', label: 'Granska' },
  { id: 'narvaro', label: 'Närvaro' },
  { id: 'anslag', label: 'Anslag' },
  { id: 'utdrag', label: 'Utdrag' },
] as const;
export type TabId = (typeof TABS)[number]['id'];

/** The tab to open with: `#granska` in the page address (the ribbon could open a view directly). */
function initialTab(): TabId {
  const hash = globalThis.location?.hash.slice(1);
  return TABS.find((t) => t.id === hash)?.id ?? 'ny-paragraf';
}

/** `creator` opens new documents (the extract); by default in Word, in the demo in memory. */
export function App({ gateway, creator = wordDocumentCreator }: { gateway: DocumentGateway; creator?: DocumentCreator }) {
  const [tab, setTab] = useState<TabId>(initialTab);
  const [settings, setSettings] = useState<PaneSettings>(() => loadSettings());
  const [capabilities, setCapabilities] = useState<Capabilities | null>(null);
  const [snapshot, setSnapshot] = useState<DocumentSnapshot | null>(null);
  const [loadError, setLoadError] = useState<StatusMessage | null>(null);
  const tabRefs = useRef<Record<string, HTMLButtonElement | null>>({});

  const refresh = useCallback(async () => {
    const s = await gateway.snapshot();
    setSnapshot(s);
    setLoadError(null);
    return s;
  }, [gateway]);

  // Every read the gateway makes, before and after an edit, updates the pane: an edit needs no read of its own.
  useEffect(() => gateway.onSnapshot(setSnapshot), [gateway]);

  useEffect(() => {
    gateway.capabilities().then(setCapabilities, (e: unknown) => setLoadError(failure(e, 'Dokumentet kunde inte läsas.')));
    refresh().catch((e: unknown) => setLoadError(failure(e, 'Dokumentet kunde inte läsas.')));
  }, [gateway, refresh]);

  const feedUrl = useRef(settings.feedUrl);
  feedUrl.current = settings.feedUrl;
  const lookup = useMemo(() => new CaseLookup(() => feedUrl.current, undefined, BUILT_IN_CASE_NUMBERS, BUILT_IN_FETCH_LIMITS), []);
  const body = useMemo(() => bodyName(settings.body.trim() || meetingBodyFromCover(snapshot) || 'Nämnden'), [settings.body, snapshot]);
  const disabled = capabilities?.baseline === false;

  const updateSettings = (patch: Partial<PaneSettings>) => {
    const next = { ...settings, ...patch };
    setSettings(next);
    saveSettings(next);
  };

  // Arrow keys move between tabs (WAI-ARIA tabs pattern, automatic activation).
  const onTabKey = (e: KeyboardEvent, index: number) => {
    const next = e.key === 'ArrowRight' ? index + 1 : e.key === 'ArrowLeft' ? index - 1 : e.key === 'Home' ? 0 : e.key === 'End' ? TABS.length - 1 : null;
    if (next === null) return;
    e.preventDefault();
    const t = TABS[(next + TABS.length) % TABS.length]!;
    setTab(t.id);
    tabRefs.current[t.id]?.focus();
  };

  const viewProps = { gateway, snapshot, refresh, body, disabled };
  return (
    <div class="pane">
      <header class="pane-header">
        <h1 class="pane-title">Protokoll</h1>
        <div class="tablist" role="tablist" aria-label="Vyer">
          {TABS.map((t, i) => (
            <button
              key={t.id}
              ref={(el) => {
                tabRefs.current[t.id] = el;
              }}
              type="button"
              role="tab"
              id={`tab-${t.id}`}
              class="tab"
              data-label={t.label}
              aria-selected={tab === t.id}
              aria-controls={`panel-${t.id}`}
              tabIndex={tab === t.id ? 0 : -1}
              onClick={() => setTab(t.id)}
              onKeyDown={(e) => onTabKey(e, i)}
            >
              {t.label}
            </button>
          ))}
        </div>
      </header>
      <main class="view">
        {capabilities?.notices.map((n, i) => (
          <div key={i} class={`message ${disabled ? 'message-error' : 'message-warning'}`} role={disabled ? 'alert' : undefined}>
            <p>{n}</p>
          </div>
        ))}
        {loadError && <MessageBox message={loadError} role="alert" />}
        {TABS.map((t) => (
          <section key={t.id} role="tabpanel" id={`panel-${t.id}`} aria-labelledby={`tab-${t.id}`} hidden={tab !== t.id}>
            <h2 class="visually-hidden">{t.label}</h2>
            {t.id === 'ny-paragraf' && <NyParagraf {...viewProps} lookup={lookup} />}
            {t.id === 'foredragningslista' && <Foredragningslista {...viewProps} lookup={lookup} />}
            {t.id === 'granska' && <Granska {...viewProps} active={tab === 'granska'} />}
            {t.id === 'narvaro' && <Narvaro {...viewProps} />}
            {t.id === 'anslag' && <Anslag {...viewProps} />}
            {t.id === 'utdrag' && <Utdrag {...viewProps} creator={creator} />}
          </section>
        ))}
        <details class="settings">
          <summary>Inställningar</summary>
          <TextField
            id="set-body"
            label="Organ"
            hint={`Används i standardtexterna. Tomt: ”${body.name}” från dokumentet.`}
            value={settings.body}
            onInput={(v) => updateSettings({ body: v })}
          />
          <TextField
            id="set-feed"
            label="Adress till beslutshistoriken"
            hint="En eller flera adresser, åtskilda med mellanslag: mappen med manifest.json eller adressen till den, till exempel https://intranat.example/beslutshistorik/"
            type="url"
            value={settings.feedUrl}
            onInput={(v) => updateSettings({ feedUrl: v })}
          />
          <StyleSettings />
          <p class="capabilities">
            {capabilities?.trackingMode === 'off' && 'Spåra ändringar är av.'}
            {capabilities?.trackingMode === 'trackAll' && 'Spåra ändringar är på: tilläggets ändringar spåras.'}
            {capabilities?.trackingMode === 'trackMineOnly' && 'Spåra ändringar är på för dina ändringar: tilläggets ändringar spåras.'}
          </p>
        </details>
      </main>
    </div>
  );
}
