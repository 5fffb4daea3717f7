import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_FETCH_LIMITS } from '../../core/history/bounded-fetch.ts';
import { sha256WebCrypto } from '../../extension/lib/feed-sync.ts';
import { HistoryStore } from '../../extension/lib/history-store.ts';
import { createSyncService } from '../../extension/lib/sync-service.ts';
import { readSyncStatus, updateSyncStatus } from '../../extension/lib/sync-status.ts';
import { inventedCases } from '../../harness/invented-feed.ts';
import { MANIFEST_URL, fakeFeed, type FakeFeed } from './support/fake-feed.ts';

let n = 0;
beforeEach(() => fakeBrowser.reset());

function service(feed: FakeFeed, feedUrl = MANIFEST_URL, permitted = true) {
  const store = HistoryStore.open(`service-test-${++n}`);
  let newData = 0;
  const sync = createSyncService({
    store: () => store,
    fetch: feed.fetch,
    sha256: sha256WebCrypto,
    feedUrls: async () => (feedUrl ? [feedUrl] : []),
    limits: async () => DEFAULT_FETCH_LIMITS,
    mayFetch: async () => permitted,
    onNewData: async () => void newData++,
  });
  return { sync, newData: () => newData };
}

describe('sync service', () => {
  it('records counts and time of a good sync and announces new data once', async () => {
    const { sync, newData } = service(fakeFeed(inventedCases(40)));
    const status = await sync.syncNow();
    expect(status).toMatchObject({ running: false, cases: 40, decisions: 100, lastError: null });
    expect(status.lastSuccessAt).not.toBeNull();
    expect(await readSyncStatus()).toEqual(status);
    await sync.syncNow();
    expect(newData()).toBe(1);
  });

  it('runs one sync at a time: a second request joins the running one', async () => {
    const feed = fakeFeed(inventedCases(40));
    const { sync } = service(feed);
    const [a, b] = await Promise.all([sync.syncNow(), sync.syncNow()]);
    expect(a).toBe(b);
    expect(feed.log.filter((r) => r.path === 'manifest.json')).toHaveLength(1);
  });

  it('records why a sync failed and keeps the counts of the data still in use', async () => {
    const feed = fakeFeed(inventedCases(40));
    const { sync } = service(feed);
    await sync.syncNow();
    feed.files.set('manifest.json', '{"format":"annat"}');
    const status = await sync.syncNow();
    expect(status.lastError).toMatch(/^Manifestet följer inte flödesformatet: .*Tidigare hämtad historik används\.$/);
    expect(status).toMatchObject({ cases: 40, decisions: 100, running: false });
  });

  it('says plainly when no feed is set', async () => {
    const { sync } = service(fakeFeed(), '');
    expect((await sync.syncNow()).lastError).toBe('Inget historikflöde är inställt.');
  });

  it('says which host it lacks permission for instead of failing to fetch', async () => {
    const feed = fakeFeed(inventedCases(5));
    const { sync } = service(feed, MANIFEST_URL, false);
    expect((await sync.syncNow()).lastError).toMatch(/inte behörighet att hämta från intranat\.example\.se/);
    expect(feed.log).toEqual([]);
  });

  it('reports a sync that was running when the worker stopped', async () => {
    await updateSyncStatus({ running: true, lastAttemptAt: '2026-01-01T10:00:00.000Z' });
    const { sync } = service(fakeFeed());
    await sync.recover();
    const status = await readSyncStatus();
    expect(status.running).toBe(false);
    expect(status.lastError).toMatch(/avbröts innan den blev klar/);
  });
});
