import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { tabIdOf } from '../test/e2e/support/popup-page.ts';
import { PATHS, projectRoot, relative, startDemo } from './start/demo-parts.ts';
import { launchDemoBrowser } from './start/extension-browser.ts';
import { hoverCaseNumber } from './start/hover.ts';

/**
 * `npm run screenshots`: the demo of `npm start`, headless, photographed for the README: the hover
 * card on the demo page, the popup, the options page and the task pane's views at Word's 320 px.
 */

const SHOTS = path.join(projectRoot, 'docs/screenshots');
const say = (line: string) => process.stdout.write(`${line}\n`);

const demo = await startDemo(0, say);
const browser = await launchDemoBrowser({ extensionDir: demo.extensionDir, headless: true, viewport: { width: 1100, height: 1000 } });
const shot = (name: string) => {
  const file = path.join(SHOTS, name);
  say(`  ${relative(file)}`);
  return file;
};
try {
  await mkdir(SHOTS, { recursive: true });
  say('Tar bilder:');

  const options = await browser.openExtensionPage('options.html', { width: 760, height: 900 });
  await options.getByLabel(/Historikflöde/).fill(demo.url(PATHS.manifest));
  await options.getByRole('button', { name: 'Synkronisera nu' }).click();
  await options.waitForFunction(() => document.querySelector<HTMLElement>('.sync-status')?.dataset.lastAttempt && document.querySelector<HTMLElement>('.sync-status')?.dataset.running === 'false');
  await options.screenshot({ path: shot('extension-options.png'), fullPage: true });

  const page = await browser.context.newPage();
  await page.goto(demo.url(PATHS.page));
  await page.locator('protokoll-dnr-ui').waitFor({ state: 'attached' });
  const { card, at } = await hoverCaseNumber(page, 'RS 412-2025');
  const box = (await card.boundingBox())!;
  // The card with the article around it: the reference's paragraph above, the page's column to the left.
  const column = (await page.locator('main').boundingBox())!;
  const left = Math.max(0, Math.min(column.x + 8, box.x - 24));
  const top = Math.max(0, at.y - 110);
  const right = Math.min(page.viewportSize()!.width, Math.max(column.x + column.width - 8, box.x + box.width + 24));
  const bottom = box.y + box.height + 24;
  await page.screenshot({ path: shot('extension-hover-card.png'), clip: { x: left, y: top, width: right - left, height: bottom - top } });

  const tab = await tabIdOf({ worker: browser.worker } as Parameters<typeof tabIdOf>[0], demo.url(PATHS.page));
  const popup = await browser.openExtensionPage(`popup.html?tab=${tab}`, { width: 400, height: 600 });
  await popup.locator('.page-references').waitFor();
  await popup.screenshot({ path: shot('extension-popup.png'), fullPage: true });
} finally {
  await browser.close();
  await demo.close();
}
