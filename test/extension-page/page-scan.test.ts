import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../harness/chromium.ts';
import { startLoopbackServer, type LoopbackServer } from '../../harness/loopback-server.ts';
import { scanBundle } from '../../harness/scan-bundle.ts';
import { intranetPageState } from '../e2e/support/intranet-page-state.ts';

// The content script's scanning and observing, run on the test intranet page in real Chromium.
const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), '../e2e/fixtures');

let browser: Browser;
let server: LoopbackServer;
let bundle: string;

beforeAll(async () => {
  [browser, server, bundle] = await Promise.all([launchChromium(), startLoopbackServer({ mounts: { '/': fixtures } }), scanBundle()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Waits until the page's own timers are done (late content at 600 ms, island at 1.25 s). */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => document.getElementById('island-text')?.textContent?.includes('omritningar: 5'));
  await page.waitForSelector('#p-late');
}

async function openScanned(): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(`${server.origin}/intranet.html`);
  // Evaluated, not added as a <script>, so that the page's DOM is exactly the page's own.
  await page.evaluate(bundle);
  await page.evaluate(() => {
    const w = window as unknown as { scanned: unknown; protokollScan: { start(): { firstPass: Promise<void> } } };
    const scanned = w.protokollScan.start();
    w.scanned = scanned;
    return scanned.firstPass;
  });
  return page;
}

/** Each reference as "canonical|text the range covers", in page order. */
function references(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const w = window as unknown as {
      scanned: { registry: { inOrder(): { canonical: string; range: StaticRange; nodes: Text[] }[] } };
      protokollScan: { liveRange(ref: unknown): Range };
    };
    return w.scanned.registry.inOrder().map((r) => `${r.canonical}|${w.protokollScan.liveRange(r).toString()}`);
  });
}

describe('scanning the test intranet page', () => {
  it('finds plain, split, nbsp, en-dash, linked, late, re-rendered and shadow-root references, and nothing else', async () => {
    const page = await openScanned();
    await settled(page);
    await page.waitForTimeout(100);
    const found = await references(page);
    const canonical = found.map((f) => f.split('|')[0]);
    expect(found).toContain('RS 1001-2024|RS 1001-2024');
    expect(found).toContain('HSN 1002-2024|HSN\u00a01002-2024');
    expect(found).toContain('RS 1003-2024|RS 1003\u20132024');
    expect(found).toContain('RS 1004-2024|RS 1004-2024');
    expect(found).toContain('RS 1005-2024|RS 1005-2024');
    expect(found).toContain('RS 1007-2024|RS 1007-2024');
    expect(found).toContain('RUN 2001-2025|RUN 2001-2025');
    // The island replaced its subtree five times: one live reference, not six stale ones.
    expect(canonical.filter((c) => c === 'RS 1006-2024')).toHaveLength(1);
    // Form fields and the editable region are not searched; look-alikes are not references.
    for (const absent of ['RS 1009-2024', 'RS 1010-2024', 'RS 1834-2023', 'RS 232']) expect(canonical).not.toContain(absent);
    expect(canonical.filter((c) => c === 'RS 1001-2024')).toHaveLength(1);
    expect(canonical.every((c) => /^(RS|HSN|RF|RUN) \d+-20\d\d$/.test(c!))).toBe(true);
    await page.close();
  });

  it('picks up content added later where it lands, and forgets content that is removed', async () => {
    const page = await openScanned();
    await settled(page);
    const before = (await references(page)).filter((f) => f.startsWith('RUN ')).length;
    await page.click('#more');
    // Clicking scrolls the list's sentinel into view, which may add more items: every item counts.
    const items = () => page.locator('#infinite li').count();
    await expect.poll(items).toBeGreaterThanOrEqual(before + 10);
    await expect
      .poll(async () => (await references(page)).filter((f) => f.startsWith('RUN ')).length === (await items()))
      .toBe(true);
    await page.evaluate(() => document.getElementById('p-plain')!.remove());
    await expect.poll(async () => (await references(page)).some((f) => f.startsWith('RS 1001-2024'))).toBe(false);
    await page.evaluate(() => {
      document.getElementById('p-endash')!.firstChild!.textContent = 'Ändrat till RS 1123-2024 i dag.';
    });
    await expect.poll(async () => (await references(page)).some((f) => f.startsWith('RS 1123-2024'))).toBe(true);
    expect((await references(page)).some((f) => f.startsWith('RS 1003-2024'))).toBe(false);
    await page.close();
  });

  it('hit-tests a reference under the pointer, also one split over <b> and one in a shadow root', async () => {
    const page = await openScanned();
    await settled(page);
    const hit = (selector: string, text: string) =>
      page.evaluate(
        ([selector, text]) => {
          const w = window as unknown as {
            scanned: { registry: unknown; shadowRoots: ShadowRoot[] };
            protokollScan: { referenceAtPoint(...a: unknown[]): { canonical: string } | null };
          };
          const el =
            document.querySelector(selector!) ?? document.querySelector('intranet-notis')!.shadowRoot!.querySelector(selector!)!;
          el.scrollIntoView({ block: 'center' });
          const node = [...el.childNodes].find((n) => n.textContent!.includes(text!))!;
          const range = document.createRange();
          const at = node.textContent!.indexOf(text!);
          const textNode = node.nodeType === Node.TEXT_NODE ? node : node.firstChild!;
          range.setStart(textNode, at + 1);
          range.setEnd(textNode, at + 2);
          const r = range.getBoundingClientRect();
          const inside = w.protokollScan.referenceAtPoint(document, r.left + 1, r.top + r.height / 2, w.scanned.registry, w.scanned.shadowRoots);
          const beside = w.protokollScan.referenceAtPoint(document, r.left - 80, r.top + r.height / 2, w.scanned.registry, w.scanned.shadowRoots);
          return [inside?.canonical ?? null, beside?.canonical ?? null];
        },
        [selector, text],
      );
    expect(await hit('#p-plain', '1001')).toEqual(['RS 1001-2024', null]);
    expect(await hit('#p-split', 'HSN')).toEqual(['HSN 1002-2024', null]);
    expect(await hit('#shadow-text', '1007')).toEqual(['RS 1007-2024', null]);
    await page.close();
  });
});

describe('a page that changes while the first pass runs', () => {
  it('finds every reference, also after text was inserted ahead of the walk between slices', async () => {
    const page = await browser.newPage();
    const paragraphs = 12000;
    await page.setContent(
      `<main>${Array.from({ length: paragraphs }, (_, i) => `<p>Punkt ${i}: beslut i <b>ärendet</b> RS ${1000 + i}-2024 fattades.</p>`).join('')}</main>`,
    );
    await page.evaluate(bundle);
    const result = await page.evaluate(async () => {
      const w = window as unknown as { protokollScan: { start(): { firstPass: Promise<void>; registry: { canonicalNumbers(): string[] } } } };
      const scanned = w.protokollScan.start();
      let done = false;
      let inserted = 0;
      // Between slices, new text lands ahead of the walk, moving every later reference's offset in the page's text.
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        if (done) return;
        const ahead = document.querySelectorAll('main > p')[document.querySelectorAll('main > p').length - 200]!;
        ahead.before(Object.assign(document.createElement('p'), { textContent: 'En ny rad utan ärendenummer.' }));
        inserted++;
        channel.port2.postMessage(null);
      };
      channel.port2.postMessage(null);
      await scanned.firstPass;
      done = true;
      return { inserted, found: scanned.registry.canonicalNumbers().length };
    });
    expect(result.inserted).toBeGreaterThan(1);
    expect(result.found).toBe(paragraphs);
    await page.close();
  });
});

describe('a long page', () => {
  const paragraphs = 6000;
  const longPage = `<main>${Array.from({ length: paragraphs }, (_, i) => `<p>Punkt ${i}: beslut i <b>RS</b>&nbsp;${1000 + i}-2024 fattades.</p>`).join('')}</main>`;

  /** After `visible`: the references whose text is in the viewport, those found, and whether they are painted; after `firstPass`: how many. */
  async function scanFrom(scrollTo: number, header = '') {
    const page = await browser.newPage();
    await page.setContent(header + longPage);
    await page.evaluate((y) => window.scrollTo(0, y), scrollTo);
    await page.evaluate(bundle);
    const result = await page.evaluate(async () => {
      const w = window as unknown as {
        protokollScan: {
          start(): { visible: Promise<void>; firstPass: Promise<void>; registry: { canonicalNumbers(): string[] } };
          highlightName: string;
        };
      };
      const scanned = w.protokollScan.start();
      await scanned.visible;
      const found = scanned.registry.canonicalNumbers();
      // Text a pinned header covers is not in view.
      const covered = document.querySelector('header')?.getBoundingClientRect().bottom ?? 0;
      const inView = [...document.querySelectorAll('p')]
        .filter((p) => {
          const r = p.getBoundingClientRect();
          return r.bottom > covered && r.top < innerHeight;
        })
        .map((p) => p.textContent!.match(/RS\s(\d+-2024)/)![1]!)
        .map((n) => `RS ${n}`);
      await new Promise((r) => requestAnimationFrame(r));
      const painted = CSS.highlights.get(w.protokollScan.highlightName)!.size;
      await scanned.firstPass;
      return { inView, foundInView: inView.filter((c) => found.includes(c)), foundFirst: found.length, painted, all: scanned.registry.canonicalNumbers().length };
    });
    await page.close();
    return result;
  }

  it('marks the references in view first, then finds the rest', async () => {
    const top = await scanFrom(0);
    expect(top.inView.length).toBeGreaterThan(5);
    expect(top.foundInView).toEqual(top.inView);
    expect(top.painted).toBeGreaterThanOrEqual(top.inView.length);
    expect(top.foundFirst).toBeLessThan(paragraphs / 10);
    expect(top.all).toBe(paragraphs);
  });

  it('starts from where a scrolled page stands', async () => {
    const middle = await scanFrom(60000);
    expect(middle.inView[0]).not.toBe('RS 1000-2024');
    expect(middle.foundInView).toEqual(middle.inView);
    expect(middle.foundFirst).toBeLessThan(paragraphs / 10);
    expect(middle.all).toBe(paragraphs);
  });

  it.each(['fixed', 'sticky'])('starts below a %s header, not at the header first in the document', async (position) => {
    const header = `<header style="position: ${position}; top: 0; left: 0; right: 0; height: 120px; background: #fff">Intranätet · Nyheter · Sök</header>`;
    const middle = await scanFrom(60000, header);
    expect(middle.foundInView).toEqual(middle.inView);
    expect(middle.foundFirst).toBeLessThan(paragraphs / 10);
    expect(middle.all).toBe(paragraphs);
  });
});

describe('the page is unchanged by scanning', () => {
  it('keeps markup, form values, editable markup, layout and the island working', async () => {
    const snapshot = intranetPageState;
    const plain = await browser.newPage();
    await plain.goto(`${server.origin}/intranet.html`);
    await settled(plain);
    const scanned = await openScanned();
    await settled(scanned);
    await scanned.waitForTimeout(100);
    expect(await snapshot(scanned)).toEqual(await snapshot(plain));

    await scanned.click('#island-button');
    await scanned.click('#island-button');
    await expect.poll(() => scanned.textContent('#island-text')).toContain('klick: 2');
    await scanned.fill('#field-input', 'RS 1011-2024 ändrad');
    await scanned.click('#editor b');
    await scanned.keyboard.press('End');
    await scanned.keyboard.type(' och RS 1012-2024');
    expect(await scanned.inputValue('#field-input')).toBe('RS 1011-2024 ändrad');
    expect(await scanned.innerHTML('#editor')).toBe('<p>Utkast: <b>RS 1010-2024</b> ska till regionstyrelsen. och RS 1012-2024</p>');
    const canonical = (await references(scanned)).map((f) => f.split('|')[0]);
    expect(canonical).not.toContain('RS 1012-2024');
    expect(canonical.filter((c) => c === 'RS 1006-2024')).toHaveLength(1);
    await plain.close();
    await scanned.close();
  });
});
