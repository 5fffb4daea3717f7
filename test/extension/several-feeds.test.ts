import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { findCaseNumbers } from '../../core/casenumber/index.ts';
import { DEFAULT_FETCH_LIMITS } from '../../core/history/bounded-fetch.ts';
import type { CaseHistory } from '../../core/history/model.ts';
import { pageCaseNumberConfig } from '../../extension/lib/case-number-config.ts';
import { feedUrlsOf } from '../../extension/lib/extension-settings.ts';
import { sha256WebCrypto } from '../../extension/lib/feed-sync.ts';
import { HistoryStore } from '../../extension/lib/history-store.ts';
import { searchHistory } from '../../extension/lib/search-history.ts';
import { loadSettings, saveUserSettings } from '../../extension/lib/settings.ts';
import { createSyncService } from '../../extension/lib/sync-service.ts';
import { readSyncStatus } from '../../extension/lib/sync-status.ts';
import { inventedCase, inventedCases } from '../../harness/invented-feed.ts';
import { fakeFeed, type FakeFeed } from './support/fake-feed.ts';

// A region's feed and a municipality's, each with its own case-number shape; one case the
// municipality sent on to the region is in both. Invented organisations and cases.

const REGION = 'https://region.example.se/historik/';
const KOMMUN = 'https://kommun.example.se/protokoll/historik/';
const FEEDS = [`${REGION}manifest.json`, `${KOMMUN}manifest.json`];
const SHARED = 'KS-2024-00012';

const regionCases: CaseHistory[] = [...inventedCases(30), { ...inventedCase(900, 2), caseNumber: SHARED }];
const kommunCases: CaseHistory[] = [
  ...Array.from({ length: 20 }, (_, i) => ({ ...inventedCase(100 + i, 1), caseNumber: `KS-2024-${String(100 + i).padStart(5, '0')}` })),
  { ...inventedCase(901, 1), caseNumber: SHARED, entries: inventedCase(901, 1).entries.map((e) => ({ ...e, date: '2015-01-20', body: 'Kommunstyrelsen' })) },
];

let n = 0;
let region: FakeFeed;
let kommun: FakeFeed;
let store: HistoryStore;

/** Both feeds behind one fetch, as the browser's: by address. */
const fetch = ((input: string | URL | Request, init?: RequestInit) =>
  (String(input).startsWith(REGION) ? region : kommun).fetch(input, init)) as typeof globalThis.fetch;

function service(feedUrls = FEEDS) {
  return createSyncService({
    store: async () => store,
    fetch,
    sha256: sha256WebCrypto,
    feedUrls: async () => feedUrls,
    limits: async () => DEFAULT_FETCH_LIMITS,
    mayFetch: async () => true,
    onNewData: async () => undefined,
  });
}

beforeEach(async () => {
  fakeBrowser.reset();
  region = fakeFeed(regionCases, REGION, { organisation: 'Region Exempelland', caseNumberFormats: ['prefix-number-year'] });
  kommun = fakeFeed(kommunCases, KOMMUN, { caseNumberFormats: ['{prefix:KS}-{year}-{serial:5}'] });
  store = await HistoryStore.open(`several-feeds-${++n}`);
});

describe('several feeds', () => {
  it('keeps each feed’s data and merges a case per case number, each entry naming its organisation', async () => {
    await service().syncNow();
    const found = await store.histories([SHARED, 'ks-2024-00105', regionCases[3]!.caseNumber, 'RS 99999-2024'], FEEDS);
    expect(found[SHARED]!.entries.map((e) => [e.date, e.organisation])).toEqual([
      ['2015-01-01', 'Region Exempelland'],
      ['2015-01-20', 'kommun.example.se'],
      ['2015-02-08', 'Region Exempelland'],
    ]);
    expect(found['ks-2024-00105']!.entries[0]!.organisation).toBe('kommun.example.se');
    expect(found[regionCases[3]!.caseNumber]!.entries.every((e) => e.organisation === 'Region Exempelland')).toBe(true);
    expect(found['RS 99999-2024']).toBeNull();
    // Read in the other order, the municipality's writing of the case number leads.
    expect((await store.histories([SHARED.toLowerCase()], [...FEEDS].reverse()))[SHARED.toLowerCase()]!.caseNumber).toBe(SHARED);
  });

  it('searches every feed and shows a case in both once', async () => {
    await service().syncNow();
    const hits = await searchHistory(store, regionCases.at(-1)!.title.split(' ')[0]!, 100, FEEDS);
    expect(hits.filter((h) => h.caseNumber === SHARED)).toHaveLength(1);
    expect((await searchHistory(store, SHARED, 10, FEEDS))[0]!.entries).toHaveLength(3);
  });

  it('scans pages with every feed’s learned formats', async () => {
    await saveUserSettings({ feedUrl: FEEDS[0]!, feeds: [FEEDS[1]!] });
    await service().syncNow();
    const config = await pageCaseNumberConfig((await loadSettings()).settings, store);
    const page = 'Regionen (RS 12-2021) och kommunen (KS-2024-00105) om samma sak.';
    expect(findCaseNumbers(page, config).map((m) => m.caseNumber.canonical)).toEqual(['RS 12-2021', 'KS-2024-00105']);
  });

  it('keeps a failing feed’s last good data and its reason, and still updates the others', async () => {
    const sync = service();
    await sync.syncNow();
    region.faults.set('manifest.json', 503);
    const renamed = kommunCases.map((c, i) => (i === 4 ? { ...c, title: 'Ny rubrik om skolskjutsar' } : c));
    kommun.publish(renamed);
    const status = await sync.syncNow();

    expect(status.feeds.map((f) => [f.feedUrl, f.organisation, f.cases, f.lastError === null])).toEqual([
      [FEEDS[0], 'Region Exempelland', 31, false],
      [FEEDS[1], null, 21, true],
    ]);
    expect(status.feeds[0]!.lastError).toMatch(/^Manifestet.*servern svarade HTTP 503\. Tidigare hämtad historik används\.$/);
    expect(status.lastError).toBe(`Region Exempelland: ${status.feeds[0]!.lastError}`);
    expect(status).toMatchObject({ running: false, cases: 52 });
    expect(await readSyncStatus()).toEqual(status);
    const found = await store.histories([regionCases[0]!.caseNumber, renamed[4]!.caseNumber], FEEDS);
    expect(found[regionCases[0]!.caseNumber]!.title).toBe(regionCases[0]!.title);
    expect(found[renamed[4]!.caseNumber]!.title).toBe('Ny rubrik om skolskjutsar');
  });

  it('forgets a feed taken out of the settings, and its shards', async () => {
    await service().syncNow();
    await service([FEEDS[1]!]).syncNow();
    expect(await store.activeFeed(FEEDS[0]!)).toBeNull();
    expect((await store.histories([regionCases[0]!.caseNumber]))[regionCases[0]!.caseNumber]).toBeNull();
    expect((await store.histories([SHARED]))[SHARED]!.entries).toHaveLength(1);
    const db = await openDB(`several-feeds-${n}`);
    const shards = await db.count('shards');
    db.close();
    expect(shards).toBe([...kommun.files.keys()].filter((p) => p.startsWith('shards/')).length);
  });
});

describe('the feeds setting', () => {
  it('is set by policy beside feedUrl, locked, each address in its one form, a bad one named and the rest kept', async () => {
    await fakeBrowser.storage.managed.set({ feedUrl: FEEDS[0], feeds: [KOMMUN, FEEDS[0]] });
    const loaded = await loadSettings();
    expect(loaded.locked).toEqual(expect.arrayContaining(['feedUrl', 'feeds']));
    expect(feedUrlsOf(loaded.settings)).toEqual(FEEDS);
    await fakeBrowser.storage.managed.set({ feeds: ['ftp://kommun.example.se/historik/'] });
    const refused = await loadSettings();
    expect(refused.settings.feeds).toEqual([]);
    expect(refused.problems).toEqual([expect.stringMatching(/^Policyinställningen feeds.*http:\/\/ eller https:\/\//)]);
    expect(feedUrlsOf(refused.settings)).toEqual([FEEDS[0]]);
  });
});

describe('HistoryStore upgrade from one feed', () => {
  it('keeps the data of the single feed of version 2 as that feed’s', async () => {
    const name = `one-feed-store-${++n}`;
    // A version-2 store as the single-feed extension wrote it: its one pointer under `active`.
    const old = await openDB(name, 2, {
      upgrade(db) {
        db.createObjectStore('chunks');
        db.createObjectStore('search', { keyPath: 'shardKey' });
        db.createObjectStore('shards', { keyPath: 'shardKey' });
        db.createObjectStore('meta');
      },
    });
    const shardKey = '0@aa';
    const history = inventedCase(5, 2);
    await old.put('chunks', JSON.stringify([history]), [shardKey, 0]);
    await old.put('shards', { shardKey, cases: 1, entries: 2, firstCases: ['RS5-2020'] });
    await old.put('search', { shardKey, search: [[history.caseNumber, history.title.toLowerCase()]] });
    const active = { shardCount: 1, shards: [{ id: 0, key: shardKey, firstCases: ['RS5-2020'] }], cases: 1, entries: 2, generatedAt: '2026-01-15T02:00:00.000Z', feedUrl: FEEDS[0]!, etag: null, lastModified: null };
    await old.put('meta', active, 'active');
    old.close();

    const upgraded = await HistoryStore.open(name);
    expect(await upgraded.activeFeed(FEEDS[0]!)).toEqual(active);
    expect((await upgraded.histories([history.caseNumber], [FEEDS[0]!]))[history.caseNumber]).toEqual(history);
    upgraded.close();
  });
});
