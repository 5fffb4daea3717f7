import type { Page } from 'playwright-core';

/**
 * The task pane's views for the clerk's work after the meeting, over the demo's protocol
 * (`demo.html?dokument=protokoll`) at Word's 320 px: attendance in the § with a jäv and an
 * ersättare, the justering's notice with a deadline the law moves, extracts per recipient.
 */
export async function taskpaneAfterMeeting(page: Page, taskpaneUrl: string, shot: (name: string) => string): Promise<void> {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto(`${taskpaneUrl}?dokument=protokoll`);

  await page.getByRole('tab', { name: 'Närvaro' }).click();
  await page.selectOption('#nv-paragraf', '14');
  await page.locator('#panel-narvaro [aria-labelledby=nv-jav] li').first().waitFor();
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: shot('taskpane-narvaro.png') });

  await page.getByRole('tab', { name: 'Anslag' }).click();
  const notice = page.locator('#panel-anslag section.notice').first();
  await notice.waitFor();
  await notice.evaluate((el) => el.scrollIntoView());
  await page.screenshot({ path: shot('taskpane-anslag.png') });

  await page.getByRole('tab', { name: 'Utdrag' }).click();
  const view = page.locator('#panel-utdrag');
  await view.getByLabel('§ 13 Bidrag till studieförbunden 2025').check();
  await view.getByLabel('§ 14 Hyresavtal för Kulturhusets kafé').check();
  await view.getByLabel('Ett utdrag per mottagare').check();
  await page.locator('#ut-groups li').first().waitFor();
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: shot('taskpane-utdrag.png') });
}
