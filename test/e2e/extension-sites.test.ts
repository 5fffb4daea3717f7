import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseHistory } from '../../core/history/model.ts';
import { projectRoot } from '../support/shared.ts';
import { buildOrganisationPackage } from '../../harness/builds.ts';
import { launchExtensionBrowser, tabIdOf, type ExtensionBrowser } from '../../harness/extension-browser.ts';
import { feedFiles, inventedCase } from '../../harness/invented-feed.ts';
import { publishFeed, startLoopbackServer, type LoopbackServer } from '../../harness/loopback-server.ts';
import { openOptions, shownCounts } from '../../harness/options-page.ts';
import { openPopup, pageReferenceRows, searchPopup } from './support/popup-page.ts';

// An organisation's own package: built with its defaults (feed, intranet site, diarium link), it
// syncs on install without anyone opening the options page, runs on the intranet host (not a
// loopback name) through a content script registered at runtime, and its popup lists the page's
// references. The intranet host is mapped to 127.0.0.1 inside Chromium only.

const HOST = 'intranat.test';
let server: LoopbackServer;
let browser: ExtensionBrowser;
let work: string;
let intranetUrl: string;

const known: CaseHistory[] = [
  { ...inventedCase(1001, 2), caseNumber: 'RS 1001-2024', title: 'Ny plan för vårdplatser i länet' },
  { ...inventedCase(1002, 1), caseNumber: 'HSN 1002-2024', title: 'Tillgänglighet i primärvården' },
  { ...inventedCase(1003, 3), caseNumber: 'RS 1003-2024', title: 'Investering i nytt länssjukhus' },
];

beforeAll(async () => {
  server = await startLoopbackServer();
  server.mount('/', path.join(projectRoot, 'test/e2e/fixtures'));
  publishFeed(server, '/feed/', feedFiles(known));
  const port = new URL(server.origin).port;
  intranetUrl = `http://${HOST}:${port}/intranet.html`;

  work = mkdtempSync(path.join(tmpdir(), 'protokoll-org-'));
  const defaults = path.join(work, 'org.json');
  writeFileSync(
    defaults,
    JSON.stringify({
      feedUrl: `http://${HOST}:${port}/feed/manifest.json`,
      sites: [`http://${HOST}/*`],
      diariumUrlTemplate: 'https://diarium.example.se/arende?dnr={caseNumber}',
    }),
  );
  const dir = await buildOrganisationPackage(defaults, path.join(work, 'output'));
  browser = await launchExtensionBrowser({ dir, args: [`--host-resolver-rules=MAP ${HOST} 127.0.0.1`] });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe("an organisation's own package", () => {
  it('asks at install for its own intranet host and nothing beyond it, loopback hosts included', async () => {
    const manifest = await browser.worker.evaluate(() => {
      const { chrome } = globalThis as unknown as { chrome: { runtime: { getManifest(): Record<string, unknown> } } };
      return chrome.runtime.getManifest();
    });
    expect(manifest.host_permissions).toEqual([`http://${HOST}/*`]);
    expect(manifest.content_scripts).toBeUndefined();
    expect(JSON.stringify(manifest)).not.toMatch(/localhost|127\.0\.0\.1/);
    expect(manifest.permissions).toEqual(['storage', 'alarms', 'scripting']);
    expect(JSON.stringify(manifest)).not.toContain('<all_urls>');
  });

  it('syncs its default feed on install and shows the defaults on the options page', async () => {
    const options = await openOptions(browser);
    await expect.poll(() => shownCounts(options), { timeout: 30_000 }).toEqual({ cases: 3, decisions: 6 });
    expect(await options.getByLabel(/Historikflöde/).inputValue()).toBe(`http://${HOST}:${new URL(server.origin).port}/feed/manifest.json`);
    expect(await options.getByLabel(/Webbplatser/).inputValue()).toBe(`http://${HOST}/*`);
    expect(await options.getByText(`http://${HOST}/*: tillåten`).count()).toBe(1);
    await options.close();
  });

  it('runs on the intranet host and lists the page’s references in the popup', async () => {
    const registered = await browser.worker.evaluate(async () => {
      const { chrome } = globalThis as unknown as { chrome: { scripting: { getRegisteredContentScripts(): Promise<{ matches?: string[] }[]> } } };
      return (await chrome.scripting.getRegisteredContentScripts()).flatMap((s) => s.matches ?? []);
    });
    expect(registered).toEqual([`http://${HOST}/*`]);

    const page: Page = await browser.context.newPage();
    await page.goto(intranetUrl);
    const tabId = await tabIdOf(browser, intranetUrl);
    let rows: string[] = [];
    await expect
      .poll(
        async () => {
          const popup = await openPopup(browser, tabId);
          rows = await pageReferenceRows(popup);
          await popup.close();
          return rows.join('\n');
        },
        { timeout: 30_000 },
      )
      .toContain('RF 9999-2024');
    expect(rows).toContain('RS 1001-2024');
    expect(rows).toContain('HSN 1002-2024');
    expect(rows.find((r) => r.startsWith('RF 9999-2024'))).toMatch(/finns inte i historiken/);
    expect(rows.join('\n')).not.toMatch(/XRS|SFS|RS 232/);
  });

  it('searches the local history with diarium links from the defaults', async () => {
    const popup = await openPopup(browser);
    await searchPopup(popup, 'länssjukhus');
    expect(await popup.locator('.results .case-number').allTextContents()).toEqual(['RS 1003-2024']);
    expect(await popup.getByRole('link', { name: 'Öppna i diariet' }).getAttribute('href')).toBe(
      'https://diarium.example.se/arende?dnr=RS%201003-2024',
    );
    await popup.close();
  });
});
