import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseHistory } from '../../core/history/model.ts';
import { axeViolations } from './support/axe.ts';
import { launchExtensionBrowser, type ExtensionBrowser } from '../../harness/extension-browser.ts';
import { feedFiles, inventedCases } from '../../harness/invented-feed.ts';
import { publishFeed, startLoopbackServer, type LoopbackServer } from '../../harness/loopback-server.ts';
import { configureFeed, openOptions, shownCounts, syncNow } from '../../harness/options-page.ts';
import { openPopup, searchPopup } from './support/popup-page.ts';

// The extension's data side in real headless Chromium: configured through its options page, syncing
// from a loopback feed into the real IndexedDB of its service worker, searched from its popup.

let server: LoopbackServer;
let browser: ExtensionBrowser;
let options: Page;
const cases = inventedCases(300);

const FEED = '/feed/';
const shardRequests = () => server.requests.filter((r) => r.path.startsWith(`${FEED}shards/`));

async function searchInPopup(query: string): Promise<Page> {
  const popup = await openPopup(browser);
  await searchPopup(popup, query);
  return popup;
}

beforeAll(async () => {
  server = await startLoopbackServer();
  publishFeed(server, FEED, feedFiles(cases));
  browser = await launchExtensionBrowser();
  options = await openOptions(browser);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the extension syncing its history feed', () => {
  it('is configured through the options page and shows what it synced', async () => {
    await configureFeed(options, `${server.origin}${FEED}manifest.json`);
    expect(await shownCounts(options)).toEqual({ cases: 300, decisions: 750 });
    expect(await options.getByTestId('sync-error').count()).toBe(0);
    expect(await options.getByTestId('last-success').textContent()).not.toBe('aldrig');

    const popup = await searchInPopup(cases[41]!.caseNumber);
    expect(await popup.locator('.results li').count()).toBe(1);
    expect(await popup.locator('.results li').textContent()).toContain(cases[41]!.title);
    await popup.close();
  });

  it('asks conditionally and fetches only the shards that changed', async () => {
    server.requests.length = 0;
    await syncNow(options);
    expect(server.requests.map((r) => [r.path, r.status])).toEqual([[`${FEED}manifest.json`, 304]]);
    expect(server.requests[0]!.ifNoneMatch).toMatch(/^"/);

    const changed = cases.map((c, i) => (i === 7 ? { ...c, title: 'Ny rubrik om vårdplatser i Sorsele' } : c));
    publishFeed(server, FEED, feedFiles(changed));
    server.requests.length = 0;
    await syncNow(options);
    expect(shardRequests()).toHaveLength(1);
    expect(await shownCounts(options)).toEqual({ cases: 300, decisions: 750 });

    const popup = await searchInPopup('vårdplatser sorsele');
    expect(await popup.locator('.results .case-number').allTextContents()).toEqual([cases[7]!.caseNumber]);
    await popup.close();
  });

  it('keeps the old data when the feed turns invalid, and says why on the options page', async () => {
    const broken: CaseHistory[] = cases.map((c, i) =>
      i === 11 ? { ...c, entries: [{ ...c.entries[0]!, date: '5 december 2024' }] } : c,
    );
    publishFeed(server, FEED, feedFiles(broken));
    await syncNow(options);
    const error = options.getByTestId('sync-error');
    await expect.poll(() => error.textContent()).toMatch(/datum ska skrivas ÅÅÅÅ-MM-DD.*Tidigare hämtad historik används/);
    expect(await shownCounts(options)).toEqual({ cases: 300, decisions: 750 });

    const popup = await searchInPopup(cases[11]!.caseNumber);
    expect(await popup.locator('.results li').textContent()).toContain(cases[11]!.title);
    await popup.close();
  });

  it('keeps the old data when a sync is cut off halfway, and finishes on the next try', async () => {
    const revised = cases.map((c) => ({ ...c, title: `${c.title} (reviderad)` }));
    const files = feedFiles(revised);
    publishFeed(server, FEED, files);
    const lastShard = [...files.keys()].filter((p) => p.startsWith('shards/')).sort().at(-1)!;
    server.fault(`${FEED}${lastShard}`, { kind: 'cut' });
    await syncNow(options);
    await expect.poll(() => options.getByTestId('sync-error').textContent()).toMatch(/kunde inte hämtas/);
    let popup = await searchInPopup(cases[0]!.caseNumber);
    expect(await popup.locator('.results li').textContent()).not.toContain('(reviderad)');
    await popup.close();

    server.fault(`${FEED}${lastShard}`, null);
    server.requests.length = 0;
    await syncNow(options);
    expect(await options.getByTestId('sync-error').count()).toBe(0);
    // Only the shard that was cut off is fetched again; the others were written completely before.
    expect(shardRequests().map((r) => r.path)).toEqual([`${FEED}${lastShard}`]);
    popup = await searchInPopup(cases[0]!.caseNumber);
    expect(await popup.locator('.results li').textContent()).toContain('(reviderad)');
    await popup.close();
  });

  it('gives up on a slow and a bottomless server within the limits set on the options page, keeping the old data', async () => {
    const setLimits = async (seconds: string, megabytes: string) => {
      await options.getByLabel(/Hämta en fil ur flödet på högst/).fill(seconds);
      await options.getByLabel(/Största fil ur flödet/).fill(megabytes);
      await options.getByRole('button', { name: 'Spara' }).click();
      // Saved when the user's settings hold them (the notice may still show an earlier save).
      type Storage = { storage: { local: { get(key: string): Promise<{ settings?: Record<string, unknown> }> } } };
      const saved = () => options.evaluate(async () => (await (window as unknown as { chrome: Storage }).chrome.storage.local.get('settings')).settings);
      await expect.poll(async () => (await saved())?.feedMaxMegabytes).toBe(Number(megabytes));
      expect((await saved())?.feedTimeoutSeconds).toBe(Number(seconds));
    };
    await setLimits('2', '1');
    const shown = await shownCounts(options);
    const manifest = `${FEED}manifest.json`;
    server.fault(manifest, { kind: 'slow', everyMs: 500 });
    const started = Date.now();
    await syncNow(options);
    expect(Date.now() - started).toBeLessThan(10_000);
    await expect.poll(() => options.getByTestId('sync-error').textContent()).toContain('Manifestet kom inte fram inom 2 sekunder');
    server.fault(manifest, { kind: 'bottomless' });
    await syncNow(options);
    await expect.poll(() => options.getByTestId('sync-error').textContent()).toContain('Manifestet är större än 1 MB');
    expect(await shownCounts(options)).toEqual(shown);
    server.fault(manifest, null);
    await setLimits('120', '64');
  });

  it('shows hostile feed text as text and links only to http(s)', async () => {
    const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
    const evil: CaseHistory = {
      caseNumber: 'RS 1666-2024',
      title: `Granskning ${hostile}`,
      entries: [
        {
          ...cases[0]!.entries[0]!,
          title: `Granskning ${hostile}`,
          decision: `Beslut <a href="javascript:window.__pwned=3">klicka</a>`,
          source: { file: 'javascript:window.__pwned=4', url: 'javascript://intranat.example.se/%0Awindow.__pwned=5' },
        },
      ],
    };
    // A link that is not http(s) makes the whole feed invalid, whatever the card would do with it.
    publishFeed(server, FEED, feedFiles([...cases, evil]));
    await syncNow(options);
    await expect.poll(() => options.getByTestId('sync-error').textContent()).toContain('källans länk ska börja med http:// eller https://');
    publishFeed(server, FEED, feedFiles([...cases, { ...evil, entries: [{ ...evil.entries[0]!, source: { file: evil.entries[0]!.source.file } }] }]));
    await syncNow(options);
    expect(await options.getByTestId('sync-error').count()).toBe(0);

    const popup = await searchInPopup('RS 1666-2024');
    const result = popup.locator('.results li');
    expect(await result.textContent()).toContain(hostile);
    expect(await result.locator('img, script').count()).toBe(0);
    const hrefs = await popup.locator('a[href]').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
    for (const href of hrefs) expect(href).toMatch(/^https?:/);
    await result.getByText(/Protokollet/).click();
    expect(await popup.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await popup.close();

    // A failing server's own words reach the options page too, and stay words.
    server.fault(`${FEED}manifest.json`, { kind: 'status', status: 500, statusText: '<img src=x onerror="window.__pwned=6">' });
    await syncNow(options);
    await expect.poll(() => options.getByTestId('sync-error').textContent()).toContain('servern svarade HTTP 500 <img');
    expect(await options.getByTestId('sync-error').locator('img').count()).toBe(0);
    expect(await options.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    server.fault(`${FEED}manifest.json`, null);
  });

  it('has an options page and a popup without WCAG 2.1 A/AA violations that axe can find', async () => {
    expect(await axeViolations(options)).toEqual([]);

    // A wrong value is named next to its field, read with it, and nothing is saved.
    const diarium = options.getByLabel(/Länk till diariet/);
    await diarium.fill('https://diarium.example.se/arende');
    await options.getByRole('button', { name: 'Spara' }).click();
    await expect.poll(() => diarium.getAttribute('aria-invalid')).toBe('true');
    expect(await options.getByText('Diarielänken ska innehålla {caseNumber}').count()).toBe(1);
    expect(await diarium.getAttribute('aria-describedby')).toContain('diariumUrlTemplate-error');
    expect(await options.getByTestId('notice').textContent()).toMatch(/sparades inte/);
    expect(await axeViolations(options)).toEqual([]);
    await diarium.fill('');
    await options.getByRole('button', { name: 'Spara' }).click();
    await expect.poll(() => options.getByTestId('notice').textContent()).toBe('Inställningarna är sparade.');

    const popup = await searchInPopup('ambulans');
    expect(await axeViolations(popup)).toEqual([]);
    await popup.close();
  });
});
