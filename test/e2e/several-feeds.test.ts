import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseHistory } from '../../core/history/model.ts';
import { launchExtensionBrowser, type ExtensionBrowser } from '../../harness/extension-browser.ts';
import { ExtensionLayer } from '../../harness/extension-layer.ts';
import { hoverCaseNumber } from '../../harness/hover.ts';
import { feedFiles, inventedCase } from '../../harness/invented-feed.ts';
import { publishFeed, startLoopbackServer, type LoopbackServer } from '../../harness/loopback-server.ts';
import { openOptions, syncNow } from '../../harness/options-page.ts';
import { axeViolations } from './support/axe.ts';
import { openPopup } from './support/popup-page.ts';

// Several feeds in real headless Chromium with the built extension: an invented region's feed on
// 127.0.0.1 and an invented municipality's on localhost (two hosts, two servers), each with the
// case-number shape it learned from its own protocols. A page citing both shapes shows each case's
// card with the organisation of every entry; a case in both feeds shows both organisations' entries.
// When the municipality's server fails, its last good data stays and the region's still updates.

const REGION = 'Region Exempelland';
const KOMMUN = 'Exempelby kommun';
const REGION_CASE = 'RS 1001-2024';
const KOMMUN_CASE = 'KS-2024-00105';
/** A municipality's case the region also decided on. */
const SHARED = 'KS-2024-00012';

const caseAs = (caseNumber: string, n: number, entries: number): CaseHistory => ({ ...inventedCase(n, entries), caseNumber });
const regionCases = [caseAs(REGION_CASE, 10, 2), caseAs('RS 1002-2024', 11, 1), caseAs(SHARED, 900, 2)];
const kommunCases = [
  caseAs(KOMMUN_CASE, 20, 1),
  caseAs('KS-2024-00106', 21, 1),
  { ...caseAs(SHARED, 901, 1), entries: inventedCase(901, 1).entries.map((e) => ({ ...e, body: 'Kommunstyrelsen', date: '2015-01-20' })) },
];
const regionFeed = (cases: CaseHistory[]) => feedFiles(cases, 16, undefined, { organisation: REGION, caseNumberFormats: ['prefix-number-year'] });
const kommunFeed = (cases: CaseHistory[]) => feedFiles(cases, 16, undefined, { organisation: KOMMUN, caseNumberFormats: ['{prefix:KS}-{year}-{serial:5}'] });

const PAGE = `<!doctype html>
<html lang="sv"><head><meta charset="utf-8"><title>Samverkan</title></head>
<body><main>
<h1>Samverkan mellan regionen och kommunen</h1>
<p>Regionstyrelsen behandlade ${REGION_CASE} i mars.</p>
<p>Kommunstyrelsen behandlade ${KOMMUN_CASE} i april.</p>
<p>Färdtjänsten, ${SHARED}, har behandlats av båda.</p>
</main></body></html>`;

let region: LoopbackServer;
let kommun: LoopbackServer;
let browser: ExtensionBrowser;
let options: Page;
let page: Page;

const organisations = (layer: ExtensionLayer) => layer.texts('.card .entry .organisation');

async function openPage(): Promise<ExtensionLayer> {
  page ??= await browser.context.newPage();
  await page.goto(`${region.origin}/intranat/samverkan.html`);
  return ExtensionLayer.of(page);
}

beforeAll(async () => {
  [region, kommun] = await Promise.all([startLoopbackServer(), startLoopbackServer()]);
  publishFeed(region, '/historik/', regionFeed(regionCases));
  publishFeed(kommun, '/historik/', kommunFeed(kommunCases));
  region.put('/intranat/samverkan.html', PAGE);
  browser = await launchExtensionBrowser();
  options = await openOptions(browser);
});
afterAll(async () => {
  await browser?.close();
  await Promise.all([region?.close(), kommun?.close()]);
});

describe('the extension with a feed per organisation', () => {
  it('syncs both feeds, set on the options page, and shows each one’s status', async () => {
    await options.getByLabel(/^Historikflöde/).fill(`${region.origin}/historik/`);
    await options.getByLabel(/Fler historikflöden/).fill(`http://localhost:${kommun.port}/historik/`);
    await syncNow(options);
    expect(await options.getByTestId('sync-error').count()).toBe(0);
    const lines = await options.getByTestId('feed-status').allTextContents();
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(new RegExp(`^${REGION}: 3 ärenden, 5 beslut`));
    expect(lines[1]).toMatch(new RegExp(`^${KOMMUN}: 3 ärenden, 3 beslut`));
  });

  it('finds both shapes on a page and shows each card with the organisation of its entries', async () => {
    const layer = await openPage();
    await hoverCaseNumber(page, layer, REGION_CASE);
    await expect.poll(() => organisations(layer)).toEqual([`Organisation: ${REGION}`, `Organisation: ${REGION}`]);

    await hoverCaseNumber(page, layer, KOMMUN_CASE);
    await expect.poll(() => organisations(layer)).toEqual([`Organisation: ${KOMMUN}`]);

    // Newest first, the two feeds' entries interleaved by date.
    await hoverCaseNumber(page, layer, SHARED);
    await expect.poll(() => organisations(layer)).toEqual([`Organisation: ${REGION}`, `Organisation: ${KOMMUN}`, `Organisation: ${REGION}`]);
    expect((await layer.texts('.card .entry .entry-head')).map((h) => h.replace(/\s+/g, ' ').trim())).toEqual([
      expect.stringMatching(/^Regionstyrelsen 2015-02-08/),
      expect.stringMatching(/^Kommunstyrelsen 2015-01-20/),
      expect.stringMatching(/^Regionstyrelsens arbetsutskott 2015-01-01/),
    ]);
  });

  it('keeps a failing feed’s last good data while the other still updates, and says which failed', async () => {
    kommun.fault('/historik/manifest.json', { kind: 'status', status: 500 });
    publishFeed(region, '/historik/', regionFeed(regionCases.map((c) => (c.caseNumber === REGION_CASE ? { ...c, title: 'Ny rubrik om vårdplatser i Sorsele' } : c))));
    await syncNow(options);

    await expect.poll(() => options.getByTestId('sync-error').textContent()).toMatch(new RegExp(`${KOMMUN}: Manifestet.*HTTP 500.*Tidigare hämtad historik används`));
    const [regionLine, kommunLine] = await options.getByTestId('feed-status').allTextContents();
    expect(regionLine).not.toContain('Misslyckades');
    expect(kommunLine).toMatch(/^Exempelby kommun: 3 ärenden, 3 beslut.*Misslyckades .*HTTP 500/);
    expect(await axeViolations(options)).toEqual([]);
    const popup = await openPopup(browser);
    expect(await popup.getByTestId('feed-error').textContent()).toMatch(/HTTP 500/);
    expect(await axeViolations(popup)).toEqual([]);
    await popup.close();

    const layer = await openPage();
    await hoverCaseNumber(page, layer, REGION_CASE);
    await expect.poll(() => layer.text('.card .case-title')).toBe('Ny rubrik om vårdplatser i Sorsele');
    await hoverCaseNumber(page, layer, KOMMUN_CASE);
    await expect.poll(() => organisations(layer)).toEqual([`Organisation: ${KOMMUN}`]);
    expect(await layer.text('.card .case-title')).toBe(kommunCases[0]!.title);
    kommun.fault('/historik/manifest.json', null);
  });
});
