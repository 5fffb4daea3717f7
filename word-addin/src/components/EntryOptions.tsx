import type { DocumentEntry } from '../../../core/addin/document-structure.ts';
import { entryLabel } from '../views/entry-choices.ts';

/** One `<option>` per § entry of the document, labelled by its heading, for the views' § pickers. */
export function EntryOptions({
  entries,
  value = (e) => e.entryId,
  label = entryLabel,
}: {
  entries: readonly DocumentEntry[];
  value?: (e: DocumentEntry) => string;
  label?: (e: DocumentEntry) => string;
}) {
  return (
    <>
      {entries.map((e) => (
        <option key={e.entryId} value={value(e)}>
          {label(e)}
        </option>
      ))}
    </>
  );
}
