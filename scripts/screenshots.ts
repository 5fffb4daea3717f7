import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { projectRoot } from '../cli/project-paths.ts';
import { launchChromium } from '../harness/chromium.ts';
import { launchExtensionBrowser, tabIdOf } from '../harness/extension-browser.ts';
import { ExtensionLayer } from '../harness/extension-layer.ts';
import { hoverCaseNumber } from '../harness/hover.ts';
import { pointAtFeed } from '../harness/options-page.ts';
import { DEFAULT_PORT, PATHS, relative, startDemo } from './start/demo-parts.ts';
import { taskpaneAfterMeeting } from './screenshots/taskpane-after-meeting.ts';

/**
 * `npm run screenshots`: the demo of `npm start`, headless, photographed for the README: the hover
 * card on the demo page, the popup, the options page and the task pane's views at Word's 320 px.
 */

const SHOTS = path.join(projectRoot, 'docs/screenshots');
const say = (line: string) => process.stdout.write(`${line}\n`);

/** An agenda for the arbetsutskott's next meeting, as a clerk pastes it: cases from the example protocols. */
const AGENDA = [
  'Föredragningslista',
  'Regionstyrelsens arbetsutskott 2025-05-13',
  '',
  '1. Fastställande av föredragningslista',
  '2. Val av justerare samt tid för justering',
  '3. Informationer RS 35-2025',
  '',
  'Beslutsärenden',
  '4. Årsredovisning 2024 för Region Norrfjäll RS 251-2025',
  '5. Lokalförsörjningsplan 2026-2030 RS 290-2025',
  '6. Investering i ny reservkraft vid Fjällby sjukhus RS 377-2025',
  '7. Upptagande av lån RS 95-2025',
].join('\n');

/** The task pane at Word's narrowest width over the demo's document in memory and the demo feed. */
async function taskpaneViews(page: Page): Promise<void> {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto(demo.url(PATHS.taskpane));
  await page.getByRole('tab', { name: 'Föredragningslista' }).click();
  await page.fill('#fl-text', AGENDA);
  await page.fill('#fl-first', '51');
  await page.locator('.agenda-preview li').nth(6).waitFor();
  await page.locator('#fl-text').evaluate((el) => el.scrollTo(0, 0));
  await page.screenshot({ path: shot('taskpane-foredragningslista.png') });
  await page.click('#fl-create');
  await page.locator('#panel-foredragningslista [role=status]').filter({ hasText: 'infogade' }).waitFor();

  await page.getByRole('tab', { name: 'Ny paragraf' }).click();
  await page.fill('#np-case', 'RS 412-2025');
  await page.locator('.case-card').filter({ hasText: 'Taxa för sjukresor' }).waitFor();
  await page.getByRole('button', { name: 'Använd rubriken' }).click();
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: shot('taskpane-ny-paragraf.png') });

  await page.getByRole('tab', { name: 'Granska' }).click();
  await page.click('#gr-run');
  await page.locator('#panel-granska .finding').first().waitFor();
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: shot('taskpane-granska.png') });
}

const demo = await startDemo(DEFAULT_PORT, say);
const browser = await launchExtensionBrowser({ dir: demo.extensionDir, viewport: { width: 1100, height: 1000 }, locale: 'sv-SE' });
const shot = (name: string) => {
  const file = path.join(SHOTS, name);
  say(`  ${relative(file)}`);
  return file;
};
try {
  await mkdir(SHOTS, { recursive: true });
  say('Tar bilder:');

  const options = await pointAtFeed(browser, demo.url(PATHS.manifest));
  await options.setViewportSize({ width: 760, height: 900 });
  await options.screenshot({ path: shot('extension-options.png'), fullPage: true });

  const page = await browser.context.newPage();
  await page.goto(demo.url(PATHS.page));
  const layer = await ExtensionLayer.of(page);
  const at = await hoverCaseNumber(page, layer, 'RS 412-2025');
  const box = (await layer.box('.card'))!;
  // The card with the article around it: the reference's paragraph above, the page's column to the left.
  const column = (await page.locator('main').boundingBox())!;
  const left = Math.max(0, Math.min(column.x + 8, box.x - 24));
  const top = Math.max(0, at.y - 110);
  const right = Math.min(page.viewportSize()!.width, Math.max(column.x + column.width - 8, box.x + box.width + 24));
  const bottom = box.y + box.height + 24;
  await page.screenshot({ path: shot('extension-hover-card.png'), clip: { x: left, y: top, width: right - left, height: bottom - top } });

  const tab = await tabIdOf(browser, demo.url(PATHS.page));
  const popup = await browser.openExtensionPage(`popup.html?tab=${tab}`, { width: 400, height: 600 });
  await popup.locator('.page-references').waitFor();
  // The size the toolbar popup takes: its content's.
  const size = await popup.evaluate(() => ({ width: document.documentElement.scrollWidth, height: document.documentElement.scrollHeight }));
  await popup.setViewportSize(size);
  await popup.screenshot({ path: shot('extension-popup.png') });

  // Word has no extension: a browser of its own, so the extension does not mark the pane's case numbers.
  const plain = await launchChromium();
  try {
    await taskpaneViews(await plain.newPage({ locale: 'sv-SE' }));
    await taskpaneAfterMeeting(await plain.newPage({ locale: 'sv-SE' }), demo.url(PATHS.taskpane), shot);
  } finally {
    await plain.close();
  }
} finally {
  await browser.close();
  await demo.close();
}
