import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { findCaseNumbers } from '../../core/casenumber/index.ts';
import { DEFAULT_FETCH_LIMITS } from '../../core/history/bounded-fetch.ts';
import { writeFeed } from '../../core/history/write-feed.ts';
import { pageCaseNumberConfig } from '../../extension/lib/case-number-config.ts';
import { sha256WebCrypto, syncFeed } from '../../extension/lib/feed-sync.ts';
import { HistoryStore } from '../../extension/lib/history-store.ts';
import { candidatePattern } from '../../extension/lib/page/reference-candidates.ts';
import { loadSettings, saveUserSettings } from '../../extension/lib/settings.ts';
import { inventedCase } from '../../harness/invented-feed.ts';

const FEED = 'https://intranat.example.se/historik/';
const LEARNED = ['{prefix:VX}-{year}-{serial:5}[:{sub}]', '{year}-{serial:5}'];
const PAGE = 'Ärendet VX-2024-00012:2 (förut 2023-00417) hänger ihop med RS 2215-2024.';

let store: HistoryStore;
let n = 0;

beforeEach(async () => {
  fakeBrowser.reset();
  store = await HistoryStore.open(`learned-formats-${++n}`);
});
afterEach(() => store.close());

/** Syncs a feed whose manifest carries the formats `protokoll index` learned. */
async function syncLearnedFeed(): Promise<void> {
  const cases = [
    { ...inventedCase(1, 2), caseNumber: 'VX-2024-00012' },
    { ...inventedCase(2, 1), caseNumber: '2023-00417' },
  ];
  const feed = writeFeed(cases, { protocols: 2, paragraphs: 3, cases: 2, entries: 3 }, { generatedAt: '2026-02-01T02:00:00.000Z', caseNumberFormats: LEARNED });
  await saveUserSettings({ feedUrl: `${FEED}manifest.json` });
  const files = new Map([feed.manifest, ...feed.shards].map((f) => [`${FEED}${f.path}`, f.content]));
  const fetch = (async (input: string | URL | Request) => {
    const body = files.get(String(input));
    return new Response(body ?? 'finns inte', { status: body === undefined ? 404 : 200 });
  }) as typeof globalThis.fetch;
  await syncFeed(`${FEED}manifest.json`, { store, fetch, sha256: sha256WebCrypto, limits: DEFAULT_FETCH_LIMITS });
}

async function scanned(): Promise<string[]> {
  const config = await pageCaseNumberConfig((await loadSettings()).settings, store);
  expect(candidatePattern(config).test(PAGE)).toBe(true);
  return findCaseNumbers(PAGE, config).map((m) => m.caseNumber.canonical);
}

describe('case-number formats learned by the feed', () => {
  it('scan pages when no format is set, and find the case however the page writes it', async () => {
    expect(await scanned()).toEqual(['RS 2215-2024']);
    await syncLearnedFeed();
    expect(await scanned()).toEqual(['VX-2024-00012:2', '2023-00417']);
    expect((await store.histories(['VX-2024-00012:2']))['VX-2024-00012:2']?.caseNumber).toBe('VX-2024-00012');
  });

  it('give way to a preset set by the administrator’s policy, and to formats of the user’s own', async () => {
    await syncLearnedFeed();
    await fakeBrowser.storage.managed.set({ caseNumberPreset: 'region-vasterbotten' });
    expect(await scanned()).toEqual(['RS 2215-2024']);
    await fakeBrowser.storage.managed.clear();
    await saveUserSettings({ caseNumberFormats: ['{year}-{serial:5}'] });
    expect(await scanned()).toEqual(['2023-00417']);
  });
});
