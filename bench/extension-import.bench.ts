import { launchExtensionBrowser } from '../harness/extension-browser.ts';
import { feedFiles, inventedCases } from '../harness/invented-feed.ts';
import { publishFeed, startLoopbackServer } from '../harness/loopback-server.ts';
import { configureFeed, openOptions, shownCounts, syncNow } from '../harness/options-page.ts';
import type { Benchmark, BenchResult } from './result.ts';

const DECISIONS = 100_000;
const BUDGET_MS = 5000;

/**
 * Importing a 100,000-decision feed into the extension's IndexedDB in real Chromium: fetching the
 * manifest and every shard from a loopback server, checking hashes, validating with the core schema,
 * writing staged rows and switching to them. Timed inside the service worker (sync start to the
 * recorded success), so the options page's round trip is not counted. Then a re-sync where one
 * shard changed.
 */
async function syncMillis(page: Parameters<typeof syncNow>[0]): Promise<number> {
  return page.locator('.sync-status').evaluate(async () => {
    const { chrome } = globalThis as unknown as {
      chrome: { storage: { local: { get(k: string): Promise<{ syncStatus: { lastAttemptAt: string; lastSuccessAt: string } }> } } };
    };
    const { syncStatus } = await chrome.storage.local.get('syncStatus');
    return Date.parse(syncStatus.lastSuccessAt) - Date.parse(syncStatus.lastAttemptAt);
  });
}

export const benchmark: Benchmark = {
  name: 'extension-import',
  async run(): Promise<BenchResult[]> {
    // Entries per case cycle 1..4 (2.5 on average).
    const cases = inventedCases(DECISIONS / 2.5);
    const files = feedFiles(cases, 64);
    const bytes = [...files.values()].reduce((n, f) => n + Buffer.byteLength(f), 0);
    const server = await startLoopbackServer();
    publishFeed(server, '/feed/', files);
    const browser = await launchExtensionBrowser();
    try {
      const options = await openOptions(browser);
      await configureFeed(options, `${server.origin}/feed/manifest.json`);
      const shown = await shownCounts(options);
      if (shown.decisions !== DECISIONS) throw new Error(`imported ${shown.decisions} decisions, expected ${DECISIONS}`);
      const full = await syncMillis(options);

      const changed = cases.map((c, i) => (i === 1234 ? { ...c, title: `${c.title} (ändrad)` } : c));
      publishFeed(server, '/feed/', feedFiles(changed, 64));
      await syncNow(options);
      const incremental = await syncMillis(options);
      return [
        {
          figure: `import ${DECISIONS.toLocaleString('en')} decisions (${(bytes / 1e6).toFixed(0)} MB feed, ${cases.length.toLocaleString('en')} cases)`,
          measured: full / 1000,
          unit: 's',
          budget: { text: `< ${BUDGET_MS / 1000} s`, met: full < BUDGET_MS },
        },
        { figure: 're-sync with one changed shard', measured: incremental, unit: 'ms' },
      ];
    } finally {
      await browser.close();
      await server.close();
    }
  },
};
