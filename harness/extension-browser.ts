import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { builtExtension } from './builds.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.ts';

/**
 * Debian's Chromium with the built extension loaded: the real service worker, the real
 * IndexedDB, the real options page. Headless in a fresh profile for the tests and benchmarks; a
 * window in a profile of its own for the demo.
 */

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  /** The background service worker (evaluate in it to inspect the extension's own state). */
  worker: Worker;
  /** A new tab on one of the extension's pages: `options.html`, `popup.html`. */
  openExtensionPage(file: string, size?: { width: number; height: number }): Promise<Page>;
  close(): Promise<void>;
}

export interface ExtensionBrowserOptions {
  /** The unpacked extension; the default package (built if stale) when absent. */
  dir?: string;
  /** True unless a person is to see the window. */
  headless?: boolean;
  /** A profile folder of its own; a temporary one when absent. */
  profileDir?: string;
  /** The page size; a window of the screen's size when null. */
  viewport?: { width: number; height: number } | null;
  locale?: string;
  /** Added to the browser's arguments. */
  args?: string[];
  /** The caller closes the browser itself on Ctrl+C and SIGTERM (the demo closes it, then its server). */
  ownSignals?: boolean;
}

export async function launchExtensionBrowser(options: ExtensionBrowserOptions = {}): Promise<ExtensionBrowser> {
  const { headless = true, ownSignals = false } = options;
  const dir = options.dir ?? (await builtExtension());
  const context = await chromium.launchPersistentContext(options.profileDir ?? '', {
    executablePath: CHROMIUM_PATH,
    headless,
    locale: options.locale,
    viewport: options.viewport,
    // In a window a person sees, without the "controlled by automated software" bar.
    ignoreDefaultArgs: headless ? undefined : ['--enable-automation'],
    handleSIGINT: !ownSignals,
    handleSIGTERM: !ownSignals,
    args: [...CHROMIUM_ARGS, ...(options.args ?? []), `--disable-extensions-except=${dir}`, `--load-extension=${dir}`],
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

/** The id of the open tab whose URL starts with `urlPrefix`, as the extension sees it. */
export async function tabIdOf(browser: Pick<ExtensionBrowser, 'worker'>, urlPrefix: string): Promise<number> {
  const id = await browser.worker.evaluate(async (prefix) => {
    const { chrome } = globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } } };
    return (await chrome.tabs.query({})).find((t) => t.url?.startsWith(prefix))?.id ?? null;
  }, urlPrefix);
  if (id === null) throw new Error(`no tab at ${urlPrefix}`);
  return id;
}
