import { EntryOptions } from '../components/EntryOptions.tsx';
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { DocumentEntry } from '../../../core/addin/document-structure.ts';
import type { EntryPosition } from '../../../core/addin/edit-plan.ts';
import { defaultEntryPosition, planInsertEntry, type PlanResult } from '../../../core/addin/renumber.ts';
import type { CaseNumberConfig } from '../../../core/casenumber/index.ts';
import type { DocumentSnapshot } from '../../../core/addin/snapshot.ts';
import { newEntryId } from '../../../core/addin/tags.ts';
import type { Paragraf } from '../../../core/model/protocol.ts';
import { TEMPLATES, getTemplate, type EntryInputIssue, type TemplateId } from '../../../core/templates/index.ts';
import { CaseNumberField } from '../components/CaseNumberField.tsx';
import { RadioGroup, SelectField, StatusRegion, TextArea, TextField, type StatusMessage } from '../components/fields.tsx';
import { focusLater } from '../components/focus.ts';
import { GeneratedText } from '../components/GeneratedText.tsx';
import { OmrostningEditor } from '../components/OmrostningEditor.tsx';
import { ReservationerEditor } from '../components/ReservationerEditor.tsx';
import { YrkandenEditor, yrkandeLabel } from '../components/YrkandenEditor.tsx';
import { runEdit } from '../edit/apply-plan.ts';
import { useBusyAction } from '../edit/use-busy-action.ts';
import { ReloadButton } from '../edit/ReloadButton.tsx';
import { planFill, refill, startFill, type FillSession } from '../form/fill-entry.ts';
import { buildEntry, generatedTexts } from '../form/draft-to-input.ts';
import { emptyDraft, type EntryDraft } from '../form/entry-draft.ts';
import { fieldIdFor } from '../form/field-ids.ts';
import type { CaseLookup } from '../history/case-lookup.ts';
import { choosableEntries, entryLabel } from './entry-choices.ts';
import { styleNames } from '../style-settings.ts';
import type { ViewProps } from './view-props.ts';

interface EntryFormProps extends Pick<ViewProps, 'gateway' | 'refresh' | 'body' | 'disabled' | 'snapshot'> {
  lookup: CaseLookup;
  entries: DocumentEntry[];
  message: StatusMessage | null;
  onMessage: (message: StatusMessage | null) => void;
}

/** Where the clerk wants the entry: at the cursor, last, first, or after a chosen entry (by its stable id). */
type Placement = 'cursor' | 'end' | 'first' | `after:${string}`;

function resolvePlacement(placement: Placement, snapshot: DocumentSnapshot): EntryPosition | null {
  const entries = choosableEntries(snapshot);
  if (placement === 'cursor') return defaultEntryPosition(snapshot);
  // After the last entry, before a signature block, never inside a control that ends the body.
  if (placement === 'end') return { at: 'end' };
  if (placement === 'first') return entries[0] ? { at: 'before', controlId: entries[0].control.id } : { at: 'end' };
  const entry = entries.find((e) => `after:${e.entryId}` === placement);
  return entry ? { at: 'after', controlId: entry.control.id } : null;
}

/**
 * What happened at a § as a form: the clerk fills in the parts, and the entry is written as a new §
 * at the chosen place or into one already in the document, numbered by where it stands.
 */
export function EntryForm({ gateway, refresh, body, disabled, lookup, entries, snapshot, message, onMessage }: EntryFormProps) {
  const [draft, setDraft] = useState<EntryDraft>(() => emptyDraft('beslutsarende'));
  const [placement, setPlacement] = useState<Placement>('cursor');
  /** Writing a new entry, or filling in one that is in the document (by its stable id). */
  const [mode, setMode] = useState<'new' | 'fill'>('new');
  const [fillId, setFillId] = useState('');
  /** What the form was filled from, read when the clerk chose the entry (not when submitting). */
  const [fill, setFill] = useState<FillSession | null>(null);
  const [issues, setIssues] = useState<EntryInputIssue[]>([]);
  const [busy, act] = useBusyAction(onMessage);
  const [caseNumbers, setCaseNumbers] = useState<CaseNumberConfig | undefined>(undefined);
  useEffect(() => {
    lookup.caseNumberConfig().then(setCaseNumbers, () => undefined);
  }, [lookup]);

  const template = getTemplate(draft.type);
  const generated = useMemo(() => generatedTexts(draft, body), [draft, body]);
  const update = (patch: Partial<EntryDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const errorAt = (path: string) => issues.find((i) => i.path === path)?.message;
  const errorUnder = (path: string) => issues.find((i) => i.path === path || i.path.startsWith(`${path}.`))?.message;
  const chooseFill = (entryId: string) => {
    setFillId(entryId);
    const entry = entries.find((e) => e.entryId === entryId);
    if (!entry) return setFill(null);
    const filled = startFill(entry, draft.type, body);
    setFill(filled.session);
    setDraft(filled.draft);
  };
  /** In fill mode, what "Uppdatera paragraf" will rewrite in the entry as the pane last read it. */
  const preview = useMemo(
    () => (mode === 'fill' && fill && fill.entryId === fillId && snapshot ? planFill(snapshot, fill, draft, body, { styleNames: styleNames(), caseNumbers }) : null),
    [mode, fill, fillId, snapshot, draft, body, caseNumbers],
  );
  const hasFirstQuestion = draft.yrkanden.some((y) => y.kind === 'aterremiss' || y.kind === 'bordlaggning');

  /** The plan for the built entry in the document as it is now, or a message when the chosen place is gone. */
  function plan(current: DocumentSnapshot, entry: Paragraf, config: CaseNumberConfig): PlanResult {
    if (mode === 'fill') return fill ? planFill(current, fill, draft, body, { styleNames: styleNames(), caseNumbers: config }) : { ok: false, message: 'Välj vilken paragraf som ska fyllas i.' };
    const position = resolvePlacement(placement, current);
    if (!position) return { ok: false, message: 'Paragrafen att infoga efter finns inte längre. Välj placering igen.' };
    return planInsertEntry(current, { paragraph: entry, entryId: newEntryId(), position, firstNumber: 1, styleNames: styleNames() });
  }

  async function insert() {
    if (mode === 'fill' && (!fillId || !fill)) {
      onMessage({ kind: 'error', text: 'Välj vilken paragraf som ska fyllas i.' });
      focusLater('np-fill');
      return;
    }
    await act(async () => {
      const config = await lookup.caseNumberConfig();
      const built = buildEntry(draft, 1, body, config);
      if (!built.ok) {
        setIssues(built.issues);
        onMessage({ kind: 'error', text: 'Paragrafen infogades inte. Rätta följande:', details: built.issues.map((i) => i.message) });
        focusLater(fieldIdFor(built.issues[0]!.path));
        return;
      }
      setIssues([]);
      // One round trip reads the document, the plan is made from it, a second writes and reads back.
      const { applied, message } = await runEdit(gateway, (current) => plan(current, built.entry, config));
      onMessage(message);
      if (!applied) return;
      setDraft(emptyDraft(draft.type));
      setFillId('');
      setFill(null);
    });
  }

  return (
    <form
      class="view-form"
      onSubmit={(e) => {
        e.preventDefault();
        void insert();
      }}
      aria-describedby="np-intro"
    >
      <p class="view-intro" id="np-intro">
        Fyll i vad som hände. Paragrafen får rätt nummer efter sin plats, och följande paragrafer och hänvisningar numreras om.
      </p>
      <SelectField
        id="np-type"
        label="Typ av paragraf"
        hint={template.description}
        value={draft.type}
        onChange={(type) => setDraft((d) => ({ ...d, type: type as TemplateId }))}
      >
        {TEMPLATES.map((t) => (
          <option key={t.id} value={t.id}>
            {t.label}
          </option>
        ))}
      </SelectField>
      {entries.length > 0 && (
        <RadioGroup
          legend="Paragrafen"
          name="np-mode"
          value={mode}
          options={[
            { value: 'new', label: 'Ny paragraf' },
            { value: 'fill', label: 'Fyll i en befintlig' },
          ]}
          onChange={setMode}
        />
      )}
      {mode === 'fill' && entries.length > 0 ? (
        <SelectField
          id="np-fill"
          label="Paragraf att fylla i"
          hint="Det som redan står i paragrafen förs över till formuläret. Bara det du ändrar skrivs om; resten av paragrafen lämnas som det är."
          value={fillId}
          error={fillId === '' && message?.kind === 'error' ? 'Välj paragraf' : undefined}
          onChange={chooseFill}
        >
          <option value="">Välj paragraf</option>
          <EntryOptions entries={entries} />
        </SelectField>
      ) : (
        <SelectField id="np-placement" label="Placering" value={placement} onChange={(v) => setPlacement(v as Placement)}>
          <option value="cursor">Efter paragrafen där markören står, annars sist</option>
          <option value="end">Sist, efter den sista paragrafen</option>
          {entries.length > 0 && <option value="first">Först, före den första paragrafen</option>}
          <EntryOptions entries={entries} value={(e) => `after:${e.entryId}`} label={(e) => `Efter ${entryLabel(e)}`} />
        </SelectField>
      )}
      <TextField
        id="np-title"
        label="Rubrik"
        hint={template.defaultTitle ? `Lämna tomt för ”${template.defaultTitle}”.` : undefined}
        value={draft.title}
        error={errorAt('title')}
        onInput={(title) => update({ title })}
      />
      <CaseNumberField
        value={draft.caseNumbers}
        onInput={(caseNumbers) => update({ caseNumbers })}
        error={errorUnder('caseNumbers')}
        lookup={lookup}
        onUseTitle={(title) => {
          update({ title });
          focusLater('np-title');
        }}
      />
      {draft.type === 'beredningsarende' && (
        <TextField
          id="np-proposed-to"
          label="Förslaget går till"
          hint="Det organ som ska besluta, till exempel Regionstyrelsen."
          value={draft.proposedTo}
          error={errorAt('proposedTo')}
          onInput={(proposedTo) => update({ proposedTo })}
        />
      )}
      {draft.type === 'val-av-justerare' && (
        <fieldset>
          <legend>Justering</legend>
          <TextField
            id="np-justerare"
            label="Justerare"
            hint="Till exempel: Anna Berg (S)"
            value={draft.justerare}
            error={errorUnder('justering.justerare') ?? errorAt('justering')}
            onInput={(justerare) => update({ justerare })}
          />
          <TextField
            id="np-justering-date"
            label="Sista dag för justering"
            type="date"
            value={draft.justeringDate}
            error={errorAt('justering.date')}
            onInput={(justeringDate) => update({ justeringDate })}
          />
          <TextField
            id="np-justering-place"
            label="Plats (tomt om justeringen sker digitalt)"
            value={draft.justeringPlace}
            onInput={(justeringPlace) => update({ justeringPlace })}
          />
        </fieldset>
      )}
      {draft.type === 'delegationsbeslut' && (
        <TextArea
          id="np-delegation"
          label="Delegationsbeslut"
          hint="Ett beslut per rad."
          value={draft.delegationsbeslut}
          error={errorUnder('delegationsbeslut')}
          onInput={(delegationsbeslut) => update({ delegationsbeslut })}
        />
      )}
      <TextArea
        id="np-sammanfattning"
        label="Sammanfattning"
        rows={4}
        value={draft.sammanfattning}
        error={errorAt('sammanfattning')}
        onInput={(sammanfattning) => update({ sammanfattning })}
      />
      <TextArea
        id="np-forslag"
        label="Förslag till beslut"
        value={draft.forslagTillBeslut}
        error={errorAt('forslagTillBeslut')}
        onInput={(forslagTillBeslut) => update({ forslagTillBeslut })}
      />

      <YrkandenEditor
        yrkanden={draft.yrkanden}
        onChange={(yrkanden) => setDraft((d) => ({ ...d, yrkanden, beslutsgangText: null }))}
        errorAt={errorAt}
      />

      {draft.yrkanden.length > 0 && (
        <fieldset>
          <legend>Beslutsgång</legend>
          {hasFirstQuestion && (
            <RadioGroup
              legend="Ska ärendet avgöras i dag?"
              name="np-first-question"
              value={draft.firstQuestion || 'avgorsIdag'}
              options={[
                { value: 'avgorsIdag', label: 'Avgörs i dag' },
                { value: 'aterremitteras', label: 'Återremitteras' },
                { value: 'bordlaggs', label: 'Bordläggs' },
              ]}
              onChange={(firstQuestion) => setDraft((d) => ({ ...d, firstQuestion, beslutsgangText: null }))}
            />
          )}
          <SelectField
            id="np-winner"
            label={`Ordförande finner att ${body.definite} beslutar enligt`}
            hint={draft.omrostning.enabled ? 'Lämna på ”Enligt omröstningen” när omröstningen avgjorde.' : undefined}
            value={draft.winner}
            error={errorAt('beslutsgang.winner')}
            onChange={(winner) => setDraft((d) => ({ ...d, winner, beslutsgangText: null }))}
          >
            <option value="">{draft.omrostning.enabled ? 'Enligt omröstningen' : 'Liggande förslag'}</option>
            <option value="liggande">Liggande förslag</option>
            {draft.yrkanden.map((y, i) =>
              y.kind === 'eget' || y.kind === 'avslag' ? (
                <option key={y.key} value={String(i)}>
                  {yrkandeLabel(y, i)}
                </option>
              ) : null,
            )}
          </SelectField>
          <GeneratedText
            id="np-beslutsgang"
            label="Beslutsgång"
            generated={generated.beslutsgang}
            edited={draft.beslutsgangText}
            emptyHint="Texten skapas när yrkandena är ifyllda."
            regenerateLabel="Skapa beslutsgången på nytt"
            onEdit={(beslutsgangText) => update({ beslutsgangText })}
          />
        </fieldset>
      )}

      <OmrostningEditor
        value={draft.omrostning}
        yrkanden={draft.yrkanden}
        onChange={(omrostning) => setDraft((d) => ({ ...d, omrostning, omrostningText: null, beslutsgangText: null }))}
        errorAt={errorAt}
      />
      {draft.omrostning.enabled && (
        <div>
          <GeneratedText
            id="np-omrostning-text"
            label="Omröstning"
            generated={generated.omrostning}
            edited={draft.omrostningText}
            emptyHint="Texten skapas när förslagen och rösterna är ifyllda."
            regenerateLabel="Skapa omröstningstexten på nytt"
            onEdit={(omrostningText) => update({ omrostningText })}
          />
        </div>
      )}

      <TextArea
        id="np-beslut"
        label="Beslut"
        hint="Lämna tomt för att skriva beslutet efter det förslag som vann."
        value={draft.beslut}
        error={errorAt('beslut')}
        onInput={(beslut) => update({ beslut })}
      />
      <ReservationerEditor reservationer={draft.reservationer} onChange={(reservationer) => update({ reservationer })} errorAt={errorAt} />
      <TextField
        id="np-deltar-ej"
        label="Deltar ej i beslutet"
        hint="Till exempel: Eva Strand (MP)"
        value={draft.deltarEj}
        error={errorUnder('deltarEj')}
        onInput={(deltarEj) => update({ deltarEj })}
      />
      <TextField
        id="np-jav"
        label="Jäv"
        hint="Den som anmält jäv och inte deltar i handläggningen."
        value={draft.jav}
        error={errorUnder('jav')}
        onInput={(jav) => update({ jav })}
      />
      <TextArea
        id="np-underlag"
        label="Beslutsunderlag"
        hint="Ett dokument per rad."
        value={draft.beslutsunderlag}
        error={errorUnder('beslutsunderlag')}
        onInput={(beslutsunderlag) => update({ beslutsunderlag })}
      />

      {preview && (
        <p class="field-hint" id="np-fill-preview">
          {!preview.ok
            ? preview.message
            : preview.replaces && preview.replaces.length > 0
              ? `Uppdatera paragraf skriver om ${preview.replaces.join(', ')}. Allt annat i paragrafen lämnas som det är.`
              : 'Formuläret stämmer med paragrafen: det finns inget att skriva om.'}
        </p>
      )}
      <StatusRegion message={message} />
      <ReloadButton
        id="np-reload"
        message={message}
        reload={async () => {
          const current = await refresh();
          const again = mode === 'fill' && fill ? refill(current, fill, draft, body) : null;
          if (again) {
            setFill(again.session);
            setDraft(again.draft);
          }
        }}
        onDone={onMessage}
      />
      <div class="actions">
        <button type="submit" id="np-insert" class="btn btn-primary btn-block" disabled={busy || disabled} aria-describedby={preview ? 'np-fill-preview' : undefined}>
          {busy ? 'Skriver…' : mode === 'fill' ? 'Uppdatera paragraf' : 'Infoga paragraf'}
        </button>
      </div>
    </form>
  );
}
