import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../cli/project-paths.ts';
import { findCaseNumbers } from '../../core/casenumber/index.ts';
import { DEFAULT_CASE_NUMBER_CONFIG } from '../../core/casenumber/config.ts';
import { launchExtensionBrowser, tabIdOf, type ExtensionBrowser } from '../../harness/extension-browser.ts';
import { ExtensionLayer } from '../../harness/extension-layer.ts';
import { hoverCaseNumber } from '../../harness/hover.ts';
import { startLoopbackServer, type LoopbackServer } from '../../harness/loopback-server.ts';
import { pointAtFeed } from '../../harness/options-page.ts';
import { openPopup, pageReferenceRows } from './support/popup-page.ts';

// Issue 11 end to end: `protokoll index` learns the case-number shape of an invented municipality
// (Ljungsby-Fjäll kommun, `Dnr SBN-2024-00417`) from its labelled numbers and publishes it in the
// manifest; the built extension in real Chromium, with no format set by anyone, then finds that
// shape unlabelled in an intranet page's running text and shows the case's history on hover.
// A format of the user's own on the options page wins over the feed's.

const KNOWN = 'SBN-2024-00417';
const UNKNOWN = 'SBN-2024-00999';
/** A number in the shape of the user's own format below, which neither the feed's formats nor the default find. */
const OWN_SHAPE = 'KS 2024/12';
const NOT_IN_HISTORY = ' – finns inte i historiken';

const PROTOCOLS: Record<string, string> = {
  'sbn-2024-03-12.txt': `Protokoll

Samhällsbyggnadsnämnden 2024-03-12

Tid: 09.00-11.30
Plats: Kommunhuset i Ljungsby-Fjäll, sal Tranan

Beslutande: Greta Holm (S), ordförande, Olof Lindkvist (M), Maja Strand (C)

Justerare: Olof Lindkvist (M)

§ 14
Detaljplan för kvarteret Lärkan
Dnr SBN-2024-00417

Beslut
Samhällsbyggnadsnämnden beslutar att skicka detaljplanen för kvarteret Lärkan på samråd.

Sammanfattning av ärendet
Planen ger plats för cirka fyrtio bostäder nära stationen.

§ 15
Gång- och cykelväg längs Åvägen
Dnr SBN-2023-00988

Beslut
Samhällsbyggnadsnämnden beslutar att godkänna förstudien för gång- och cykelvägen.
`,
  'ks-2024-04-02.txt': `Protokoll

Kommunstyrelsen 2024-04-02

Tid: 13.00-16.00
Plats: Kommunhuset i Ljungsby-Fjäll, sal Tranan

Beslutande: Eva Sundin (S), ordförande, Per Ekholm (M), Ali Rask (V)

Justerare: Per Ekholm (M)

§ 31
Detaljplan för kvarteret Lärkan, antagande
Dnr SBN-2024-00417

Beslut
Kommunstyrelsen beslutar att anta detaljplanen för kvarteret Lärkan.

§ 32
Budget för fritidsgårdar 2024
Dnr KS-2023-00841

Beslut
Kommunstyrelsen beslutar att fördela 1,2 miljoner kronor till fritidsgårdarna.
`,
};

const PAGE = `<!doctype html>
<html lang="sv">
<head><meta charset="utf-8"><title>Nyheter – Ljungsby-Fjäll kommun</title></head>
<body>
<h1>Nytt om kvarteret Lärkan</h1>
<p id="news">Kommunstyrelsen har nu antagit detaljplanen ${KNOWN} och bygget kan börja till hösten.
Det närliggande ärendet ${UNKNOWN} om parkeringen vid stationen är ännu inte behandlat.
Se även kommunstyrelsens ärende ${OWN_SHAPE} om bostadsförsörjningen.</p>
</body>
</html>
`;

let work: string;
let feedDir: string;
let server: LoopbackServer;
let browser: ExtensionBrowser;
let page: Page;
let pageUrl: string;

/** The references the content script found on the page, as the popup lists them. */
async function pageReferences(): Promise<string[]> {
  const popup = await openPopup(browser, await tabIdOf(browser, pageUrl));
  const rows = await pageReferenceRows(popup);
  await popup.close();
  return rows;
}

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'protokoll-learned-'));
  const archive = path.join(work, 'arkiv');
  feedDir = path.join(work, 'feed');
  mkdirSync(archive);
  for (const [file, text] of Object.entries(PROTOCOLS)) writeFileSync(path.join(archive, file), text);
  await promisify(execFile)(process.execPath, [path.join(projectRoot, 'bin/protokoll.js'), 'index', archive, '--out', feedDir], { cwd: work });
  server = await startLoopbackServer();
  server.mount('/feed/', feedDir);
  server.put('/intranat/nyheter.html', PAGE);
  pageUrl = `${server.origin}/intranat/nyheter.html`;
  browser = await launchExtensionBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('case-number formats learned by protokoll index', () => {
  it('are published in the manifest, for a shape the default configuration does not know', () => {
    const manifest = JSON.parse(readFileSync(path.join(feedDir, 'manifest.json'), 'utf8')) as { caseNumberFormats?: string[] };
    expect(manifest.caseNumberFormats).toEqual(['{prefix:SBN|KS}-{year}-{serial:5}']);
    expect(findCaseNumbers(PAGE, DEFAULT_CASE_NUMBER_CONFIG)).toEqual([]);
  });

  it('let the extension find that shape in running text and show the history, with no format set by anyone', async () => {
    const options = await pointAtFeed(browser, `${server.origin}/feed/manifest.json`);
    expect(await options.getByTestId('sync-error').count()).toBe(0);
    expect(await options.getByLabel(/Egna diarienummerformat/).inputValue()).toBe('');
    await options.close();

    page = await browser.context.newPage();
    await page.goto(pageUrl);
    const layer = await ExtensionLayer.of(page);
    expect(await pageReferences()).toEqual([KNOWN, `${UNKNOWN}${NOT_IN_HISTORY}`]);

    await hoverCaseNumber(page, layer, KNOWN);
    await expect.poll(() => layer.text('.card .case-title')).toBe('Detaljplan för kvarteret Lärkan, antagande');
    expect(await layer.text('.card .case-number')).toContain(KNOWN);
    const heads = await layer.texts('.card .entry .entry-head');
    expect(heads.map((h) => h.replace(/\s+/g, ' ').trim())).toEqual([
      'Kommunstyrelsen 2024-04-02 § 31',
      'Samhällsbyggnadsnämnden 2024-03-12 § 14',
    ]);
    expect(await layer.text('.card')).toContain('Kommunstyrelsen beslutar att anta detaljplanen för kvarteret Lärkan.');

    await hoverCaseNumber(page, layer, UNKNOWN);
    expect(await layer.text('.card')).toContain('Ärendet finns inte i historiken');
    await page.mouse.move(2, 2);
    await layer.waitFor('.card', 'detached');
  });

  it('give way to a format of the user’s own that does not match that shape', async () => {
    const options = await browser.openExtensionPage('options.html');
    await options.getByLabel(/Egna diarienummerformat/).fill('{prefix:KS} {year}/{serial}');
    await options.getByRole('button', { name: 'Spara' }).click();
    type Storage = { storage: { local: { get(key: string): Promise<{ settings?: { caseNumberFormats?: string[] } }> } } };
    await expect
      .poll(() => options.evaluate(async () => (await (window as unknown as { chrome: Storage }).chrome.storage.local.get('settings')).settings?.caseNumberFormats))
      .toEqual(['{prefix:KS} {year}/{serial}']);
    await options.close();

    // A changed format applies from the next page load; the page's number of that format is then
    // the only one found.
    await page.reload();
    expect(await pageReferences()).toEqual([`${OWN_SHAPE}${NOT_IN_HISTORY}`]);
  });
});
