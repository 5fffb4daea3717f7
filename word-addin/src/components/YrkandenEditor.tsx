import { TextArea, TextField, SelectField } from './fields.tsx';
import { rowKey, type YrkandeDraft, type YrkandeKind } from '../form/entry-draft.ts';
import { focusLater } from './focus.ts';

export const YRKANDE_LABELS: Record<YrkandeKind, string> = {
  eget: 'Eget förslag',
  bifall: 'Bifall till liggande förslag',
  avslag: 'Avslag på liggande förslag',
  aterremiss: 'Återremiss',
  bordlaggning: 'Bordläggning',
};

const PROPOSAL_LABEL: Record<YrkandeKind, string> = {
  eget: 'Förslag (att …)',
  bifall: 'Förslag',
  avslag: 'Motivering (valfritt)',
  aterremiss: 'Motivering (för att …)',
  bordlaggning: 'Motivering (valfritt)',
};

/** "Anna Bergs (S) förslag" style label for selects, from what the clerk typed so far. */
export function yrkandeLabel(y: YrkandeDraft, index: number): string {
  const who = y.person.trim() ? `${y.person.trim()}${y.party.trim() ? ` (${y.party.trim()})` : ''}` : `Yrkande ${index + 1}`;
  return `${who}: ${YRKANDE_LABELS[y.kind].toLowerCase()}`;
}

export function YrkandenEditor({
  yrkanden,
  onChange,
  errorAt,
}: {
  yrkanden: YrkandeDraft[];
  onChange: (next: YrkandeDraft[]) => void;
  errorAt: (path: string) => string | undefined;
}) {
  const update = (i: number, patch: Partial<YrkandeDraft>) => onChange(yrkanden.map((y, k) => (k === i ? { ...y, ...patch } : y)));
  const add = () => {
    onChange([...yrkanden, { key: rowKey(), person: '', party: '', kind: 'eget', proposal: '', supportedBy: '' }]);
    focusLater(`np-yrkande-${yrkanden.length}-person`);
  };
  const remove = (i: number) => {
    onChange(yrkanden.filter((_, k) => k !== i));
    focusLater(i > 0 ? `np-yrkande-${i - 1}-person` : 'np-add-yrkande');
  };
  return (
    <fieldset>
      <legend>Yrkanden under sammanträdet</legend>
      {yrkanden.length === 0 && <p class="field-hint">Inga yrkanden. Lägg till ett för varje förslag som framställdes.</p>}
      {errorAt('yrkanden') && (
        <p class="field-error" id="np-yrkanden-error">
          {errorAt('yrkanden')}
        </p>
      )}
      {yrkanden.map((y, i) => (
        <div class="repeat-item" key={y.key} role="group" aria-labelledby={`np-yrkande-${i}-heading`}>
          <div class="repeat-item-header">
            <h3 id={`np-yrkande-${i}-heading`}>Yrkande {i + 1}</h3>
            <button type="button" class="btn btn-subtle" onClick={() => remove(i)} aria-label={`Ta bort yrkande ${i + 1}`}>
              Ta bort
            </button>
          </div>
          <div class="row">
            <TextField id={`np-yrkande-${i}-person`} label="Namn" value={y.person} error={errorAt(`yrkanden.${i}.person`)} onInput={(v) => update(i, { person: v })} />
            <div class="narrow">
              <TextField id={`np-yrkande-${i}-party`} label="Parti" value={y.party} error={errorAt(`yrkanden.${i}.party`)} onInput={(v) => update(i, { party: v })} />
            </div>
          </div>
          <SelectField id={`np-yrkande-${i}-kind`} label="Yrkar" value={y.kind} onChange={(v) => update(i, { kind: v as YrkandeKind })}>
            {Object.entries(YRKANDE_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </SelectField>
          {y.kind !== 'bifall' && (
            <TextArea
              id={`np-yrkande-${i}-proposal`}
              label={PROPOSAL_LABEL[y.kind]}
              rows={2}
              value={y.proposal}
              error={errorAt(`yrkanden.${i}.proposal`)}
              onInput={(v) => update(i, { proposal: v })}
            />
          )}
          <TextField
            id={`np-yrkande-${i}-support`}
            label="Med stöd av"
            hint="Till exempel: Karl Lund (V), Eva Strand (MP)"
            value={y.supportedBy}
            error={errorAt(`yrkanden.${i}.supportedBy`)}
            onInput={(v) => update(i, { supportedBy: v })}
          />
        </div>
      ))}
      <button type="button" id="np-add-yrkande" class="btn" onClick={add} aria-describedby={errorAt('yrkanden') ? 'np-yrkanden-error' : undefined}>
        Lägg till yrkande
      </button>
    </fieldset>
  );
}
