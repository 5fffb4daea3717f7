import { browser } from 'wxt/browser';
import { SyncStatus, type FeedSyncStatus } from './messages.ts';

/**
 * The last syncs' outcome, kept in storage.local so that the options page and the popup follow
 * it live (storage.onChanged) and it survives the service worker going to sleep.
 */

const KEY = 'syncStatus';

export const INITIAL_SYNC_STATUS: SyncStatus = {
  running: false,
  lastAttemptAt: null,
  lastSuccessAt: null,
  cases: 0,
  decisions: 0,
  feedGeneratedAt: null,
  lastError: null,
  shardsFetched: 0,
  shardsUnchanged: 0,
  feeds: [],
};

/** A feed not synced yet. */
export function initialFeedStatus(feedUrl: string): FeedSyncStatus {
  const { running: _, feeds: __, ...figures } = INITIAL_SYNC_STATUS;
  return { ...figures, feedUrl, organisation: null };
}

/** How a feed is named to the user: its organisation, else its host. */
export function feedName(feed: Pick<FeedSyncStatus, 'feedUrl' | 'organisation'>): string {
  return feed.organisation ?? new URL(feed.feedUrl).host;
}

/**
 * The figures over all feeds: sums of the data in use, the latest times, and every failing
 * feed's reason (named by its feed when there are several).
 */
export function summarise(feeds: readonly FeedSyncStatus[]): Omit<SyncStatus, 'running' | 'feeds'> {
  const latest = (key: 'lastAttemptAt' | 'lastSuccessAt' | 'feedGeneratedAt') =>
    feeds.reduce<string | null>((at, f) => (f[key] && (!at || f[key] > at) ? f[key] : at), null);
  const sum = (key: 'cases' | 'decisions' | 'shardsFetched' | 'shardsUnchanged') => feeds.reduce((n, f) => n + f[key], 0);
  const failing = feeds.filter((f) => f.lastError);
  return {
    lastAttemptAt: latest('lastAttemptAt'),
    lastSuccessAt: latest('lastSuccessAt'),
    cases: sum('cases'),
    decisions: sum('decisions'),
    feedGeneratedAt: latest('feedGeneratedAt'),
    lastError: failing.length ? failing.map((f) => (feeds.length > 1 ? `${feedName(f)}: ${f.lastError}` : f.lastError)).join(' ') : null,
    shardsFetched: sum('shardsFetched'),
    shardsUnchanged: sum('shardsUnchanged'),
  };
}

export async function readSyncStatus(): Promise<SyncStatus> {
  const stored = await browser.storage.local.get(KEY);
  const parsed = SyncStatus.safeParse(stored[KEY]);
  return parsed.success ? parsed.data : INITIAL_SYNC_STATUS;
}

export async function updateSyncStatus(patch: Partial<SyncStatus>): Promise<SyncStatus> {
  const status = { ...(await readSyncStatus()), ...patch };
  await browser.storage.local.set({ [KEY]: status });
  return status;
}

/** Calls `listener` with each new status. Returns a function that stops it. */
export function onSyncStatusChanged(listener: (status: SyncStatus) => void): () => void {
  const wrapped = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(KEY in changes)) return;
    const parsed = SyncStatus.safeParse(changes[KEY]!.newValue);
    if (parsed.success) listener(parsed.data);
  };
  browser.storage.onChanged.addListener(wrapped);
  return () => browser.storage.onChanged.removeListener(wrapped);
}
