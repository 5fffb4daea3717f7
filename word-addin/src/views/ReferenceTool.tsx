import { EntryOptions } from '../components/EntryOptions.tsx';
import { useState } from 'preact/hooks';
import type { DocumentEntry } from '../../../core/addin/document-structure.ts';
import type { DocumentSnapshot } from '../../../core/addin/snapshot.ts';
import { planInsertReference } from '../../../core/addin/renumber.ts';
import { SelectField, type StatusMessage } from '../components/fields.tsx';
import { failureMessage, runEdit } from '../edit/apply-plan.ts';
import { choosableEntries } from './entry-choices.ts';
import type { ViewProps } from './view-props.ts';

interface ReferenceToolProps extends Pick<ViewProps, 'gateway' | 'disabled'> {
  entries: DocumentEntry[];
  onMessage: (message: StatusMessage | null) => void;
}

/** The § ids from `first` through `last` in the document's order; just `first` when they are not in that order. */
function referencedIds(entries: DocumentEntry[], first: string, last: string): string[] {
  const ids = entries.map((e) => e.entryId);
  const from = ids.indexOf(first);
  const to = last ? ids.indexOf(last) : from;
  return from >= 0 && to >= from ? ids.slice(from, to + 1) : [first];
}

/** The click's plan, made from the read the gateway makes for it: one read and one write (runEdit). */
export const referencePlanner = (target: string, end: string) => (current: DocumentSnapshot) =>
  planInsertReference(current, referencedIds(choosableEntries(current), target, end));

/** A reference to one entry or a range (”§§ 223–224”) at the cursor, tagged so that renumbering keeps it right. */
export function ReferenceTool({ gateway, disabled, entries, onMessage }: ReferenceToolProps) {
  const [target, setTarget] = useState('');
  /** The last entry of a range; empty for a single §. */
  const [end, setEnd] = useState('');

  async function insert() {
    onMessage(null);
    try {
      const { message } = await runEdit(gateway, referencePlanner(target, end));
      onMessage(message);
    } catch (error) {
      onMessage(failureMessage(error));
    }
  }

  return (
    <fieldset class="reference-tool">
      <legend>Hänvisning i texten</legend>
      <p class="field-hint">Infogas vid markören och följer paragrafen när den numreras om.</p>
      <SelectField
        id="np-reference-target"
        label="Hänvisa till"
        value={target}
        onChange={(v) => {
          setTarget(v);
          setEnd('');
        }}
      >
        <option value="">Välj paragraf</option>
        <EntryOptions entries={entries} />
      </SelectField>
      {target && (
        <SelectField id="np-reference-end" label="Till och med (valfritt)" value={end} onChange={setEnd}>
          <option value="">Bara den paragrafen</option>
          <EntryOptions entries={entries.slice(entries.findIndex((e) => e.entryId === target) + 1)} />
        </SelectField>
      )}
      <button type="button" id="np-insert-reference" class="btn" disabled={!target || disabled} onClick={() => void insert()}>
        Infoga hänvisning
      </button>
    </fieldset>
  );
}
