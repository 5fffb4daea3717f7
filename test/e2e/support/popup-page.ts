import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from './extension-browser.ts';

/**
 * The popup, opened as a page. Headless Chromium has no toolbar to click, so the popup is opened
 * in a tab of its own and told which tab it is about with `?tab=ID`.
 */

/** The id of the open tab whose URL starts with `urlPrefix`, as the extension sees it. */
export async function tabIdOf(browser: ExtensionBrowser, urlPrefix: string): Promise<number> {
  const id = await browser.worker.evaluate(async (prefix) => {
    const { chrome } = globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } } };
    return (await chrome.tabs.query({})).find((t) => t.url?.startsWith(prefix))?.id ?? null;
  }, urlPrefix);
  if (id === null) throw new Error(`no tab at ${urlPrefix}`);
  return id;
}

export async function openPopup(browser: ExtensionBrowser, tabId?: number): Promise<Page> {
  const popup = await browser.openExtensionPage(`popup.html${tabId === undefined ? '' : `?tab=${tabId}`}`);
  await popup.getByRole('heading', { name: 'På den här sidan' }).waitFor();
  return popup;
}

/** The rows of "På den här sidan" once the popup has heard from the page. */
export async function pageReferenceRows(popup: Page): Promise<string[]> {
  await popup.locator('.page-references, :text("Inga diarienummer"), :text("läser inte")').first().waitFor();
  return popup.locator('.page-references button').allTextContents();
}

/** Types in the popup's search field and waits for the answer. */
export async function searchPopup(popup: Page, query: string): Promise<void> {
  await popup.getByLabel('Sök diarienummer eller ord i ärendets rubrik').fill(query);
  await popup.locator('.results, :text("Inga ärenden")').first().waitFor();
}
