import 'fake-indexeddb/auto';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { FetchLimits } from '../../core/history/bounded-fetch.ts';
import { FeedError } from '../../core/history/read-feed.ts';
import { sha256WebCrypto, syncFeed } from '../../extension/lib/feed-sync.ts';
import { HistoryStore } from '../../extension/lib/history-store.ts';
import { createSyncService } from '../../extension/lib/sync-service.ts';
import { feedFiles, inventedCases } from '../../harness/invented-feed.ts';
import { publishFeed, startLoopbackServer, type LoopbackServer } from '../../harness/loopback-server.ts';

/**
 * The sync against a real server on 127.0.0.1 with Node's fetch: a slow server and a bottomless
 * one are given up on within the limits, a redirect off the feed's origin is refused, and each
 * time the data synced before stays active.
 */

const limits: FetchLimits = { connectSeconds: 1, totalSeconds: 1, maxMegabytes: 1 };
const before = inventedCases(40);
const after = before.map((c) => ({ ...c, title: `${c.title} (reviderad)` }));

let server: LoopbackServer;
let manifestUrl = '';
let store: HistoryStore;
let n = 0;

beforeAll(async () => {
  server = await startLoopbackServer();
  manifestUrl = `${server.origin}/feed/manifest.json`;
});
afterAll(() => server.close());

beforeEach(async () => {
  fakeBrowser.reset();
  store = await HistoryStore.open(`sync-network-${++n}`);
  publishFeed(server, '/feed/', feedFiles(before));
  await sync();
  // A new feed in which every shard changed, so that every one is fetched.
  publishFeed(server, '/feed/', feedFiles(after));
});
afterEach(() => {
  store.close();
  for (const r of server.requests) server.fault(r.path, null);
});

const sync = () => syncFeed(manifestUrl, { store, fetch, sha256: sha256WebCrypto, limits });
const firstShard = () => [...feedFiles(after).keys()].find((p) => p.startsWith('shards/'))!;

async function expectOldDataKept(): Promise<void> {
  expect((await store.activeFeed(manifestUrl))?.cases).toBe(40);
  const one = before[0]!.caseNumber;
  expect((await store.histories([one]))[one]?.title).toBe(before[0]!.title);
}

describe('syncFeed over the network', () => {
  it('gives up on a shard sent one byte at a time, and keeps the old data', async () => {
    server.fault(`/feed/${firstShard()}`, { kind: 'slow', everyMs: 200 });
    const started = Date.now();
    const error = await sync().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FeedError);
    expect((error as Error).message).toBe(`${firstShard()} kom inte fram inom 1 sekunder`);
    expect(Date.now() - started).toBeLessThan(4000);
    await expectOldDataKept();
  });

  it('cuts a bottomless chunked shard off at the byte limit, and keeps the old data', async () => {
    server.fault(`/feed/${firstShard()}`, { kind: 'bottomless' });
    await expect(syncFeed(manifestUrl, { store, fetch, sha256: sha256WebCrypto, limits: { ...limits, totalSeconds: 20 } })).rejects.toThrow(
      `${firstShard()} är större än 1 MB (gränsen för en fil i flödet)`,
    );
    await expectOldDataKept();
  });

  it('refuses a manifest redirected to another origin without asking it', async () => {
    server.fault('/feed/manifest.json', { kind: 'redirect', location: `http://localhost:${server.port}/feed/manifest.json` });
    const asked = server.requests.length;
    await expect(sync()).rejects.toThrow(`Manifestet omdirigeras till en annan webbplats (http://localhost:${server.port})`);
    expect(server.requests.slice(asked).map((r) => r.path)).toEqual(['/feed/manifest.json']);
    await expectOldDataKept();
  });

  it('"Synkronisera nu" returns with the timeout as the error the options page shows', async () => {
    server.fault('/feed/manifest.json', { kind: 'slow', everyMs: 200 });
    const service = createSyncService({
      store: async () => store,
      fetch,
      sha256: sha256WebCrypto,
      feedUrls: async () => [manifestUrl],
      limits: async () => limits,
      mayFetch: async () => true,
      onNewData: async () => undefined,
    });
    const status = await service.syncNow();
    expect(status).toMatchObject({ running: false, lastError: 'Manifestet kom inte fram inom 1 sekunder. Tidigare hämtad historik används.' });
    await expectOldDataKept();
  });
});
