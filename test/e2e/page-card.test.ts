import { closedHostStart } from '../../harness/hover.ts';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseHistory } from '../../core/history/model.ts';
import { currentStatus } from '../../core/history/status.ts';
import { launchChromium } from '../../harness/chromium.ts';
import { ExtensionLayer } from '../../harness/extension-layer.ts';
import { launchExtensionBrowser, tabIdOf, type ExtensionBrowser } from '../../harness/extension-browser.ts';
import { feedFiles, inventedCase } from '../../harness/invented-feed.ts';
import { publishFeed, startLoopbackServer, type LoopbackServer } from '../../harness/loopback-server.ts';
import { configureFeed, openOptions } from '../../harness/options-page.ts';
import { axeViolations } from './support/axe.ts';
import { openPopup, pageReferenceRows } from './support/popup-page.ts';
import { intranetPageState } from './support/intranet-page-state.ts';

// The content script in real headless Chromium with the built extension: the test intranet page,
// a feed synced through the options page into the real IndexedDB, the pointer and the keyboard.

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');
const DIARIUM = 'https://diarium.example.se/arende?dnr={caseNumber}';
const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';

/** An invented case under one of the test page's case numbers. */
function caseAs(caseNumber: string, n: number, entries: number): CaseHistory {
  const c = inventedCase(n, entries);
  return { ...c, caseNumber };
}

const invented = caseAs('RS 1001-2024', 10, 3);
const longDecision =
  'Regionstyrelsen beslutar att godkänna uppföljningen av budgeten enligt förvaltningens förslag, att ge regiondirektören i uppdrag att återkomma med en plan för vårdplatser i hela länet före sommaren, och att uppdraget ska redovisas för arbetsutskottet varje kvartal.';
const long: CaseHistory = {
  ...invented,
  entries: invented.entries.map((e, i, all) => (i === all.length - 1 ? { ...e, decision: longDecision } : e)),
};
const cases: CaseHistory[] = [
  long,
  caseAs('HSN 1002-2024', 11, 1),
  caseAs('RS 1003-2024', 12, 2),
  caseAs('RS 1004-2024', 13, 1),
  caseAs('RS 1005-2024', 14, 2),
  caseAs('RS 1006-2024', 15, 1),
  caseAs('RS 1007-2024', 16, 1),
  caseAs('RS 1008-2024', 17, 1),
  caseAs('RS 1012-2024', 18, 1),
  {
    caseNumber: 'RS 1666-2024',
    title: `Granskning ${hostile}`,
    entries: [
      {
        ...long.entries[0]!,
        title: `Granskning ${hostile}`,
        decision: `Beslut <a href="javascript:window.__pwned=3">klicka</a>`,
        // The feed's schema refuses links that are not http(s); a hostile http(s) link is still shown as a link only.
        source: { file: 'javascript:window.__pwned=4', url: 'https://intranat.example.se/"><script>window.__pwned=5</script>' },
      },
    ],
  },
];

let server: LoopbackServer;
let browser: ExtensionBrowser;
let page: Page;
let layer: ExtensionLayer;
let frameLayer: ExtensionLayer | undefined;

/** The extension's layer of the page or of its frame, read through DevTools (the page cannot read it). */
async function layerOf(where: Page | Frame = page): Promise<ExtensionLayer> {
  if (where === page) return layer;
  frameLayer ??= await ExtensionLayer.of(page, where as Frame);
  return frameLayer;
}

/** Viewport point over the `nth` character of `text` inside `selector` (shadow roots pierced). */
async function pointOver(where: Page | Frame, selector: string, text: string, nth = 1): Promise<{ x: number; y: number }> {
  return where.evaluate(
    ([selector, text, nth]) => {
      const el =
        document.querySelector(selector as string) ??
        document.querySelector('intranet-notis')!.shadowRoot!.querySelector(selector as string)!;
      el.scrollIntoView({ block: 'center' });
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const at = n.textContent!.indexOf(text as string);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(n, at + (nth as number));
        range.setEnd(n, at + (nth as number) + 1);
        const r = range.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      }
      throw new Error(`no "${text}" in ${selector}`);
    },
    [selector, text, nth] as const,
  );
}

/** Rests the pointer on a reference and waits for its card (the frame's offset added for iframes). */
async function hoverReference(selector: string, text: string, where: Page | Frame = page, nth = 1): Promise<void> {
  const { x, y } = await pointOver(where, selector, text, nth);
  const offset = where === page ? { x: 0, y: 0 } : await page.locator('#frame').boundingBox();
  await hoverPoint(x + offset!.x, y + offset!.y, where);
}

async function hoverPoint(x: number, y: number, where: Page | Frame = page): Promise<void> {
  await page.mouse.move(5, 5);
  await layer.waitFor('.card', 'detached');
  await page.mouse.move(x, y, { steps: 3 });
  await (await layerOf(where)).waitFor('.card', 'visible');
}

async function leaveCard(): Promise<void> {
  await page.mouse.move(5, 5);
  await layer.waitFor('.card', 'detached');
}

beforeAll(async () => {
  server = await startLoopbackServer();
  server.mount('/pages/', fixtures);
  publishFeed(server, '/feed/', feedFiles(cases));
  browser = await launchExtensionBrowser();
  const options = await openOptions(browser);
  await options.getByLabel(/Länk till diariet/).fill(DIARIUM);
  await configureFeed(options, `${server.origin}/feed/manifest.json`);
  await options.close();
  page = await browser.context.newPage();
  await page.goto(`${server.origin}/pages/intranet.html`);
  layer = await ExtensionLayer.of(page);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the hover card', () => {
  it('shows the case, its status in words and its entries newest first', async () => {
    await hoverReference('#p-plain', 'RS 1001-2024');
    await expect.poll(() => layer.text('.card')).toContain(long.title);
    const text = (await layer.text('.card'))!;
    expect(text).toContain('RS 1001-2024');
    expect(text).toContain(currentStatus(long));
    expect(await layer.attribute('.card', 'role')).toBe('dialog');
    const dates = await layer.texts('.card .entry .date');
    expect(dates).toEqual(long.entries.map((e) => e.date).sort().reverse());
    const paragraphs = await layer.texts('.card .entry .paragraph');
    expect(paragraphs).toContain(`§ ${long.entries[0]!.paragraph}`);
    // Proposals say so; they never read as decisions.
    const outcomes = await layer.texts('.card .entry .outcome');
    expect(outcomes.filter((o) => o.startsWith('Förslag (inte slutligt beslut)'))).toHaveLength(
      long.entries.filter((e) => e.outcome === 'proposed').length,
    );
    expect(await layer.text('.card .reservations')).toContain('Exempelsson');
    const sources = await layer.hrefs('.card .source a');
    expect(sources).toEqual([...long.entries].reverse().map((e) => e.source.url));
    expect(await layer.text('.card .diarium a')).toBe('Öppna ärendet i diariet');
    expect(await layer.attribute('.card .diarium a', 'href')).toBe('https://diarium.example.se/arende?dnr=RS%201001-2024');
  });

  it('shortens a long decision and expands it', async () => {
    // The first entry's decision and its button (the first of each in the card).
    const full = [...long.entries].reverse()[0]!.decision;
    expect(full.length).toBeGreaterThan(180);
    expect(await layer.text('.card .entry .decision-text')).not.toBe(full);
    expect(await layer.text('.card .entry .more')).toBe('Visa hela beslutet');
    expect(await layer.attribute('.card .entry .more', 'aria-expanded')).toBe('false');
    // The pointer crosses into the card within the grace period; the card stays.
    await layer.click('.card .entry .more');
    await expect.poll(() => layer.text('.card .entry .decision-text')).toBe(full);
    expect(await layer.text('.card .entry .more')).toBe('Visa mindre');
    expect(await layer.attribute('.card .entry .more', 'aria-expanded')).toBe('true');
    await leaveCard();
  });

  it('says plainly when a case is not in the history', async () => {
    await hoverReference('#p-unknown', 'RF 9999-2024');
    expect(await layer.text('.card')).toContain('Ärendet finns inte i historiken');
    await leaveCard();
  });

  it('finds references split over <b> with a no-break space, with an en dash, in a link, in open and closed shadow roots and in a frame', async () => {
    await hoverReference('#p-split', 'HSN', page, 0);
    expect(await layer.text('.card .case-number')).toContain('HSN 1002-2024');
    await leaveCard();
    await hoverReference('#p-endash', '1003');
    expect(await layer.text('.card .case-number')).toContain('RS 1003-2024');
    await leaveCard();
    await hoverReference('#link', 'RS 1004');
    expect(await layer.text('.card .case-number')).toContain('RS 1004-2024');
    await leaveCard();
    await hoverReference('#shadow-text', 'RS 1007');
    expect(await layer.text('.card .case-number')).toContain('RS 1007-2024');
    await leaveCard();
    // The closed root's reference opens its line.
    const kalender = await closedHostStart(page, 'kalender');
    await hoverPoint(kalender.x, kalender.y);
    expect(await layer.text('.card .case-number')).toContain('RS 1012-2024');
    await leaveCard();
    const frame = page.frame({ url: /frame\.html$/ })!;
    await hoverReference('#frame-text', 'RS 1008', frame);
    expect(await (await layerOf(frame)).text('.card')).toContain(cases[7]!.title);
    await page.mouse.move(5, 5);
    await (await layerOf(frame)).waitFor('.card', 'detached');
  });

  it('finds content that arrives later and survives an island re-rendering its subtree', async () => {
    await page.waitForFunction(() => document.getElementById('island-text')?.textContent?.includes('omritningar: 5'));
    await hoverReference('#p-late', 'RS 1005');
    expect(await layer.text('.card')).toContain(cases[4]!.title);
    await leaveCard();
    await page.click('#island-button');
    await expect.poll(() => page.textContent('#island-text')).toContain('klick: 1');
    await hoverReference('#island-text', 'RS 1006');
    expect(await layer.text('.card')).toContain(cases[5]!.title);
    await leaveCard();
    await page.click('#more');
    await expect.poll(() => page.locator('#infinite li').count()).toBeGreaterThanOrEqual(15);
  });

  it('does not show when the pointer only passes over, and hides after the pointer leaves', async () => {
    const { x, y } = await pointOver(page, '#p-plain', 'RS 1001-2024');
    await page.mouse.move(x - 200, y);
    await page.mouse.move(x, y);
    await page.mouse.move(x + 200, y, { steps: 2 });
    await page.waitForTimeout(600);
    expect(await layer.count('.card')).toBe(0);
    await page.mouse.move(x, y);
    await layer.waitFor('.card', 'visible');
    await page.mouse.move(x, y - 120);
    await layer.waitFor('.card', 'detached');
  });

  it('shows a hostile feed as text and links only to http(s); nothing runs', async () => {
    await hoverReference('#p-hostile', 'RS 1666');
    expect(await layer.text('.card')).toContain(hostile);
    expect(await layer.text('.card')).toContain('Beslut <a href="javascript:window.__pwned=3">klicka</a>');
    expect(await layer.count('.card img, .card script')).toBe(0);
    const hrefs = await layer.hrefs('.card a[href]');
    for (const href of hrefs) expect(href).toMatch(/^https?:/);
    await layer.click('.card .source *', 'javascript:window.__pwned=4');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await leaveCard();
  });

  it('has no WCAG 2.1 A/AA violations that axe can find', async () => {
    await hoverReference('#p-plain', 'RS 1001-2024');
    const violations = await layer.whileReadable((host) => axeViolations(page, { include: [[host]] }));
    expect(violations).toEqual([]);
    await leaveCard();
  });
});

/** The service worker's `chrome` API, as far as these tests use it. */
interface WorkerChrome {
  tabs: {
    query(q: { url: string }): Promise<{ id?: number }[]>;
    sendMessage(tabId: number, message: unknown, options: { frameId: number }): Promise<unknown>;
  };
}
/** A request to the top frame's content script, as the popup sends it. */
const askPage = (message: object) =>
  browser.worker.evaluate(async (message) => {
    const { chrome } = globalThis as unknown as { chrome: WorkerChrome };
    const [tab] = await chrome.tabs.query({ url: '*://127.0.0.1/*/intranet.html' });
    return chrome.tabs.sendMessage(tab!.id!, message, { frameId: 0 });
  }, message);

describe('the keyboard way', () => {
  const focused = async () => (await layer.focused()) ?? `page:${await page.evaluate(() => document.activeElement?.id ?? '')}`;

  it('reaches references with Alt+Shift+D, opens the card on focus, moves with arrows, closes with Escape', async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.focus('#link');
    await page.keyboard.press('Alt+Shift+KeyD');
    expect(await focused()).toBe('Diarienummer RS 1001-2024|protokoll-dnr-card');
    await layer.waitFor('.card', 'visible');
    expect(await layer.text('.card')).toContain(long.title);
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe('Diarienummer HSN 1002-2024|protokoll-dnr-card');
    expect(await layer.text('.card .case-number')).toContain('HSN 1002-2024');
    // The focus ring covers the whole split reference, not only its <b>HSN</b>.
    const ring = (await layer.box('.focus-proxy'))!;
    const bold = (await page.locator('#p-split b').boundingBox())!;
    expect(ring.x).toBeCloseTo(bold.x, 0);
    expect(ring.width).toBeGreaterThan(bold.width * 2.5);
    await page.keyboard.press('Escape');
    await layer.waitFor('.card', 'detached');
    expect(await focused()).toBe('Diarienummer HSN 1002-2024|');
    await page.keyboard.press('Escape');
    expect(await focused()).toBe('page:link');
  });

  it('lists the page references for the popup and opens one from there', async () => {
    const reply = await askPage({ type: 'pageReferences' });
    const refs = (reply as { value: { references: { caseNumber: string; known: boolean; count: number }[] } }).value.references;
    expect(refs.map((r) => r.caseNumber).slice(0, 5)).toEqual(['RS 1001-2024', 'HSN 1002-2024', 'RS 1003-2024', 'RS 1004-2024', 'RF 9999-2024']);
    expect(refs.find((r) => r.caseNumber === 'RF 9999-2024')!.known).toBe(false);
    expect(refs.find((r) => r.caseNumber === 'RS 1001-2024')!.known).toBe(true);
    expect(await askPage({ type: 'showReference', caseNumber: 'RS 1004-2024' })).toEqual({ ok: true, value: { shown: true } });
    expect(await focused()).toBe('Diarienummer RS 1004-2024|protokoll-dnr-card');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
  });

  it("lists in the popup the references of every frame, and opens a frame's reference in its frame", async () => {
    const popup = await openPopup(browser, await tabIdOf(browser, `${server.origin}/pages/intranet.html`));
    // The frame reports after the top frame has answered: wait for its row.
    await popup.getByRole('button', { name: /^RS 1008-2024/ }).waitFor();
    const rows = await pageReferenceRows(popup);
    expect(rows.slice(0, 3)).toEqual(['RS 1001-2024', 'HSN 1002-2024', 'RS 1003-2024']);
    expect(rows).toContain('RS 1012-2024');
    expect(rows.at(-1)).toBe('RS 1008-2024');
    const frame = page.frame({ url: /frame\.html$/ })!;
    await popup.getByRole('button', { name: /^RS 1008-2024/ }).click();
    const inFrame = await layerOf(frame);
    await inFrame.waitFor('.card', 'visible');
    expect(await inFrame.text('.card')).toContain(cases[7]!.title);
    expect(await layer.count('.card')).toBe(0);
    await page.keyboard.press('Escape');
    await inFrame.waitFor('.card', 'detached');
    await page.keyboard.press('Escape');
  });
});

describe('the page with the extension', () => {
  it('is the same page as without it: markup, shadow root, frame, form values, layout', async () => {
    const snapshot = intranetPageState;
    const settle = async (p: Page) => {
      await p.waitForFunction(() => document.getElementById('island-text')?.textContent?.includes('omritningar: 5'));
      await p.waitForSelector('#p-late');
      await p.waitForTimeout(200);
    };
    const plainBrowser = await launchChromium();
    try {
      const plain = await plainBrowser.newPage({ viewport: page.viewportSize() });
      await plain.goto(`${server.origin}/pages/intranet.html`);
      await settle(plain);
      const withExtension = await browser.context.newPage();
      await withExtension.setViewportSize(page.viewportSize()!);
      await withExtension.goto(`${server.origin}/pages/intranet.html`);
      await settle(withExtension);
      const a = await snapshot(plain);
      const b = await snapshot(withExtension);
      // Our one addition lives outside <body>: a host element for the card's shadow root, named at
      // random for each page and naming nothing.
      const host = await (await ExtensionLayer.of(withExtension)).hostTag();
      expect(b.htmlChildren).toEqual([...a.htmlChildren, host]);
      expect(host).not.toMatch(/protokoll|dnr/i);
      expect(host).not.toBe(await layer.hostTag());
      expect({ ...b, htmlChildren: [] }).toEqual({ ...a, htmlChildren: [] });

      // Typing in the page's fields and editable region works as before and is not scanned.
      await withExtension.fill('#field-input', 'RS 1011-2024');
      expect(await withExtension.inputValue('#field-input')).toBe('RS 1011-2024');
      await withExtension.click('#editor b');
      await withExtension.keyboard.type('X');
      expect(await withExtension.innerHTML('#editor')).toMatch(/^<p>Utkast: <b>RS [^<]*X[^<]*<\/b> ska till regionstyrelsen\.<\/p>$/);
      await withExtension.click('#island-button');
      await expect.poll(() => withExtension.textContent('#island-text')).toContain('klick: 1');
      await withExtension.close();
    } finally {
      await plainBrowser.close();
    }
  });
});
