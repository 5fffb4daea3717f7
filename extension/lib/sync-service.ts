import type { SyncStatus } from './messages.ts';
import { FeedError } from '../../core/history/read-feed.ts';
import type { FetchLimits } from '../../core/history/bounded-fetch.ts';
import { syncFeed, type SyncDeps } from './feed-sync.ts';
import type { HistoryStore } from './history-store.ts';
import { readSyncStatus, updateSyncStatus } from './sync-status.ts';

export interface SyncServiceDeps extends Omit<SyncDeps, 'store' | 'limits'> {
  store(): Promise<HistoryStore>;
  feedUrl(): Promise<string>;
  /** How long and how much each file of the feed may take, as set now. */
  limits(): Promise<FetchLimits>;
  /** Whether the extension may fetch from the feed's host (a host permission). */
  mayFetch(feedUrl: string): Promise<boolean>;
  /** After new data became active. */
  onNewData(): Promise<void>;
}

export interface SyncService {
  /** Runs a sync, or joins the one already running, and returns the status after it. */
  syncNow(): Promise<SyncStatus>;
  /** Called when the background starts: a sync that was running when the worker stopped is reported as broken off. */
  recover(): Promise<void>;
}

const now = () => new Date().toISOString();

export function createSyncService(deps: SyncServiceDeps): SyncService {
  let running: Promise<SyncStatus> | null = null;

  async function run(): Promise<SyncStatus> {
    const feedUrl = await deps.feedUrl();
    if (!feedUrl) return updateSyncStatus({ running: false, lastAttemptAt: now(), lastError: 'Inget historikflöde är inställt.' });
    if (!(await deps.mayFetch(feedUrl))) {
      return updateSyncStatus({
        running: false,
        lastAttemptAt: now(),
        lastError: `Tillägget har inte behörighet att hämta från ${new URL(feedUrl).host}. Spara inställningarna igen och godkänn behörigheten. Tidigare hämtad historik används.`,
      });
    }
    await updateSyncStatus({ running: true, lastAttemptAt: now() });
    try {
      const result = await syncFeed(feedUrl, { ...deps, store: await deps.store(), limits: await deps.limits() });
      const status = await updateSyncStatus({
        running: false,
        lastSuccessAt: now(),
        lastError: null,
        cases: result.cases,
        decisions: result.entries,
        feedGeneratedAt: result.generatedAt,
        shardsFetched: result.shardsFetched,
        shardsUnchanged: result.shardsUnchanged,
      });
      if (!result.notModified) await deps.onNewData();
      return status;
    } catch (error) {
      const reason = error instanceof FeedError ? error.message : `Synkroniseringen misslyckades: ${error instanceof Error ? error.message : String(error)}`;
      return updateSyncStatus({ running: false, lastError: `${reason}. Tidigare hämtad historik används.` });
    }
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
        lastError: 'Den förra synkroniseringen avbröts innan den blev klar. Tidigare hämtad historik används.',
      });
    },
  };
}
