import { useMemo, useState } from 'preact/hooks';
import type { DocumentSnapshot } from '../../../core/addin/snapshot.ts';
import { readStructure } from '../../../core/addin/document-structure.ts';
import { defaultEntryPosition, planInsertEntry, planInsertReference, planReplaceEntry, type PlanResult } from '../../../core/addin/renumber.ts';
import { entryParagraph } from '../../../core/addin/entry-paragraph.ts';
import { newEntryId } from '../../../core/addin/tags.ts';
import type { EntryPosition } from '../../../core/addin/edit-plan.ts';
import { TEMPLATES, getTemplate, type BodyName, type EntryInputIssue, type TemplateId } from '../../../core/templates/index.ts';
import { RadioGroup, SelectField, StatusRegion, TextArea, TextField, type StatusMessage } from '../components/fields.tsx';
import { YrkandenEditor, yrkandeLabel } from '../components/YrkandenEditor.tsx';
import { OmrostningEditor } from '../components/OmrostningEditor.tsx';
import { ReservationerEditor } from '../components/ReservationerEditor.tsx';
import { CaseNumberField } from '../components/CaseNumberField.tsx';
import { GeneratedText } from '../components/GeneratedText.tsx';
import { focusLater } from '../components/focus.ts';
import { buildEntry, draftFromEntry, emptyDraft, generatedTexts, type EntryDraft } from '../form/entry-draft.ts';
import { fieldIdFor } from '../form/field-ids.ts';
import type { CaseLookup } from '../history/case-lookup.ts';
import type { DocumentGateway } from '../gateway/gateway.ts';
import { applyPlan, failureMessage } from '../edit/apply-plan.ts';

export interface ViewProps {
  gateway: DocumentGateway;
  snapshot: DocumentSnapshot | null;
  /** Reads the document again (after an edit, or before planning one). */
  refresh: () => Promise<DocumentSnapshot>;
  body: BodyName;
  /** The host cannot run the add-in (WordApi 1.3 missing). */
  disabled: boolean;
}

/** Where the clerk wants the entry: at the cursor, last, first, or after a chosen entry (by its stable id). */
type Placement = 'cursor' | 'end' | 'first' | `after:${string}`;

function resolvePlacement(placement: Placement, snapshot: DocumentSnapshot): EntryPosition | null {
  const entries = readStructure(snapshot).entries.filter((e) => !e.duplicate);
  if (placement === 'cursor') return defaultEntryPosition(snapshot);
  if (placement === 'end') return { at: 'end' };
  if (placement === 'first') return entries[0] ? { at: 'before', controlId: entries[0].control.id } : { at: 'end' };
  const entry = entries.find((e) => `after:${e.entryId}` === placement);
  return entry ? { at: 'after', controlId: entry.control.id } : null;
}

/** Rows for a generated text, so the clerk sees all of it at 320 px without scrolling inside the field. */

const entryLabel = (e: { number: number | null; paragraphs: { text: string }[] }) => {
  const heading = e.paragraphs[0]?.text.trim() ?? '';
  return heading.length > 60 ? `${heading.slice(0, 57)}…` : heading || (e.number !== null ? `§ ${e.number}` : 'Paragraf utan rubrik');
};

export function NyParagraf({ gateway, snapshot, refresh, body, disabled, lookup }: ViewProps & { lookup: CaseLookup }) {
  const [draft, setDraft] = useState<EntryDraft>(() => emptyDraft('beslutsarende'));
  const [placement, setPlacement] = useState<Placement>('cursor');
  /** Writing a new entry, or filling in one that is in the document (by its stable id). */
  const [mode, setMode] = useState<'new' | 'fill'>('new');
  const [fillId, setFillId] = useState('');
  const [issues, setIssues] = useState<EntryInputIssue[]>([]);
  const [message, setMessage] = useState<StatusMessage | null>(null);
  const [busy, setBusy] = useState(false);
  const [referenceTarget, setReferenceTarget] = useState('');
  /** The last entry of a range ("§§ 223-224"); empty for a single §. */
  const [referenceEnd, setReferenceEnd] = useState('');

  const template = getTemplate(draft.type);
  const entries = useMemo(() => (snapshot ? readStructure(snapshot).entries.filter((e) => !e.duplicate) : []), [snapshot]);
  const generated = useMemo(() => generatedTexts(draft, body), [draft, body]);
  const set = (patch: Partial<EntryDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const errorAt = (path: string) => issues.find((i) => i.path === path)?.message;
  const errorUnder = (path: string) => issues.find((i) => i.path === path || i.path.startsWith(`${path}.`))?.message;
  const chooseFill = (entryId: string) => {
    setFillId(entryId);
    const entry = entries.find((e) => e.entryId === entryId);
    if (entry) setDraft(draftFromEntry(entryParagraph(entry), draft.type, body));
  };
  const hasFirstQuestion = draft.yrkanden.some((y) => y.kind === 'aterremiss' || y.kind === 'bordlaggning');

  async function insert() {
    if (mode === 'fill' && !fillId) {
      setMessage({ kind: 'error', text: 'Välj vilken paragraf som ska fyllas i.' });
      focusLater('np-fill');
      return;
    }
    setBusy(true);
    setMessage(null);
    try {
      const built = buildEntry(draft, 1, body);
      if (!built.ok) {
        setIssues(built.issues);
        setMessage({ kind: 'error', text: 'Paragrafen infogades inte. Rätta följande:', details: built.issues.map((i) => i.message) });
        focusLater(fieldIdFor(built.issues[0]!.path));
        return;
      }
      setIssues([]);
      const current = await refresh();
      let planned: PlanResult;
      if (mode === 'fill') {
        planned = planReplaceEntry(current, { entryId: fillId, paragraph: built.entry });
      } else {
        const position = resolvePlacement(placement, current);
        if (!position) {
          setMessage({ kind: 'error', text: 'Paragrafen att infoga efter finns inte längre. Välj placering igen.' });
          return;
        }
        planned = planInsertEntry(current, { paragraph: built.entry, entryId: newEntryId(), position, firstNumber: 1 });
      }
      const { applied, message } = await applyPlan(gateway, planned, refresh);
      setMessage(message);
      if (!applied) return;
      setDraft(emptyDraft(draft.type));
      setFillId('');
    } catch (error) {
      setMessage(failureMessage(error));
    } finally {
      setBusy(false);
    }
  }

  async function insertReference() {
    setMessage(null);
    try {
      const current = await refresh();
      const ids = readStructure(current).entries.filter((e) => !e.duplicate).map((e) => e.entryId);
      const from = ids.indexOf(referenceTarget);
      const to = referenceEnd ? ids.indexOf(referenceEnd) : from;
      const planned = planInsertReference(current, from >= 0 && to >= from ? ids.slice(from, to + 1) : [referenceTarget]);
      if (!planned.ok) {
        setMessage({ kind: 'error', text: planned.message });
        return;
      }
      await gateway.apply(planned.plan);
      await refresh();
      setMessage({ kind: 'success', text: `${planned.plan.summary}.` });
    } catch (error) {
      setMessage(failureMessage(error));
    }
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
          hint="Det som redan står i paragrafen förs över till formuläret."
          value={fillId}
          error={fillId === '' && message?.kind === 'error' ? 'Välj paragraf' : undefined}
          onChange={chooseFill}
        >
          <option value="">Välj paragraf</option>
          {entries.map((e) => (
            <option key={e.entryId} value={e.entryId}>
              {entryLabel(e)}
            </option>
          ))}
        </SelectField>
      ) : (
        <SelectField id="np-placement" label="Placering" value={placement} onChange={(v) => setPlacement(v as Placement)}>
          <option value="cursor">Där markören står</option>
          <option value="end">Sist i protokollet</option>
          {entries.length > 0 && <option value="first">Först i protokollet</option>}
          {entries.map((e) => (
            <option key={e.entryId} value={`after:${e.entryId}`}>
              Efter {entryLabel(e)}
            </option>
          ))}
        </SelectField>
      )}
      <TextField
        id="np-title"
        label="Rubrik"
        hint={template.defaultTitle ? `Lämna tomt för "${template.defaultTitle}".` : undefined}
        value={draft.title}
        error={errorAt('title')}
        onInput={(title) => set({ title })}
      />
      <CaseNumberField
        value={draft.caseNumbers}
        onInput={(caseNumbers) => set({ caseNumbers })}
        error={errorUnder('caseNumbers')}
        lookup={lookup}
        onUseTitle={(title) => {
          set({ title });
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
          onInput={(proposedTo) => set({ proposedTo })}
        />
      )}
      {draft.type === 'val-av-justerare' && (
        <fieldset>
          <legend>Justering</legend>
          <TextField id="np-justerare" label="Justerare" hint="Till exempel: Anna Berg (S)" value={draft.justerare} error={errorUnder('justering.justerare') ?? errorAt('justering')} onInput={(justerare) => set({ justerare })} />
          <TextField id="np-justering-date" label="Sista dag för justering" type="date" value={draft.justeringDate} error={errorAt('justering.date')} onInput={(justeringDate) => set({ justeringDate })} />
          <TextField id="np-justering-place" label="Plats (tomt om justeringen sker digitalt)" value={draft.justeringPlace} onInput={(justeringPlace) => set({ justeringPlace })} />
        </fieldset>
      )}
      {draft.type === 'delegationsbeslut' && (
        <TextArea id="np-delegation" label="Delegationsbeslut" hint="Ett beslut per rad." value={draft.delegationsbeslut} error={errorUnder('delegationsbeslut')} onInput={(delegationsbeslut) => set({ delegationsbeslut })} />
      )}
      <TextArea id="np-sammanfattning" label="Sammanfattning" rows={4} value={draft.sammanfattning} error={errorAt('sammanfattning')} onInput={(sammanfattning) => set({ sammanfattning })} />
      <TextArea id="np-forslag" label="Förslag till beslut" value={draft.forslagTillBeslut} error={errorAt('forslagTillBeslut')} onInput={(forslagTillBeslut) => set({ forslagTillBeslut })} />

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
              name="np-forsta-fragan"
              value={draft.forstaFragan || 'avgorsIdag'}
              options={[
                { value: 'avgorsIdag', label: 'Avgörs i dag' },
                { value: 'aterremitteras', label: 'Återremitteras' },
                { value: 'bordlaggs', label: 'Bordläggs' },
              ]}
              onChange={(forstaFragan) => setDraft((d) => ({ ...d, forstaFragan, beslutsgangText: null }))}
            />
          )}
          <SelectField
            id="np-vinnare"
            label="Ordförande finner att mötet beslutar enligt"
            hint={draft.omrostning.enabled ? 'Lämna på "Enligt omröstningen" när omröstningen avgjorde.' : undefined}
            value={draft.vinnare}
            error={errorAt('beslutsgang.vinnare')}
            onChange={(vinnare) => setDraft((d) => ({ ...d, vinnare, beslutsgangText: null }))}
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
            onEdit={(beslutsgangText) => set({ beslutsgangText })}
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
            onEdit={(omrostningText) => set({ omrostningText })}
          />
        </div>
      )}

      <TextArea
        id="np-beslut"
        label="Beslut"
        hint="Lämna tomt för att skriva beslutet efter det förslag som vann."
        value={draft.beslut}
        error={errorAt('beslut')}
        onInput={(beslut) => set({ beslut })}
      />
      <ReservationerEditor reservationer={draft.reservationer} onChange={(reservationer) => set({ reservationer })} errorAt={errorAt} />
      <TextField id="np-deltar-ej" label="Deltar ej i beslutet" hint="Till exempel: Eva Strand (MP)" value={draft.deltarEj} error={errorUnder('deltarEj')} onInput={(deltarEj) => set({ deltarEj })} />
      <TextField id="np-jav" label="Jäv" hint="Den som anmält jäv och inte deltar i handläggningen." value={draft.jav} error={errorUnder('jav')} onInput={(jav) => set({ jav })} />
      <TextArea id="np-underlag" label="Beslutsunderlag" hint="Ett dokument per rad." value={draft.beslutsunderlag} error={errorUnder('beslutsunderlag')} onInput={(beslutsunderlag) => set({ beslutsunderlag })} />

      <StatusRegion message={message} />
      <div class="actions">
        <button type="submit" id="np-insert" class="btn btn-primary btn-block" disabled={busy || disabled}>
          {busy ? 'Skriver…' : mode === 'fill' ? 'Uppdatera paragraf' : 'Infoga paragraf'}
        </button>
      </div>

      {entries.length > 0 && (
        <fieldset class="reference-tool">
          <legend>Hänvisning i texten</legend>
          <p class="field-hint">Infogas vid markören och följer paragrafen när den numreras om.</p>
          <SelectField
            id="np-reference-target"
            label="Hänvisa till"
            value={referenceTarget}
            onChange={(v) => {
              setReferenceTarget(v);
              setReferenceEnd('');
            }}
          >
            <option value="">Välj paragraf</option>
            {entries.map((e) => (
              <option key={e.entryId} value={e.entryId}>
                {entryLabel(e)}
              </option>
            ))}
          </SelectField>
          {referenceTarget && (
            <SelectField id="np-reference-end" label="Till och med (valfritt)" value={referenceEnd} onChange={setReferenceEnd}>
              <option value="">Bara den paragrafen</option>
              {entries.slice(entries.findIndex((e) => e.entryId === referenceTarget) + 1).map((e) => (
                <option key={e.entryId} value={e.entryId}>
                  {entryLabel(e)}
                </option>
              ))}
            </SelectField>
          )}
          <button type="button" id="np-insert-reference" class="btn" disabled={!referenceTarget || disabled} onClick={() => void insertReference()}>
            Infoga hänvisning
          </button>
        </fieldset>
      )}
    </form>
  );
}
