import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import type { PointerPage } from './hover.ts';

/**
 * Debian's Firefox ESR driven by puppeteer-core over WebDriver BiDi, the counterpart of
 * chromium.ts and extension-browser.ts. Headless, in a fresh profile, with a package installed as
 * a temporary add-on, and with enterprise policies (policies.json) as an administrator sets them.
 *
 * Firefox reads policies.json from /etc/firefox/policies or else from the `distribution` folder
 * beside its binary (the browser.policies.alternatePath pref counts only in Mozilla's own test
 * automation and in Nightly). So that no test writes system files, each launch runs from an
 * installation of its own: the launcher copied into a temporary folder (Firefox finds its files
 * beside the binary it was started as), every other file of the installation linked, and a
 * `distribution` folder holding the test's policies.
 */

export const FIREFOX_PATH = '/usr/bin/firefox-esr';
/** The system's policies (Debian's firefox-esr reads this path too); they win over a launch's own. */
const SYSTEM_POLICIES = '/etc/firefox/policies/policies.json';

export function firefoxInstalled(): boolean {
  return existsSync(FIREFOX_PATH);
}

export interface FirefoxOptions {
  /** The `policies` object of policies.json (`{ '3rdparty': { Extensions: { [id]: {...} } } }`). */
  policies?: object;
  /** An unpacked extension (a built firefox-mv2 folder) to install. */
  extension?: string;
}

export interface FirefoxBrowser {
  browser: Browser;
  /** The installed extension's id, null without one. */
  extensionId: string | null;
  /** A new tab, in front: Firefox throttles the timers of a tab behind another, and the card waits on a timer. */
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

/** A folder that runs as Firefox: the launcher copied, the rest of the installation linked, its own policies. */
function installationWithPolicies(dir: string, policies: object): string {
  const launcher = realpathSync(FIREFOX_PATH);
  const installation = path.dirname(launcher);
  for (const name of readdirSync(installation)) {
    if (name === 'distribution') continue;
    const from = path.join(installation, name);
    if (from === launcher) copyFileSync(from, path.join(dir, name));
    else symlinkSync(from, path.join(dir, name));
  }
  mkdirSync(path.join(dir, 'distribution'));
  writeFileSync(path.join(dir, 'distribution/policies.json'), JSON.stringify({ policies }));
  return path.join(dir, path.basename(launcher));
}

export async function launchFirefox(options: FirefoxOptions = {}): Promise<FirefoxBrowser> {
  if (options.policies && existsSync(SYSTEM_POLICIES)) throw new Error(`${SYSTEM_POLICIES} would override the test's policies; move it away while the tests run`);
  const work = mkdtempSync(path.join(tmpdir(), 'protokoll-firefox-'));
  try {
    const executablePath = options.policies ? installationWithPolicies(work, options.policies) : FIREFOX_PATH;
    const browser = await puppeteer.launch({ browser: 'firefox', executablePath, headless: true });
    const extensionId = options.extension ? await browser.installExtension(options.extension) : null;
    return {
      browser,
      extensionId,
      async newPage() {
        const page = await browser.newPage();
        await page.bringToFront();
        return page;
      },
      async close() {
        await browser.close();
        rmSync(work, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(work, { recursive: true, force: true });
    throw error;
  }
}

/** A puppeteer page as hover.ts moves the pointer over one. */
export function pointerPage(page: Page): PointerPage {
  // puppeteer types the argument as a handle or a value; hover.ts passes values only.
  return { evaluate: async <A, R>(fn: (arg: A) => R, arg: A) => (await page.evaluate(fn as (arg: unknown) => unknown, arg)) as R, mouse: page.mouse };
}
