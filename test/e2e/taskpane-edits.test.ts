import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations } from './support/axe.ts';
import { buildAddin, documentText, openTaskpane, poll, type TaskpaneSession } from './support/taskpane-page.ts';

/**
 * The pane's edits beyond writing a §, on the demo protocol after the meeting with Track Changes
 * on, at 320 px: "Ta bort paragraf" says what it will do and waits for the clerk's yes, and the
 * deleted § stays in the document struck through as a tracked deletion.
 */

const status = (page: Page, panel: string) => page.locator(`#panel-${panel} [role=status]`);
const demo = (page: Page, script: string) => page.evaluate(script);

let built: { dir: string; remove(): Promise<void> };
let session: TaskpaneSession;

beforeAll(async () => {
  built = await buildAddin();
  session = await openTaskpane(built.dir, '?dokument=protokoll&tracking=on');
});

afterAll(async () => {
  await session?.close();
  await built?.remove();
});

describe('Ta bort paragraf', () => {
  it('offers the § the cursor is in, says what will happen, and deletes it only when the clerk confirms', async () => {
    const { page } = session;
    // The clerk clicks in § 14 in Word.
    await demo(page, `(async () => {
      const g = globalThis.protokollDemo;
      const i = (await g.snapshot()).paragraphs.findIndex((p) => p.text.startsWith('§ 14 '));
      g.placeCursor(i, 0);
    })()`);
    await page.getByRole('tab', { name: 'Ny paragraf' }).click();
    expect(await page.locator('#np-delete-target option:checked').textContent()).toBe('Den där markören står');
    await page.click('#np-delete');
    const confirmation = page.getByRole('group', { name: /Ta bort ”§ 14 Hyresavtal för Kulturhusets kafé”\?/ });
    await poll(() => confirmation.textContent()).toContain('§ 14 tas bort, 1 paragraf numreras om.');
    await poll(() => page.evaluate(() => document.activeElement?.id)).toBe('np-delete-heading');
    expect(await axeViolations(page, '#panel-ny-paragraf')).toEqual([]);
    // Nothing has changed yet; cancelling leaves it so.
    await page.click('#np-delete-cancel');
    expect(await confirmation.count()).toBe(0);
    expect(await documentText(page)).toContain('§ 14 Hyresavtal för Kulturhusets kafé');

    await page.click('#np-delete');
    await page.click('#np-delete-confirm');
    await poll(() => status(page, 'ny-paragraf').textContent()).toMatch(/§ 14 borttagen, 1 paragraf numrerades om\. Ändringarna spåras\./);
    const text = await documentText(page);
    expect(text).toContain('§ 14 Konstinköp 2025');
    expect(text).not.toContain('§ 14 Hyresavtal för Kulturhusets kafé');
    // Under Track Changes the deleted § is still on the page, struck through as Word shows it.
    expect(await page.locator('.demo-page del', { hasText: 'Hyresavtal för Kulturhusets kafé' }).count()).toBeGreaterThan(0);
    expect(await axeViolations(page, '#panel-ny-paragraf')).toEqual([]);
  });
});
