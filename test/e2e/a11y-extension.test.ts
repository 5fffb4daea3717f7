import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExtensionLayer } from '../../harness/extension-layer.ts';
import { hoverCaseNumber } from '../../harness/hover.ts';
import { projectRoot } from '../support/shared.ts';
import { launchExtensionBrowser, tabIdOf, type ExtensionBrowser } from '../../harness/extension-browser.ts';
import { startLoopbackServer, type LoopbackServer } from '../../harness/loopback-server.ts';
import { configureFeed, openOptions } from '../../harness/options-page.ts';
import { axeViolations as violations } from './support/axe.ts';
import { openPopup, pageReferenceRows, searchPopup } from './support/popup-page.ts';

// WCAG 2.1 A and AA (what Swedish public-sector services must meet), checked by axe-core on every
// surface of the extension as `npm start` shows them: the demo intranet page with the references
// marked, the hover card in its shadow root, the popup and the options page, against the feed
// `protokoll index` builds from the example protocols.

/** axe over the hover card, in the layer's closed shadow root. */
const cardViolations = () => layer.whileReadable((host) => violations(page, { include: { fromShadowDom: [host, '.card'] } }));

let server: LoopbackServer;
let browser: ExtensionBrowser;
let feedDir: string;
let page: Page;
let layer: ExtensionLayer;

beforeAll(async () => {
  server = await startLoopbackServer();
  feedDir = await mkdtemp(path.join(tmpdir(), 'protokoll-a11y-feed-'));
  await promisify(execFile)(process.execPath, [
    path.join(projectRoot, 'bin/protokoll.js'), 'index', path.join(projectRoot, 'examples/protocols'),
    '--out', feedDir, '--base-url', `${server.origin}/protokoll/`,
  ]);
  server.mount('/feed/', feedDir);
  server.mount('/protokoll/', path.join(projectRoot, 'examples/protocols'));
  server.mount('/', path.join(projectRoot, 'demo'));
  browser = await launchExtensionBrowser();
  const options = await openOptions(browser);
  await configureFeed(options, `${server.origin}/feed/manifest.json`);
  await options.close();
  page = await browser.context.newPage();
  await page.setViewportSize({ width: 1100, height: 900 });
  await page.goto(`${server.origin}/index.html`);
  layer = await ExtensionLayer.of(page);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (feedDir) await rm(feedDir, { recursive: true, force: true });
});

describe('accessibility (axe-core, WCAG 2.1 AA) of the extension over the demo', () => {
  it('the demo page with the references marked', async () => {
    await expect.poll(() => layer.evaluate((root) => root.childElementCount)).toBeGreaterThan(0);
    expect(await violations(page)).toEqual([]);
  });

  it('the hover card of a case decided after a proposal, with a vote and a reservation', async () => {
    await hoverCaseNumber(page, layer, 'RS 412-2025');
    await expect.poll(() => layer.text('.card')).toContain('Taxa för sjukresor 2025-2026');
    expect(await layer.count('.card .entry')).toBe(2);
    expect(await cardViolations()).toEqual([]);
  });

  it('the hover card of a case the history does not have', async () => {
    await hoverCaseNumber(page, layer, 'RS 305-2025');
    await expect.poll(() => layer.text('.card')).toContain('finns inte i historiken');
    expect(await cardViolations()).toEqual([]);
  });

  it('the popup listing the page\'s references, and with search results', async () => {
    const popup = await openPopup(browser, await tabIdOf(browser, `${server.origin}/index.html`));
    expect(await pageReferenceRows(popup)).toContain('RS 412-2025');
    expect(await violations(popup)).toEqual([]);
    await searchPopup(popup, 'reservkraft');
    expect(await violations(popup)).toEqual([]);
    await searchPopup(popup, 'XYZ 1-2000');
    expect(await violations(popup)).toEqual([]);
    await popup.close();
  });

  it('the options page after a sync and with a refused value', async () => {
    const options = await openOptions(browser);
    await expect.poll(async () => options.getByTestId('case-count').textContent()).toMatch(/\d/);
    expect(await violations(options)).toEqual([]);
    await options.getByLabel(/Synkronisera automatiskt/).fill('5');
    await options.getByRole('button', { name: 'Spara' }).click();
    await options.getByText('minst 15 minuter').first().waitFor();
    expect(await violations(options)).toEqual([]);
    await options.close();
  });
});
