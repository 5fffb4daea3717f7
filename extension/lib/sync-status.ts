import { browser } from 'wxt/browser';
import { SyncStatus } from './messages.ts';

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
};

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
