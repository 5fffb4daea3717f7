import { useMemo, useRef, useState } from 'preact/hooks';
import { snapshotToProtocol } from '../../../core/addin/snapshot-to-protocol.ts';
import { protocolAnslag, ProtocolAnslagOptions, weekdayName, type AnslagNotice, type Deadline } from '../../../core/anslag/index.ts';
import { longSwedishDate } from '../../../core/text/dates.ts';
import { StatusRegion, TextField, type StatusMessage } from '../components/fields.tsx';
import { copyText } from '../components/copy-text.ts';
import type { ViewProps } from './view-props.ts';

const day = (iso: string) => `${weekdayName(iso)} ${longSwedishDate(iso)}`;

/** A deadline and, where the law moved it, from which day and why ("juldagen", "en lördag"). */
function DeadlineValue({ deadline }: { deadline: Deadline }) {
  return (
    <>
      {day(deadline.date)}
      {deadline.moved && (
        <span class="date-moved">
          flyttad från {day(deadline.moved.from)}, som är {deadline.moved.reason}
        </span>
      )}
    </>
  );
}

/** One notice: its dates, and its text to post with a button that copies it. */
function Notice({ notice, index }: { notice: AnslagNotice; index: number }) {
  const [message, setMessage] = useState<StatusMessage | null>(null);
  const text = useRef<HTMLTextAreaElement>(null);
  const { dates } = notice;
  const id = `an-text-${index}`;
  const copy = async () => {
    const copied = await copyText(notice.text, text.current);
    setMessage(copied ? { kind: 'success', text: 'Anslaget är kopierat.' } : { kind: 'warning', text: 'Kopieringen tilläts inte: texten är markerad, tryck Ctrl+C.' });
  };
  return (
    <section class="notice" aria-labelledby={`an-heading-${index}`}>
      <h3 id={`an-heading-${index}`}>{notice.heading}</h3>
      <p>{notice.justeringLine}</p>
      <dl class="date-list">
        <dt>Justerat</dt>
        <dd>{day(dates.justerat)}</dd>
        <dt>Senast uppsatt</dt>
        <dd>
          <DeadlineValue deadline={dates.senastUppsatt} />
        </dd>
        <dt>Anslaget sätts upp</dt>
        <dd>{day(dates.uppsatt)}</dd>
        <dt>Sista dag att överklaga</dt>
        <dd>
          <DeadlineValue deadline={dates.sistaDagAttOverklaga} />
        </dd>
        <dt>Anslaget tas ned</dt>
        <dd>{day(dates.nedtagande)}</dd>
      </dl>
      <div class="field">
        <label for={id}>Anslagets text</label>
        <textarea id={id} ref={text} rows={10} readOnly value={notice.text} />
      </div>
      <button type="button" class="btn" id={`an-copy-${index}`} onClick={() => void copy()}>
        Kopiera
      </button>
      <StatusRegion message={message} />
    </section>
  );
}

/**
 * The justering's notice for the anslagstavla, by the core (core/anslag): the day it must be posted
 * by, the appeal period and its last day, moved where the law moves it; §§ justerade omedelbart
 * with their own notice. The justering date is the protocol's where it says, else the clerk's.
 */
export function Anslag({ snapshot }: ViewProps) {
  const [justerat, setJusterat] = useState('');
  const [uppsatt, setUppsatt] = useState('');
  const [forvaringsplats, setForvaringsplats] = useState('');

  const protocol = useMemo(() => (snapshot ? snapshotToProtocol(snapshot) : null), [snapshot]);
  const sourceText = useMemo(() => snapshot?.paragraphs.map((p) => p.text).join('\n') ?? null, [snapshot]);
  const options = ProtocolAnslagOptions.safeParse({
    justerat: justerat || undefined,
    uppsatt: uppsatt || undefined,
    forvaringsplats: forvaringsplats.trim() || undefined,
  });
  const result = protocol && options.success ? protocolAnslag(protocol, sourceText, options.data) : null;
  const stated = protocol?.justeringDate ?? null;

  return (
    <div>
      <p class="view-intro">Datumen räknas enligt kommunallagen och lagen om beräkning av lagstadgad tid. Kopiera anslaget till anslagstavlan.</p>
      <TextField
        id="an-justerat"
        label="Justeringsdatum"
        type="date"
        hint={justerat ? 'Ditt datum.' : stated ? `Enligt protokollet. Ändra om det justerades en annan dag.` : 'Protokollet anger inte när det justerades: fyll i datumet.'}
        value={justerat || stated || ''}
        onInput={setJusterat}
      />
      <TextField id="an-uppsatt" label="Anslaget sätts upp (valfritt)" type="date" hint="Tomt: sista dagen lagen tillåter." value={uppsatt} onInput={setUppsatt} />
      <TextField id="an-plats" label="Förvaringsplats för protokollet (valfritt)" hint="Tomt: som protokollet anger." value={forvaringsplats} onInput={setForvaringsplats} />
      {!options.success && (
        <div class="message message-error">
          <p>Ett datum är ogiltigt: skriv det som ÅÅÅÅ-MM-DD.</p>
        </div>
      )}
      {result && !result.ok && (
        <div class="message message-warning">
          <p>{result.reason}</p>
        </div>
      )}
      {result?.ok && (
        <>
          {result.notes.length > 0 && (
            <div class="message">
              <ul>
                {result.notes.map((n, i) => (
                  <li key={i}>{n}</li>
                ))}
              </ul>
            </div>
          )}
          {result.notices.map((n, i) => (
            <Notice key={n.heading} notice={n} index={i} />
          ))}
        </>
      )}
    </div>
  );
}
