import { TextField } from './fields.tsx';
import { rowKey, type ReservationDraft } from '../form/entry-draft.ts';
import { focusLater } from './focus.ts';

export function ReservationerEditor({
  reservationer,
  onChange,
  errorAt,
}: {
  reservationer: ReservationDraft[];
  onChange: (next: ReservationDraft[]) => void;
  errorAt: (path: string) => string | undefined;
}) {
  const update = (i: number, patch: Partial<ReservationDraft>) => onChange(reservationer.map((r, k) => (k === i ? { ...r, ...patch } : r)));
  const add = () => {
    onChange([...reservationer, { key: rowKey(), person: '', party: '', reason: '' }]);
    focusLater(`np-res-${reservationer.length}-person`);
  };
  const remove = (i: number) => {
    onChange(reservationer.filter((_, k) => k !== i));
    focusLater('np-add-reservation');
  };
  return (
    <fieldset>
      <legend>Reservationer</legend>
      {reservationer.map((r, i) => (
        <div class="repeat-item" key={r.key} role="group" aria-labelledby={`np-res-${i}-heading`}>
          <div class="repeat-item-header">
            <h3 id={`np-res-${i}-heading`}>Reservation {i + 1}</h3>
            <button type="button" class="btn btn-subtle" onClick={() => remove(i)} aria-label={`Ta bort reservation ${i + 1}`}>
              Ta bort
            </button>
          </div>
          <div class="row">
            <TextField id={`np-res-${i}-person`} label="Namn" value={r.person} error={errorAt(`reservationer.${i}.person`) ?? errorAt(`reservationer.${i}`)} onInput={(person) => update(i, { person })} />
            <div class="narrow">
              <TextField id={`np-res-${i}-party`} label="Parti" value={r.party} error={errorAt(`reservationer.${i}.party`)} onInput={(party) => update(i, { party })} />
            </div>
          </div>
          <TextField
            id={`np-res-${i}-reason`}
            label="Motivering (valfritt)"
            hint="Till exempel: till förmån för eget yrkande"
            value={r.reason}
            onInput={(reason) => update(i, { reason })}
          />
        </div>
      ))}
      <button type="button" id="np-add-reservation" class="btn" onClick={add}>
        Lägg till reservation
      </button>
    </fieldset>
  );
}
