import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'acorn';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../harness/chromium.ts';
import { startLoopbackServer, type LoopbackServer } from '../../harness/loopback-server.ts';
import { projectRoot } from '../support/shared.ts';
import { openOfficePage } from './support/office-page.ts';
import { buildAddin, poll } from './support/taskpane-page.ts';

// Word 2019 and older run task panes in Internet Explorer 11 or EdgeHTML, which cannot run the
// pane's ES2022 modules. The start script in taskpane.html must itself run there (ES5) and say so
// in Swedish instead of leaving the pane blank.

/** The page's classic inline scripts: what an old webview runs before any module. */
const startScripts = (html: string) =>
  [...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*type="module")[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);

let built: { dir: string; remove(): Promise<void> };
let server: LoopbackServer;
let browser: Browser;

beforeAll(async () => {
  built = await buildAddin();
  server = await startLoopbackServer();
  server.mount('/', built.dir);
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await built?.remove();
});

const openPane = (blockModule: boolean) => openOfficePage(browser, server.origin, { blockModule });

describe('the start script for webviews that cannot run the pane', () => {
  it('is ES5, in the source and in the built page', async () => {
    for (const html of [await readFile(path.join(projectRoot, 'word-addin/taskpane.html'), 'utf8'), await readFile(path.join(built.dir, 'taskpane.html'), 'utf8')]) {
      const scripts = startScripts(html);
      expect(scripts).toHaveLength(1);
      for (const code of scripts) expect(() => parse(code, { ecmaVersion: 5, sourceType: 'script' })).not.toThrow();
      expect(html).toContain('content="IE=edge"');
    }
  });

  it('stays hidden when the pane runs', async () => {
    const page = await openPane(false);
    await page.locator('#app').getByText('Tillägget fungerar i Word').waitFor();
    await page.waitForLoadState('load');
    expect(await page.locator('#unsupported').isVisible()).toBe(false);
    await page.close();
  });

  it('says in Swedish which Word works and what to do when the module cannot run', async () => {
    const page = await openPane(true);
    await page.waitForLoadState('load');
    const message = page.getByRole('alert');
    await poll(() => message.isVisible()).toBe(true);
    const text = await message.innerText();
    expect(text).toContain('kan inte köras i den här versionen av Word');
    expect(text).toContain('Microsoft 365');
    expect(text).toContain('Office 2021');
    expect(text).toContain('WebView2');
    expect(text).toContain('Gör så här');
    await page.close();
  });
});
