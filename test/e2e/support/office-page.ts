import type { Browser, Page } from 'playwright-core';
import { PANE_WIDTH } from './taskpane-page.ts';

/**
 * The production page, taskpane.html, opened outside Word: Office.js from Microsoft's CDN is
 * replaced by a stand-in whose `onReady` reports no host (so the pane says where it works) and
 * whose `officeTheme` is what Word would give. Optionally the pane's module is refused, as a
 * webview that cannot run it would.
 */

export const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

export interface OfficeTheme {
  bodyBackgroundColor: string;
  bodyForegroundColor: string;
  controlBackgroundColor: string;
  controlForegroundColor: string;
}

export async function openOfficePage(browser: Browser, origin: string, options: { blockModule?: boolean; theme?: OfficeTheme } = {}): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: PANE_WIDTH, height: 700 }, locale: 'sv-SE' });
  const office =
    `window.Office = { HostType: { Word: "Word" }, context: { officeTheme: ${JSON.stringify(options.theme ?? null)} },` +
    ' onReady: function (cb) { setTimeout(function () { cb({ host: null }); }, 0); } };';
  await page.route(OFFICE_JS, (route) => route.fulfill({ contentType: 'text/javascript', body: office }));
  if (options.blockModule) await page.route('**/assets/*.js', (route) => route.abort());
  await page.goto(`${origin}/taskpane.html`);
  return page;
}
