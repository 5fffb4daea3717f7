import type { FeedSyncStatus, SyncStatus } from '../messages.ts';
import { feedName } from '../sync-status.ts';

const time = (iso: string | null) => (iso ? new Date(iso).toLocaleString('sv-SE') : 'aldrig');
const count = (n: number) => n.toLocaleString('sv-SE');

/**
 * The last sync in words: when, how much history is in use, and what went wrong; with several
 * feeds, each feed's own line too. Text only.
 */
export function SyncStatusView({ status }: { status: SyncStatus | null }) {
  if (!status) return <p>Läser status …</p>;
  return (
    <div class="sync-status" data-last-attempt={status.lastAttemptAt ?? ''} data-running={String(status.running)}>
      <dl>
        <dt>Senast synkroniserad</dt>
        <dd data-testid="last-success">{time(status.lastSuccessAt)}</dd>
        <dt>Ärenden</dt>
        <dd data-testid="case-count">{count(status.cases)}</dd>
        <dt>Beslut</dt>
        <dd data-testid="decision-count">{count(status.decisions)}</dd>
        {status.feedGeneratedAt && (
          <>
            <dt>Flödet skapat</dt>
            <dd>{time(status.feedGeneratedAt)}</dd>
          </>
        )}
        {status.lastSuccessAt && (
          <>
            <dt>Senaste hämtning</dt>
            <dd>
              {status.shardsFetched} delar hämtade, {status.shardsUnchanged} oförändrade
            </dd>
          </>
        )}
      </dl>
      <p role="status" aria-live="polite" class="sync-running">
        {status.running ? 'Synkroniserar …' : ''}
      </p>
      {status.lastError && (
        <p role="alert" class="error" data-testid="sync-error">
          <strong>Senaste synkroniseringen misslyckades ({time(status.lastAttemptAt)}): </strong>
          {status.lastError}
        </p>
      )}
      {status.feeds.length > 1 && (
        <>
          <h3 id="feed-statuses">Historikflöden</h3>
          <ul class="feed-statuses" aria-labelledby="feed-statuses">
            {status.feeds.map((feed) => (
              <FeedLine key={feed.feedUrl} feed={feed} />
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

/** One feed: its name, the history in use from it, and why its last sync failed. */
function FeedLine({ feed }: { feed: FeedSyncStatus }) {
  return (
    <li data-feed-url={feed.feedUrl} data-testid="feed-status">
      <strong>{feedName(feed)}</strong>: {count(feed.cases)} ärenden, {count(feed.decisions)} beslut, senast synkroniserat {time(feed.lastSuccessAt)}
      {feed.lastError && (
        <span class="error" data-testid="feed-error">
          {' '}
          Misslyckades {time(feed.lastAttemptAt)}: {feed.lastError}
        </span>
      )}
    </li>
  );
}
