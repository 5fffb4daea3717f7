import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { builtExtension } from './built-extension.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../../scripts/chromium.ts';

/**
 * Debian's Chromium, headless, with the built extension loaded into a fresh profile: the real
 * service worker, the real IndexedDB, the real options page.
 */


export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  /** The background service worker (evaluate in it to inspect the extension's own state). */
  worker: Worker;
  /** A new tab on one of the extension's pages: `options.html`, `popup.html`. */
  openExtensionPage(file: string): Promise<Page>;
  close(): Promise<void>;
}

/** Launches with the default package, or with `dir` (an organisation's build); `args` are added to the browser's. */
export async function launchExtensionBrowser(options: { dir?: string; args?: string[] } = {}): Promise<ExtensionBrowser> {
  const dir = options.dir ?? (await builtExtension());
  const context = await chromium.launchPersistentContext('', {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...CHROMIUM_ARGS, ...(options.args ?? []), `--disable-extensions-except=${dir}`, `--load-extension=${dir}`],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    worker,
    async openExtensionPage(file) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${file}`);
      return page;
    },
    close: () => context.close(),
  };
}
