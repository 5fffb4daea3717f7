import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseHistory } from '../../core/history/model.ts';
import { buildOrganisationPackage } from '../../harness/builds.ts';
import { ExtensionLayer } from '../../harness/extension-layer.ts';
import { launchExtensionBrowser, type ExtensionBrowser } from '../../harness/extension-browser.ts';
import { feedFiles, inventedCase } from '../../harness/invented-feed.ts';
import { publishFeed, startLoopbackServer, type LoopbackServer } from '../../harness/loopback-server.ts';
import { openOptions, shownCounts } from '../../harness/options-page.ts';

// A hostile page on a site the extension is enabled for, with the production package an
// organisation ships (its intranet host built in; mapped to 127.0.0.1 inside Chromium only). The
// page places case numbers, fakes the user's pointer and keys, and reads everything a page can
// read: it must get no history (nor whether a case is in it) and nothing naming the extension.
// What the extension did is read through DevTools (ExtensionLayer), never through the page.

const HOST = 'intranat.test';
const known: CaseHistory[] = [
  { ...inventedCase(2001, 2), caseNumber: 'RS 1001-2024', title: 'Hemlig plan för vårdplatser i länet' },
  { ...inventedCase(2002, 1), caseNumber: 'HSN 1002-2024', title: 'Hemlig upphandling av primärvård' },
];
const UNKNOWN = 'RF 9999-2024';

/** The hostile page: case numbers of its choosing, and a listener for every message posted to it from the start. */
const HOSTILE_PAGE = `<!doctype html>
<html lang="sv"><head><meta charset="utf-8"><title>Nyheter</title>
<script>
  window.__messages = [];
  addEventListener('message', (e) => window.__messages.push(JSON.stringify(e.data) ?? String(e.data)), true);
</script></head>
<body style="font: 16px sans-serif; margin: 40px">
  <p id="a">Ärende RS 1001-2024 behandlas i dag.</p>
  <p id="b">Se även HSN 1002-2024 om primärvården.</p>
  <p id="c">Och ${UNKNOWN} som ingen har hört talas om.</p>
</body></html>`;

/** Everything the page's own scripts can find out, after faking the user's pointer and keys over its case numbers. */
interface Loot {
  /** Every string the page could gather: markup, open shadow roots, highlights, style sheets, timings, messages, focus. */
  everything: string;
  highlightNames: string[];
  oldHighlight: boolean;
  messages: string[];
}

/** Runs in the page, with exactly the page's powers. */
function plunder(fake: boolean): Promise<Loot> {
  return (async (fake: boolean) => {
    const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
    if (fake) {
      for (const id of ['a', 'b', 'c']) {
        const text = document.getElementById(id)!.firstChild!;
        const range = document.createRange();
        range.setStart(text, 8);
        range.setEnd(text, 9);
        const r = range.getBoundingClientRect();
        for (let i = 0; i < 5; i++) {
          const init = { clientX: r.left + r.width / 2 + i, clientY: r.top + r.height / 2, bubbles: true, composed: true, pointerType: 'mouse' };
          document.elementFromPoint(init.clientX, init.clientY)?.dispatchEvent(new PointerEvent('pointermove', init));
          window.dispatchEvent(new PointerEvent('pointermove', init));
          await new Promise((f) => requestAnimationFrame(f));
        }
        await sleep(700);
      }
      // The keyboard way: Alt+Shift+D, then arrows and Enter, to the document, the window and every element of <html>.
      const keys = [
        { key: 'D', code: 'KeyD', altKey: true, shiftKey: true },
        { key: 'ArrowDown', code: 'ArrowDown' },
        { key: 'Enter', code: 'Enter' },
      ];
      for (const key of keys) {
        for (const target of [document, window, ...document.documentElement.children]) {
          target.dispatchEvent(new KeyboardEvent('keydown', { ...key, bubbles: true, composed: true, cancelable: true }));
        }
        await sleep(300);
      }
      for (const el of document.documentElement.children) (el as HTMLElement).focus?.();
      await sleep(500);
    }

    const parts: string[] = [document.documentElement.outerHTML, document.documentElement.innerText];
    const walk = (root: Document | ShadowRoot) => {
      for (const el of root.querySelectorAll('*')) {
        parts.push(el.localName, ...el.getAttributeNames());
        if (el.shadowRoot) {
          parts.push(el.shadowRoot.innerHTML);
          walk(el.shadowRoot);
        }
      }
    };
    walk(document);
    const highlightNames = [...CSS.highlights.keys()];
    for (const [name, highlight] of CSS.highlights) {
      parts.push(name);
      for (const range of highlight) {
        const live = document.createRange();
        live.setStart(range.startContainer, range.startOffset);
        live.setEnd(range.endContainer, range.endOffset);
        parts.push(live.toString());
      }
    }
    for (const sheet of [...document.adoptedStyleSheets, ...document.styleSheets]) for (const rule of sheet.cssRules) parts.push(rule.cssText);
    parts.push(...performance.getEntries().map((e) => e.name));
    const active = document.activeElement;
    parts.push(active?.localName ?? '', active?.shadowRoot?.innerHTML ?? '');
    const messages = (window as unknown as { __messages: string[] }).__messages;
    parts.push(...messages);
    return { everything: parts.join('\n'), highlightNames, oldHighlight: CSS.highlights.has('protokoll-dnr'), messages };
  })(fake);
}

let server: LoopbackServer;
let browser: ExtensionBrowser;
let work: string;
let page: Page;
let layer: ExtensionLayer;

beforeAll(async () => {
  server = await startLoopbackServer();
  publishFeed(server, '/feed/', feedFiles(known));
  server.put('/nyheter.html', HOSTILE_PAGE);
  const port = new URL(server.origin).port;
  work = mkdtempSync(path.join(tmpdir(), 'protokoll-hostile-'));
  const defaults = path.join(work, 'org.json');
  writeFileSync(defaults, JSON.stringify({ feedUrl: `http://${HOST}:${port}/feed/manifest.json`, sites: [`http://${HOST}/*`] }));
  browser = await launchExtensionBrowser({
    dir: await buildOrganisationPackage(defaults, path.join(work, 'output')),
    args: [`--host-resolver-rules=MAP ${HOST} 127.0.0.1`],
  });
  // Synced on install from the built-in feed.
  const options = await openOptions(browser);
  for (let tries = 0; (await shownCounts(options)).cases !== known.length; tries++) {
    if (tries > 300) throw new Error('the built-in feed was not synced');
    await options.waitForTimeout(100);
  }
  await options.close();
  page = await browser.context.newPage();
  await page.goto(`http://${HOST}:${port}/nyheter.html`);
  layer = await ExtensionLayer.of(page);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

/** What the page must never have: a history's words, whether a case is in it, the extension's id or name. */
function expectNothingOfOurs(loot: Loot): void {
  for (const c of known) expect(loot.everything).not.toContain(c.title);
  expect(loot.everything).not.toMatch(/finns inte i historiken|Hämtar historik|Status:|Behandlingar/);
  expect(loot.everything).not.toContain(browser.extensionId);
  expect(loot.everything).not.toMatch(/protokoll|chrome-extension:/i);
  expect(loot.oldHighlight).toBe(false);
  expect(loot.messages).toEqual([]);
}

describe('a hostile page on an enabled site, with the production package', () => {
  it('runs in a package that has no loopback host', async () => {
    const manifest = await browser.worker.evaluate(() => (globalThis as unknown as { chrome: { runtime: { getManifest(): object } } }).chrome.runtime.getManifest());
    expect(JSON.stringify(manifest)).not.toMatch(/localhost|127\.0\.0\.1/);
  });

  it('cannot open a card with a fake pointer or fake keys, and reads nothing of ours', async () => {
    const loot = await page.evaluate(plunder, true);
    // The extension did not react: no card, no focus ring (read through DevTools).
    expect(await layer.count('.card')).toBe(0);
    expect(await layer.count('.focus-proxy')).toBe(0);
    expectNothingOfOurs(loot);
    // The references are marked, under a name that tells nothing.
    expect(loot.highlightNames).toHaveLength(1);
  });

  it('cannot read the card the user opens, known case or not', async () => {
    for (const [id, expected] of [['a', known[0]!.title], ['c', 'Ärendet finns inte i historiken']] as const) {
      const box = (await page.locator(`#${id}`).boundingBox())!;
      await page.mouse.move(2, 2);
      await layer.waitFor('.card', 'detached');
      await page.mouse.move(box.x + 90, box.y + box.height / 2, { steps: 3 });
      await layer.waitFor('.card', 'visible');
      expect(await layer.text('.card')).toContain(expected);
      expectNothingOfOurs(await page.evaluate(plunder, false));
    }
    await page.mouse.move(2, 2);
    await layer.waitFor('.card', 'detached');
  });

  it('cannot read the card the user opens with the keyboard', async () => {
    await page.keyboard.press('Alt+Shift+KeyD');
    await layer.waitFor('.card', 'visible');
    expect(await layer.focused()).toMatch(/^Diarienummer RS 1001-2024\|/);
    expect(await layer.text('.card')).toContain(known[0]!.title);
    expectNothingOfOurs(await page.evaluate(plunder, false));
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await layer.waitFor('.card', 'detached');
  });
});
