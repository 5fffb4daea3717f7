import type { MergedCaseHistory, SourcedEntry } from '../../core/history/merge-feeds.ts';
import { currentStatus, OUTCOME_LABELS } from '../../core/history/status.ts';
import { DecisionText } from './decision-text.tsx';
import { SafeLink } from './safe-link.tsx';

export interface HoverCardProps {
  id: string;
  caseNumber: string;
  /** undefined while the background has not answered yet; null when no feed has the case. */
  history: MergedCaseHistory | null | undefined;
  diariumUrl: string | null;
}

/** Newest first; the feed keeps entries in the order the case went. */
function newestFirst(entries: readonly SourcedEntry[]): SourcedEntry[] {
  return entries
    .map((entry, i) => ({ entry, i }))
    .sort((a, b) => b.entry.date.localeCompare(a.entry.date) || b.i - a.i)
    .map((x) => x.entry);
}

/** The decision history of one case, as shown beside a reference on a page. */
export function HoverCard({ id, caseNumber, history, diariumUrl }: HoverCardProps) {
  const titleId = `${id}-title`;
  return (
    <div id={id} class="card" role="dialog" aria-modal="false" aria-labelledby={titleId}>
      <p class="case-number" id={titleId}>
        <span class="visually-hidden">Ärende </span>
        {caseNumber}
        {history && <span class="case-title">{history.title}</span>}
      </p>
      {history === undefined && <p class="notice">Hämtar historik …</p>}
      {history === null && <p class="notice">Ärendet finns inte i historiken</p>}
      {history && (
        <>
          <p class="status">
            <span class="label">Status: </span>
            {currentStatus(history)}
          </p>
          <ol class="entries" aria-label="Behandlingar, senaste först">
            {newestFirst(history.entries).map((entry, i) => (
              <Entry key={`${entry.date}-${entry.body}-${entry.paragraph}`} entry={entry} id={`${id}-e${i}`} />
            ))}
          </ol>
        </>
      )}
      {diariumUrl && (
        <p class="diarium">
          <SafeLink url={diariumUrl} label="Öppna ärendet i diariet" />
        </p>
      )}
    </div>
  );
}

function Entry({ entry, id }: { entry: SourcedEntry; id: string }) {
  return (
    <li class={`entry outcome-${entry.outcome}`}>
      {entry.organisation && (
        <p class="organisation">
          <span class="visually-hidden">Organisation: </span>
          {entry.organisation}
        </p>
      )}
      <p class="entry-head">
        <span class="body">{entry.body}</span> <span class="date">{entry.date}</span>{' '}
        <span class="paragraph">§ {entry.paragraph}</span>
      </p>
      <p class="outcome">
        {OUTCOME_LABELS[entry.outcome]}
        {entry.outcome === 'proposed' && entry.proposedTo ? ` till ${entry.proposedTo}` : ''}
      </p>
      <DecisionText text={entry.decision} id={`${id}-decision`} />
      {entry.reservations.length > 0 && (
        <p class="reservations">Reservation: {entry.reservations.join(', ')}</p>
      )}
      <p class="source">
        <span class="label">Protokoll: </span>
        <SafeLink url={entry.source.url} label={entry.source.page ? `${entry.source.file}, sidan ${entry.source.page}` : entry.source.file} />
      </p>
    </li>
  );
}
