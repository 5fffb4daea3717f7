import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from './extension-browser.ts';

/** The options page, driven the way a person does it: by labels and button names. */

export async function openOptions(browser: ExtensionBrowser): Promise<Page> {
  const page = await browser.openExtensionPage('options.html');
  await page.getByLabel(/Historikflöde/).waitFor();
  return page;
}

/** The sync status's figures as shown, digits only ("100 000" → 100000). */
export async function shownCounts(page: Page): Promise<{ cases: number; decisions: number }> {
  const read = async (id: string) => Number((await page.getByTestId(id).textContent())!.replace(/\D/g, ''));
  return { cases: await read('case-count'), decisions: await read('decision-count') };
}

/** The last attempt as the page shows it, to tell a finished new sync from the previous one. */
function shownAttempt(page: Page): Promise<string | null> {
  return page.locator('.sync-status').getAttribute('data-last-attempt');
}

/**
 * Clicks "Synkronisera nu" and waits until the page shows that sync finished (well or badly).
 */
export async function syncNow(page: Page): Promise<void> {
  const before = await shownAttempt(page);
  await page.getByRole('button', { name: 'Synkronisera nu' }).click();
  await page.waitForFunction(
    (before) => {
      const status = document.querySelector<HTMLElement>('.sync-status');
      return Boolean(status && status.dataset.running === 'false' && status.dataset.lastAttempt !== before);
    },
    before,
    { timeout: 60_000 },
  );
}

/** Types the feed URL into the labelled field and synchronises, as a user configures the extension. */
export async function configureFeed(page: Page, feedUrl: string): Promise<void> {
  await page.getByLabel(/Historikflöde/).fill(feedUrl);
  await syncNow(page);
}

/** Opens the options page, types the feed's address and synchronises; the page is left open for the caller. */
export async function pointAtFeed(browser: ExtensionBrowser, feedUrl: string): Promise<Page> {
  const page = await openOptions(browser);
  await configureFeed(page, feedUrl);
  return page;
}
