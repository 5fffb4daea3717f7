import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseHistory } from '../../core/history/model.ts';
import { currentStatus } from '../../core/history/status.ts';
import { buildFirefoxPackage } from '../../harness/builds.ts';
import { FIREFOX_PATH, firefoxInstalled, launchFirefox, pointerPage, type FirefoxBrowser } from '../../harness/firefox.ts';
import { FirefoxLayer } from '../../harness/firefox-layer.ts';
import { hoverCaseNumber, closedHostStart } from '../../harness/hover.ts';
import { feedFiles, inventedCase } from '../../harness/invented-feed.ts';
import { publishFeed, startLoopbackServer, type LoopbackServer } from '../../harness/loopback-server.ts';
import { readIntranetPageState } from './support/intranet-page-state.ts';

// The Firefox package in Debian's Firefox ESR, driven over WebDriver BiDi: configured as an
// administrator configures it, by enterprise policy (3rdparty → Extensions → its id), it syncs the
// policy's feed and shows the hover card on the test intranet page, which it leaves as it was.
// BiDi cannot open the extension's own pages, so everything is seen through the page: the card in
// its closed shadow root is read as extension-layer.ts reads it in Chromium (firefox-layer.ts).

const haveFirefox = firefoxInstalled();
if (!haveFirefox) console.warn(`\n!!! ${FIREFOX_PATH} is missing (apt-get install firefox-esr): the Firefox end-to-end test is SKIPPED.\n`);

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');
const DIARIUM = 'https://diarium.example.se/arende?dnr={caseNumber}';

const caseAs = (caseNumber: string, n: number, entries: number): CaseHistory => ({ ...inventedCase(n, entries), caseNumber });
const invented = caseAs('RS 1001-2024', 10, 3);
/** Its newest decision, said twice, is long enough to be shortened on the card. */
const plain: CaseHistory = { ...invented, entries: invented.entries.map((e, i, all) => (i === all.length - 1 ? { ...e, decision: `${e.decision} ${e.decision}` } : e)) };
const long = plain.entries.at(-1)!.decision;
const cases = [plain, caseAs('HSN 1002-2024', 11, 1), caseAs('RS 1008-2024', 17, 1), caseAs('RS 1012-2024', 18, 1)];

let server: LoopbackServer;
let work: string;
let firefox: FirefoxBrowser;
let page: Page;
let layer: FirefoxLayer;

/** The test page once its own scripts have done their late work: the same moment with the extension and without it. */
async function settled(p: Page): Promise<void> {
  await p.goto(`${server.origin}/pages/intranet.html`);
  await p.waitForFunction(() => document.getElementById('island-text')?.textContent?.includes('omritningar: 5'));
  await p.waitForSelector('#p-late');
  await new Promise((r) => setTimeout(r, 200));
}

async function leaveCard(on = layer): Promise<void> {
  await page.mouse.move(5, 5);
  await on.waitFor('.card', 'detached');
}

beforeAll(async () => {
  if (!haveFirefox) return;
  server = await startLoopbackServer();
  server.mount('/pages/', fixtures);
  publishFeed(server, '/feed/', feedFiles(cases));
  work = mkdtempSync(path.join(tmpdir(), 'protokoll-firefox-run-'));
  const extension = await buildFirefoxPackage(work);
  const id = JSON.parse(readFileSync(path.join(extension, 'manifest.json'), 'utf8')).browser_specific_settings.gecko.id as string;
  firefox = await launchFirefox({
    extension,
    policies: { '3rdparty': { Extensions: { [id]: { feedUrl: `${server.origin}/feed/manifest.json`, diariumUrlTemplate: DIARIUM } } } },
  });
  expect(firefox.extensionId).toBe(id);
}, 180_000);
afterAll(async () => {
  await firefox?.close();
  await server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe.skipIf(!haveFirefox)('the extension in Firefox, configured by policy', () => {
  it("syncs the policy's feed without anyone configuring it", async () => {
    const fetched = () => server.requests.filter((r) => r.status === 200).map((r) => r.path);
    await expect.poll(fetched, { timeout: 30_000 }).toContain('/feed/manifest.json');
    await expect.poll(() => fetched().some((p) => p.startsWith('/feed/shards/')), { timeout: 30_000 }).toBe(true);
  });

  it("shows the hover card with the case's history newest first, and the policy's diarium link", async () => {
    page = await firefox.newPage();
    await settled(page);
    layer = await FirefoxLayer.of(firefox.browser, page);
    await hoverCaseNumber(pointerPage(page), layer, 'RS 1001-2024');
    // The card may have opened before the sync was stored; it fills in when the data arrives.
    await expect.poll(() => layer.text('.card'), { timeout: 15_000 }).toContain(plain.title);
    expect(await layer.text('.card .case-number')).toContain('RS 1001-2024');
    expect(await layer.text('.card .status')).toContain(currentStatus(plain));
    expect(await layer.texts('.card .entry .date')).toEqual(plain.entries.map((e) => e.date).sort().reverse());
    expect(await layer.hrefs('.card .source a')).toEqual([...plain.entries].reverse().map((e) => e.source.url));
    expect(await layer.attribute('.card .diarium a', 'href')).toBe('https://diarium.example.se/arende?dnr=RS%201001-2024');
    // The card's own button, clicked with the pointer: the pointer crosses into the card and it stays.
    const more = (await layer.box('.card .entry .more'))!;
    await page.mouse.click(more.x + more.width / 2, more.y + more.height / 2);
    await expect.poll(() => layer.text('.card .entry .decision-text')).toBe(long);
    expect(await layer.attribute('.card .entry .more', 'aria-expanded')).toBe('true');
    await leaveCard();
  });

  it('reaches references with Alt+Shift+D, moves with the arrows in page order, shadow roots included, closes with Escape', async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.focus('#link');
    await page.keyboard.down('Alt');
    await page.keyboard.down('Shift');
    await page.keyboard.press('KeyD');
    await page.keyboard.up('Shift');
    await page.keyboard.up('Alt');
    await layer.waitFor('.card', 'visible');
    expect(await layer.focused()).toBe('Diarienummer RS 1001-2024|protokoll-dnr-card');
    const order = ['RS 1001-2024'];
    for (let i = 1; i < 10; i++) {
      await page.keyboard.press('ArrowDown');
      order.push((await layer.focused())!.replace(/^Diarienummer (.*)\|.*$/, '$1'));
    }
    // The closed and the open web component's references sit where their hosts do.
    expect(order).toEqual([
      'RS 1001-2024', 'HSN 1002-2024', 'RS 1003-2024', 'RS 1004-2024', 'RF 9999-2024',
      'RS 1666-2024', 'RS 1005-2024', 'RS 1006-2024', 'RS 1007-2024', 'RS 1012-2024',
    ]);
    expect(await layer.text('.card .case-number')).toContain('RS 1012-2024');
    await page.keyboard.press('Escape');
    await layer.waitFor('.card', 'detached');
    await page.keyboard.press('Escape');
    expect(await layer.focused()).toBeNull();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('link');
  });

  it('finds references split over <b>, in a closed shadow root and in a frame', async () => {
    await hoverCaseNumber(pointerPage(page), layer, 'HSN');
    expect(await layer.text('.card .case-number')).toContain('HSN 1002-2024');
    await leaveCard();

    // The closed root's reference opens its line.
    const kalender = await closedHostStart(pointerPage(page), 'kalender');
    await page.mouse.move(kalender.x, kalender.y, { steps: 3 });
    await layer.waitFor('.card', 'visible');
    expect(await layer.text('.card .case-number')).toContain('RS 1012-2024');
    await leaveCard();

    const frame = page.frames().find((f) => f.url().endsWith('/frame.html'))!;
    const inFrame = await FirefoxLayer.of(firefox.browser, page, frame);
    await page.evaluate(() => document.getElementById('frame')!.scrollIntoView({ block: 'center' }));
    const offset = (await (await frame.frameElement())!.boundingBox())!;
    const at = await frame.evaluate(() => {
      const text = document.getElementById('frame-text')!.firstChild!;
      const range = document.createRange();
      const i = text.textContent!.indexOf('RS 1008');
      range.setStart(text, i + 1);
      range.setEnd(text, i + 2);
      const r = range.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    });
    await page.mouse.move(offset.x + at.x, offset.y + at.y, { steps: 3 });
    await inFrame.waitFor('.card', 'visible');
    expect(await inFrame.text('.card')).toContain(cases[2]!.title);
    await leaveCard(inFrame);
  });

  it("opens no card for the page's own script (synthetic pointer moves and keys are not the user's), and shows it nothing of ours", async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.evaluate(() => {
      const text = document.getElementById('p-plain')!.firstChild!;
      const range = document.createRange();
      const i = text.textContent!.indexOf('RS 1001');
      range.setStart(text, i + 1);
      range.setEnd(text, i + 2);
      const r = range.getBoundingClientRect();
      const at = { clientX: r.left + r.width / 2, clientY: r.top + r.height / 2, bubbles: true, composed: true };
      for (let n = 0; n < 5; n++) document.getElementById('p-plain')!.dispatchEvent(new PointerEvent('pointermove', at));
      document.body.dispatchEvent(new KeyboardEvent('keydown', { code: 'KeyD', key: 'D', altKey: true, shiftKey: true, bubbles: true }));
    });
    await new Promise((r) => setTimeout(r, 800));
    expect(await layer.count('.card')).toBe(0);
    expect(await layer.focused()).toBeNull();
    const host = await layer.hostTag();
    expect(await page.evaluate((tag) => document.querySelector(tag)!.shadowRoot, host)).toBeNull();
  });

  it('leaves the page as it is without the extension: markup, shadow root, frame, form values, layout', async () => {
    const withoutExtension = await launchFirefox();
    try {
      const bare = await withoutExtension.newPage();
      await settled(bare);
      const a = await bare.evaluate(readIntranetPageState);
      const fresh = await firefox.newPage();
      await settled(fresh);
      const b = await fresh.evaluate(readIntranetPageState);
      // Our one addition lives outside <body>: the host of the card's shadow root, named at random.
      const host = await (await FirefoxLayer.of(firefox.browser, fresh)).hostTag();
      expect(b.htmlChildren).toEqual([...a.htmlChildren, host]);
      expect(host).not.toMatch(/protokoll|dnr/i);
      expect({ ...b, htmlChildren: [] }).toEqual({ ...a, htmlChildren: [] });
      await fresh.close();
    } finally {
      await withoutExtension.close();
    }
  });
});
