import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_FETCH_LIMITS } from '../../core/history/bounded-fetch.ts';
import { shardOf } from '../../core/history/feed.ts';
import type { CaseHistory } from '../../core/history/model.ts';
import { FeedError } from '../../core/history/read-feed.ts';
import { sha256WebCrypto, syncFeed } from '../../extension/lib/feed-sync.ts';
import { DB_VERSION, HistoryStore } from '../../extension/lib/history-store.ts';
import { inventedCase, inventedCases } from '../../harness/invented-feed.ts';
import { MANIFEST_URL, fakeFeed, type FakeFeed } from './support/fake-feed.ts';

let dbName: string;
let store: HistoryStore;
let n = 0;

beforeEach(async () => {
  dbName = `sync-test-${++n}`;
  store = await HistoryStore.open(dbName);
});
afterEach(() => store.close());

const sync = (feed: FakeFeed) => syncFeed(MANIFEST_URL, { store, fetch: feed.fetch, sha256: sha256WebCrypto, limits: DEFAULT_FETCH_LIMITS });
const shardRequests = (feed: FakeFeed) => feed.log.filter((r) => r.path.startsWith('shards/'));

/** Shards stored, active or not: what is physically kept. */
async function storedShards(): Promise<number> {
  const db = await openDB(dbName);
  const count = await db.count('shards');
  db.close();
  return count;
}
const feedShards = (feed: FakeFeed) => [...feed.files.keys()].filter((p) => p.startsWith('shards/')).length;

function withRetitled(cases: CaseHistory[], index: number, title: string): CaseHistory[] {
  return cases.map((c, i) => (i === index ? { ...c, title } : c));
}

describe('syncFeed', () => {
  it('imports every shard of a first feed and answers histories from it', async () => {
    const cases = inventedCases(200);
    const feed = fakeFeed(cases);
    const result = await sync(feed);
    expect(result).toMatchObject({ notModified: false, cases: 200, entries: 500, shardsUnchanged: 0 });
    expect(result.shardsFetched).toBe(shardRequests(feed).length);
    const found = await store.histories([cases[7]!.caseNumber, 'RS 99999-2024']);
    expect(found[cases[7]!.caseNumber]).toEqual(cases[7]);
    expect(found['RS 99999-2024']).toBeNull();
  });

  it('fetches only the shards whose hash changed', async () => {
    const cases = inventedCases(200);
    const feed = fakeFeed(cases);
    await sync(feed);
    feed.log.length = 0;
    feed.publish(withRetitled(cases, 3, 'Ny rubrik för ärendet'));
    const result = await sync(feed);
    expect(shardRequests(feed)).toHaveLength(1);
    expect(result.shardsFetched).toBe(1);
    expect(result.shardsUnchanged).toBeGreaterThan(5);
    expect((await store.histories([cases[3]!.caseNumber]))[cases[3]!.caseNumber]?.title).toBe('Ny rubrik för ärendet');
    // The replaced shard's old data is gone.
    expect(await storedShards()).toBe(feedShards(feed));
  });

  it('asks for the manifest with its ETag and does nothing on 304', async () => {
    const feed = fakeFeed(inventedCases(50));
    await sync(feed);
    feed.log.length = 0;
    const result = await sync(feed);
    expect(feed.log).toHaveLength(1);
    expect(feed.log[0]).toMatchObject({ path: 'manifest.json', status: 304 });
    expect(feed.log[0]!.ifNoneMatch).toMatch(/^"/);
    expect(result).toMatchObject({ notModified: true, cases: 50, shardsFetched: 0 });
  });

  it('asks with If-Modified-Since when the server sends only Last-Modified', async () => {
    const cases = inventedCases(50);
    const feed = fakeFeed(cases);
    feed.validator = 'last-modified';
    await sync(feed);
    feed.log.length = 0;
    expect((await sync(feed)).notModified).toBe(true);
    expect(feed.log).toEqual([{ path: 'manifest.json', status: 304, ifNoneMatch: null, ifModifiedSince: 'Thu, 15 Jan 2026 02:01:00 GMT' }]);
    feed.publish(withRetitled(cases, 1, 'Ändrad rubrik'));
    feed.log.length = 0;
    expect((await sync(feed)).shardsFetched).toBe(1);
  });

  it('keeps the old data when a shard fails validation, and says where', async () => {
    const cases = inventedCases(100);
    const feed = fakeFeed(cases);
    await sync(feed);
    const broken = withRetitled(cases, 10, 'Ändrad');
    broken[10] = { ...broken[10]!, entries: [{ ...broken[10]!.entries[0]!, date: '5 december 2024' }] };
    feed.publish(broken);
    const error = await sync(feed).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FeedError);
    expect((error as Error).message).toMatch(/shards\/\S+\.json följer inte flödesformatet: cases\[\d+\]\.entries\[0\]\.date: datum ska skrivas ÅÅÅÅ-MM-DD/);
    expect((await store.histories([cases[10]!.caseNumber]))[cases[10]!.caseNumber]).toEqual(cases[10]);
    expect((await store.activeFeed(MANIFEST_URL))?.cases).toBe(100);
  });

  it('refuses a manifest of another format or version, and one that is not JSON', async () => {
    const feed = fakeFeed(inventedCases(20));
    await sync(feed);
    const manifest = JSON.parse(feed.files.get('manifest.json')!) as Record<string, unknown>;
    feed.files.set('manifest.json', JSON.stringify({ ...manifest, version: 2 }));
    await expect(sync(feed)).rejects.toThrow(/Manifestet följer inte flödesformatet: version/);
    feed.files.set('manifest.json', '<html><body>Logga in</body></html>');
    await expect(sync(feed)).rejects.toThrow('Manifestet är inte giltig JSON');
    expect((await store.activeFeed(MANIFEST_URL))?.cases).toBe(20);
  });

  it('refuses a shard that does not match its hash in the manifest', async () => {
    const cases = inventedCases(20);
    const feed = fakeFeed(cases);
    const [path, content] = [...feed.files].find(([p]) => p.startsWith('shards/'))!;
    feed.files.set(path, content.replace(cases.find((c) => content.includes(c.caseNumber))!.title, 'Manipulerad'));
    await expect(sync(feed)).rejects.toThrow(/stämmer inte med manifestets kontrollsumma/);
    expect(await store.activeFeed(MANIFEST_URL)).toBeNull();
  });

  it('refuses a shard holding a case that belongs to another shard', async () => {
    const feed = fakeFeed(inventedCases(20));
    const [path, content] = [...feed.files].find(([p]) => p.startsWith('shards/'))!;
    const shard = JSON.parse(content) as { cases: CaseHistory[] };
    // A shard rewritten with a case renumbered to one of another shard, and the manifest updated to match.
    shard.cases[0] = { ...shard.cases[0]!, caseNumber: 'RS 424242-2024' };
    expect(shardOf('RS 424242-2024', 16)).not.toBe(Number(path.slice(7, 10)));
    const text = JSON.stringify(shard);
    feed.files.set(path, text);
    const manifest = JSON.parse(feed.files.get('manifest.json')!) as { shards: { path: string; sha256: string; bytes: number }[] };
    const ref = manifest.shards.find((r) => r.path === path)!;
    ref.sha256 = await sha256WebCrypto(new TextEncoder().encode(text).buffer as ArrayBuffer);
    ref.bytes = new TextEncoder().encode(text).length;
    feed.files.set('manifest.json', JSON.stringify(manifest));
    await expect(sync(feed)).rejects.toThrow(/hör till en annan del/);
  });

  it('keeps the old data when the network fails, and reports it', async () => {
    const feed = fakeFeed(inventedCases(20));
    await sync(feed);
    feed.publish(inventedCases(30));
    feed.faults.set('manifest.json', 'network');
    await expect(sync(feed)).rejects.toThrow(/Manifestet kunde inte hämtas/);
    feed.faults.set('manifest.json', 503);
    await expect(sync(feed)).rejects.toThrow(/servern svarade HTTP 503/);
    expect((await store.activeFeed(MANIFEST_URL))?.cases).toBe(20);
  });

  it('after a sync cut off halfway keeps the old data, and the next sync reuses the shards already written', async () => {
    const before = inventedCases(100);
    const feed = fakeFeed(before);
    await sync(feed);
    // Every case changes, so every shard is new.
    const after = before.map((c) => ({ ...c, title: `${c.title} (reviderad)` }));
    feed.publish(after);
    const changed = [...feed.files.keys()].filter((p) => p.startsWith('shards/')).sort();
    feed.faults.set(changed[3]!, 'cut');
    feed.log.length = 0;
    await expect(sync(feed)).rejects.toThrow(/kunde inte hämtas/);
    const anyCase = before[0]!.caseNumber;
    expect((await store.histories([anyCase]))[anyCase]?.title).toBe(before[0]!.title);

    feed.faults.clear();
    feed.log.length = 0;
    const result = await sync(feed);
    // Shards 0–2 were written completely in the broken run and are not fetched again.
    expect(shardRequests(feed).map((r) => r.path)).not.toContain(changed[0]);
    expect(result.shardsFetched).toBe(changed.length - 3);
    expect((await store.histories([anyCase]))[anyCase]?.title).toBe(after[0]!.title);
    expect(await storedShards()).toBe(feedShards(feed));
  });

  it('drops cases that left the feed', async () => {
    const cases = inventedCases(40);
    const feed = fakeFeed(cases);
    await sync(feed);
    feed.publish(cases.slice(0, 30));
    await sync(feed);
    expect((await store.histories([cases[35]!.caseNumber]))[cases[35]!.caseNumber]).toBeNull();
    expect(await storedShards()).toBe(feedShards(feed));
  });
});

describe('HistoryStore search', () => {
  it('finds cases by words of their titles, as word prefixes, in case-number order', async () => {
    const feed = fakeFeed([
      inventedCase(1, 1),
      inventedCase(8, 1),
      inventedCase(16, 2),
      { ...inventedCase(2, 1), title: 'Upphandling av ambulansflyg' },
      { ...inventedCase(3, 1), title: 'Ambulanssjukvårdens <b>organisation</b>' },
    ]);
    await sync(feed);
    const hits = await store.searchTitles('AMBULANS', 10);
    expect(hits.map((h) => h.caseNumber)).toEqual(['RS 2-2017', 'RS 3-2018', 'RS 8-2023', 'RS 16-2021']);
    expect((await store.searchTitles('upphandling flyg', 10)).map((h) => h.caseNumber)).toEqual([]);
    expect((await store.searchTitles('upphandling ambulansfl', 10)).map((h) => h.caseNumber)).toEqual(['RS 2-2017']);
    expect(await store.searchTitles('   ', 10)).toEqual([]);
    expect(await store.searchTitles('ambulans', 2)).toHaveLength(2);
  });
});

describe('HistoryStore connection', () => {
  it('closes when another context upgrades the database, instead of blocking it', async () => {
    await sync(fakeFeed(inventedCases(5)));
    const newer = await openDB(dbName, DB_VERSION + 1);
    expect(store.closed).toBe(true);
    newer.close();
  });
});

describe('HistoryStore upgrade', () => {
  it('drops the data of a store keyed the old way, so the next sync fills it again', async () => {
    const name = `old-store-${++n}`;
    const old = await openDB(name, 1, {
      upgrade(db) {
        db.createObjectStore('chunks');
        db.createObjectStore('search', { keyPath: 'shardKey' });
        db.createObjectStore('shards', { keyPath: 'shardKey' });
        db.createObjectStore('meta');
      },
    });
    await old.put('meta', { shardCount: 1, shards: [] }, 'active');
    old.close();
    const upgraded = await HistoryStore.open(name);
    expect(await upgraded.activeFeed(MANIFEST_URL)).toBeNull();
    upgraded.close();
  });
});
