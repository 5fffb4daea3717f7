import { useMemo, useState } from 'preact/hooks';
import { agendaSkeleton, parseAgenda } from '../../../core/addin/agenda.ts';
import { resolveFormats } from '../../../core/casenumber/index.ts';
import { readStructure } from '../../../core/addin/document-structure.ts';
import type { DocumentSnapshot } from '../../../core/addin/snapshot.ts';
import type { Paragraf } from '../../../core/model/protocol.ts';
import { planInsertEntries } from '../../../core/addin/renumber.ts';
import { newEntryId } from '../../../core/addin/tags.ts';
import { getTemplate } from '../../../core/templates/index.ts';
import { readDocx } from '../../../core/read/docx.ts';
import { plural } from '../../../core/text/plural.ts';
import { failure } from '../components/failure.ts';
import { StatusRegion, TextArea, TextField, type StatusMessage } from '../components/fields.tsx';
import { runEdit } from '../edit/apply-plan.ts';
import { useBusyAction } from '../edit/use-busy-action.ts';
import { ReloadButton } from '../edit/ReloadButton.tsx';
import type { CaseLookup } from '../history/case-lookup.ts';
import { useCaseNumbers } from '../history/use-case-numbers.ts';
import { useFirstNumber } from '../history/use-first-number.ts';
import { snapshotToProtocol } from '../../../core/addin/snapshot-to-protocol.ts';
import { styleNames } from '../style-settings.ts';
import type { ViewProps } from './view-props.ts';

/** The text of an opened agenda file: plain text, or a Word document's paragraphs; or why not. */
async function agendaFileText(file: File): Promise<{ ok: true; text: string } | { ok: false; message: string }> {
  if (!/\.docx$/i.test(file.name)) return { ok: true, text: await file.text() };
  const read = readDocx(new Uint8Array(await file.arrayBuffer()));
  return read.ok ? { ok: true, text: read.text } : { ok: false, message: `${file.name} kunde inte läsas: ${read.reason}` };
}

/** The agenda's entries inserted last, planned from the read the gateway makes for the click: one read and one write (runEdit). */
export const skeletonPlanner = (paragraphs: readonly Paragraf[], firstNumber: number) => {
  const requests = paragraphs.map((paragraph) => ({ paragraph, entryId: newEntryId(), position: { at: 'end' as const }, firstNumber, styleNames: styleNames() }));
  return (current: DocumentSnapshot) => planInsertEntries(current, requests);
};

export function Foredragningslista({ gateway, snapshot, refresh, body, disabled, lookup }: ViewProps & { lookup: CaseLookup }) {
  const [text, setText] = useState('');
  const [firstNumber, setFirstNumber] = useState('');
  const [message, setMessage] = useState<StatusMessage | null>(null);
  const [busy, act] = useBusyAction(setMessage);

  const caseNumbers = useCaseNumbers(lookup);
  const agenda = useMemo(() => parseAgenda(text, caseNumbers), [text, caseNumbers]);
  const structure = useMemo(() => (snapshot ? readStructure(snapshot) : null), [snapshot]);
  const lastNumber = structure?.entries.reduce<number | null>((n, e) => (e.number !== null ? e.number : n), null) ?? null;
  const numbered = agenda.items[0]?.paragraphNumber ?? false;
  // The meeting's date from the cover; before the cover says it, today's (the year is what counts).
  const meetingDate = useMemo(() => (snapshot ? snapshotToProtocol(snapshot).date : null) ?? new Date().toLocaleDateString('sv-SE'), [snapshot]);
  const fromFeed = useFirstNumber(lookup, { body: body.name, date: meetingDate });
  const proposed = lastNumber !== null ? lastNumber + 1 : fromFeed.kind === 'proposed' ? fromFeed.proposal.next : 1;
  const start = numbered ? agenda.items[0]!.written : Number(firstNumber) || proposed;
  const count = agenda.items.length;

  async function openFile(file: File | undefined) {
    if (!file) return;
    try {
      const read = await agendaFileText(file);
      if (!read.ok) return setMessage({ kind: 'error', text: read.message });
      setText(read.text);
      setMessage({ kind: 'info', text: `${file.name} är inläst. Kontrollera punkterna nedan.` });
    } catch (error) {
      setMessage(failure(error, `${file.name} kunde inte öppnas.`));
    }
  }

  async function create() {
    await act(async () => {
      const { message } = await runEdit(gateway, skeletonPlanner(agendaSkeleton(agenda.items, { firstNumber: start, body }), start), ' Fyll i varje paragraf i Word eller med Ny paragraf.');
      setMessage(message);
    });
  }

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void create();
      }}
    >
      <p class="view-intro">
        Klistra in eller öppna föredragningslistan. Varje punkt blir en paragraf med nummer, rubrik, diarienummer och rubrikerna för sin typ.
      </p>
      <TextArea
        id="fl-text"
        label="Föredragningslista"
        hint={`En punkt per rad, till exempel: 3. Budget 2026 ${resolveFormats(caseNumbers)[0]?.example ?? ''}`}
        rows={8}
        value={text}
        onInput={setText}
      />
      <div class="field">
        <label for="fl-file">Öppna fil (.txt eller .docx)</label>
        <input
          id="fl-file"
          type="file"
          accept=".txt,.docx,text/plain,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          onChange={(e) => void openFile(e.currentTarget.files?.[0])}
        />
      </div>
      {!numbered && count > 0 && (
        <TextField
          id="fl-first"
          label="Första paragrafens nummer"
          hint={
            lastNumber !== null
              ? `Dokumentets sista paragraf är § ${lastNumber}.`
              : fromFeed.kind === 'proposed'
                ? fromFeed.proposal.reason
                : fromFeed.kind === 'unavailable'
                  ? fromFeed.message
                  : 'Numreringen fortsätter från förra sammanträdet.'
          }
          type="number"
          inputMode="numeric"
          value={firstNumber}
          placeholder={String(start)}
          onInput={setFirstNumber}
        />
      )}
      {count > 0 && (
        <>
          <h3 id="fl-preview-heading">
            {plural(count, 'punkt', 'punkter')} att skapa
          </h3>
          <ol class="agenda-preview" aria-labelledby="fl-preview-heading" tabIndex={0}>
            {agenda.items.map((item, i) => (
              <li key={item.line}>
                <span class="agenda-number">§ {start + i}</span>
                <span>
                  {item.title}
                  <span class="agenda-case">
                    {[item.caseNumbers.join(', '), getTemplate(item.type).label].filter(Boolean).join(' · ')}
                  </span>
                </span>
              </li>
            ))}
          </ol>
        </>
      )}
      {agenda.unread.length > 0 && (
        <div class="message message-warning">
          <div>
            <p>Dessa rader lästes inte som punkter och tas inte med:</p>
            <ul>
              {agenda.unread.slice(0, 8).map((u) => (
                <li key={u.line}>
                  Rad {u.line}: {u.text}
                </li>
              ))}
            </ul>
          </div>
        </div>
      )}
      <StatusRegion message={message} />
      <ReloadButton id="fl-reload" message={message} reload={refresh} onDone={setMessage} />
      <div class="actions">
        <button type="submit" id="fl-create" class="btn btn-primary btn-block" disabled={busy || disabled || count === 0}>
          {busy ? 'Skapar…' : count > 0 ? `Skapa ${plural(count, 'paragraf', 'paragrafer')}` : 'Skapa paragrafer'}
        </button>
      </div>
    </form>
  );
}
