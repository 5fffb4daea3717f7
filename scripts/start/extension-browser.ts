import path from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.ts';
import { configureFeed } from '../../test/e2e/support/options-page.ts';
import { DEMO_DIR } from './demo-parts.ts';

/**
 * Debian's Chromium with the built extension, pointed at the demo feed the way a person does it:
 * the feed's address typed into the options page and "Synkronisera nu" pressed.
 */

export const PROFILE_DIR = path.join(DEMO_DIR, 'chromium');

export interface DemoBrowser {
  context: BrowserContext;
  extensionId: string;
  /** The background service worker. */
  worker: Worker;
  /** A new tab on one of the extension's pages (`popup.html`, `options.html`). */
  openExtensionPage(file: string, size?: { width: number; height: number }): Promise<Page>;
  close(): Promise<void>;
}

export async function launchDemoBrowser(options: {
  extensionDir: string;
  headless: boolean;
  /** A profile folder of its own; a temporary one when absent. */
  profileDir?: string;
  viewport?: { width: number; height: number };
}): Promise<DemoBrowser> {
  const { extensionDir, headless } = options;
  const context = await chromium.launchPersistentContext(options.profileDir ?? '', {
    executablePath: CHROMIUM_PATH,
    headless,
    locale: 'sv-SE',
    // A window the person can resize; headless, a fixed viewport for pictures.
    viewport: headless ? (options.viewport ?? { width: 1280, height: 800 }) : null,
    // Without it Chromium shows the "controlled by automated software" bar over the demo.
    ignoreDefaultArgs: ['--enable-automation'],
    // The demo closes the browser itself on Ctrl+C and SIGTERM, then the server, then says so.
    handleSIGINT: false,
    handleSIGTERM: false,
    args: [...CHROMIUM_ARGS, `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    worker,
    async openExtensionPage(file, size) {
      const page = await context.newPage();
      if (size) await page.setViewportSize(size);
      await page.goto(`chrome-extension://${extensionId}/${file}`);
      return page;
    },
    close: () => context.close(),
  };
}

/** Sets the feed on the options page and syncs; the page is left open for the caller. */
export async function pointAtFeed(browser: DemoBrowser, manifestUrl: string): Promise<Page> {
  const options = await browser.openExtensionPage('options.html');
  await options.getByLabel(/Historikflöde/).waitFor();
  await configureFeed(options, manifestUrl);
  return options;
}
