import type { FeedSyncStatus, SyncStatus } from './messages.ts';
import { FeedError } from '../../core/history/read-feed.ts';
import type { FetchLimits } from '../../core/history/bounded-fetch.ts';
import { syncFeed, type SyncDeps } from './feed-sync.ts';
import type { ActiveFeed, HistoryStore } from './history-store.ts';
import { initialFeedStatus, readSyncStatus, summarise, updateSyncStatus } from './sync-status.ts';

export interface SyncServiceDeps extends Omit<SyncDeps, 'store' | 'limits'> {
  store(): Promise<HistoryStore>;
  /** The feeds' manifest URLs, as set now, in the order their entries are merged. */
  feedUrls(): Promise<string[]>;
  /** How long and how much each file of the feed may take, as set now. */
  limits(): Promise<FetchLimits>;
  /** Whether the extension may fetch from the feed's host (a host permission). */
  mayFetch(feedUrl: string): Promise<boolean>;
  /** After new data became active. */
  onNewData(): Promise<void>;
}

export interface SyncService {
  /** Runs a sync of every feed, or joins the one already running, and returns the status after it. */
  syncNow(): Promise<SyncStatus>;
  /** Called when the background starts: a sync that was running when the worker stopped is reported as broken off. */
  recover(): Promise<void>;
}

const now = () => new Date().toISOString();

/** A feed without a status of its own yet (new in the settings, or synced before there were several): its stored data's figures. */
function statusOfStored(feedUrl: string, active: ActiveFeed | null): FeedSyncStatus {
  const status = initialFeedStatus(feedUrl);
  if (!active) return status;
  return { ...status, organisation: active.organisation ?? null, cases: active.cases, decisions: active.entries, feedGeneratedAt: active.generatedAt };
}
const KEPT = 'Tidigare hämtad historik används.';

export function createSyncService(deps: SyncServiceDeps): SyncService {
  let running: Promise<SyncStatus> | null = null;

  /** One feed's sync; a failure is this feed's status and leaves the other feeds' data alone. */
  async function syncOne(feedUrl: string, was: FeedSyncStatus, store: HistoryStore, limits: FetchLimits): Promise<{ status: FeedSyncStatus; changed: boolean }> {
    const attempt = { ...was, lastAttemptAt: now() };
    if (!(await deps.mayFetch(feedUrl))) {
      const lastError = `Tillägget har inte behörighet att hämta från ${new URL(feedUrl).host}. Spara inställningarna igen och godkänn behörigheten. ${KEPT}`;
      return { status: { ...attempt, lastError }, changed: false };
    }
    try {
      const result = await syncFeed(feedUrl, { ...deps, store, limits });
      const status: FeedSyncStatus = {
        ...attempt,
        organisation: result.organisation,
        lastSuccessAt: now(),
        lastError: null,
        cases: result.cases,
        decisions: result.entries,
        feedGeneratedAt: result.generatedAt,
        shardsFetched: result.shardsFetched,
        shardsUnchanged: result.shardsUnchanged,
      };
      return { status, changed: !result.notModified };
    } catch (error) {
      const reason = error instanceof FeedError ? error.message : `Synkroniseringen misslyckades: ${error instanceof Error ? error.message : String(error)}`;
      return { status: { ...attempt, lastError: `${reason}. ${KEPT}` }, changed: false };
    }
  }

  async function run(): Promise<SyncStatus> {
    const feedUrls = await deps.feedUrls();
    const store = await deps.store();
    // A feed taken out of the settings goes, and its shards; before any sync stages new ones.
    await store.retainFeeds(feedUrls);
    if (!feedUrls.length) {
      return updateSyncStatus({ ...summarise([]), running: false, lastAttemptAt: now(), lastError: 'Inget historikflöde är inställt.', feeds: [] });
    }
    const previous = new Map((await readSyncStatus()).feeds.map((f) => [f.feedUrl, f]));
    const feeds = await Promise.all(feedUrls.map(async (url) => previous.get(url) ?? statusOfStored(url, await store.activeFeed(url))));
    await updateSyncStatus({ ...summarise(feeds), running: true, lastAttemptAt: now(), feeds });
    const limits = await deps.limits();
    let changed = false;
    // One after another: each sync's garbage collection must not meet another's staged shards.
    for (const [i, url] of feedUrls.entries()) {
      const one = await syncOne(url, feeds[i]!, store, limits);
      feeds[i] = one.status;
      changed ||= one.changed;
      await updateSyncStatus({ ...summarise(feeds), running: i < feedUrls.length - 1, feeds });
    }
    const status = await readSyncStatus();
    if (changed) await deps.onNewData();
    return status;
  }

  return {
    syncNow() {
      running ??= run().finally(() => {
        running = null;
      });
      return running;
    },
    async recover() {
      const status = await readSyncStatus();
      // Checked after the read: a sync this worker started meanwhile is not a broken one.
      if (running || !status.running) return;
      await updateSyncStatus({
        running: false,
        lastError: `Den förra synkroniseringen avbröts innan den blev klar. ${KEPT}`,
      });
    },
  };
}
