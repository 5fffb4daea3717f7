import { useMemo, useState } from 'preact/hooks';
import type { StatusMessage } from '../components/fields.tsx';
import type { CaseLookup } from '../history/case-lookup.ts';
import { choosableEntries } from './entry-choices.ts';
import { EntryForm } from './EntryForm.tsx';
import { ReferenceTool } from './ReferenceTool.tsx';
import { DeleteEntryTool } from './DeleteEntryTool.tsx';
import type { ViewProps } from './view-props.ts';

/**
 * The Ny paragraf tab: the form that writes an entry and, once the document has entries, the tools
 * that write a reference to them and delete one. All report in the form's one status region.
 */
export function NyParagraf({ gateway, snapshot, refresh, body, disabled, lookup }: ViewProps & { lookup: CaseLookup }) {
  const [message, setMessage] = useState<StatusMessage | null>(null);
  const entries = useMemo(() => (snapshot ? choosableEntries(snapshot) : []), [snapshot]);
  return (
    <>
      <EntryForm gateway={gateway} refresh={refresh} body={body} disabled={disabled} lookup={lookup} entries={entries} snapshot={snapshot} message={message} onMessage={setMessage} />
      {entries.length > 0 && (
        <>
          <ReferenceTool gateway={gateway} disabled={disabled} entries={entries} onMessage={setMessage} />
          <DeleteEntryTool gateway={gateway} refresh={refresh} disabled={disabled} entries={entries} onMessage={setMessage} />
        </>
      )}
    </>
  );
}
