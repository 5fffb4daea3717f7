import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from '../../../harness/extension-browser.ts';

/**
 * The popup, opened as a page. Headless Chromium has no toolbar to click, so the popup is opened
 * in a tab of its own and told which tab it is about with `?tab=ID`.
 */

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
