import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations } from './support/axe.ts';
import { buildAddin, documentText, openTaskpane, poll, type TaskpaneSession } from './support/taskpane-page.ts';

/**
 * Granska when something blocks signing, and the pane with Track Changes on: a number broken by
 * hand is found, "Numrera om" puts numbers and references right in one plan, and every edit is
 * recorded as a tracked change (never switched off).
 */

const AGENDA = [
  '1. Fastställande av föredragningslista',
  '2. Bidrag till studieförbunden RS 41-2025',
  '3. Öppettider för stadsbiblioteket RS 42-2025',
  '4. Sommarteater i parken RS 43-2025',
].join('\n');

const status = (page: Page, panel: string) => page.locator(`#panel-${panel} [role=status]`);
const revisions = (page: Page) => page.evaluate(() => (globalThis as unknown as { protokollDemo: { revisions: number } }).protokollDemo.revisions);

let built: { dir: string; remove(): Promise<void> };
let session: TaskpaneSession;

beforeAll(async () => {
  built = await buildAddin();
  session = await openTaskpane(built.dir, '?tracking=on');
});

afterAll(async () => {
  await session?.close();
  await built?.remove();
});

describe('Granska and Track Changes', () => {
  it('with Track Changes on, says the edits are tracked and leaves tracking on', async () => {
    const { page } = session;
    await page.getByRole('tab', { name: 'Föredragningslista' }).click();
    await page.fill('#fl-text', AGENDA);
    await page.fill('#fl-first', '41');
    await page.click('#fl-create');
    await poll(() => status(page, 'foredragningslista').textContent()).toMatch(/infogade\. Ändringarna spåras\./);
    expect(await revisions(page)).toBe(1);
    await page.click('summary');
    await poll(() => page.locator('.capabilities').textContent()).toMatch(/Spåra ändringar är på/);
  });

  it('blocks signing while a number is out of order, and renumbering puts it right in one tracked plan', async () => {
    const { page } = session;
    // The clerk overtypes a number by hand in Word.
    await page.evaluate(() => {
      const g = (globalThis as unknown as { protokollDemo: { doc: { blocks: ({ paragraphs: { runs: { text: string }[] }[] } | object)[] } } }).protokollDemo;
      const entries = g.doc.blocks.filter((b): b is { paragraphs: { runs: { text: string }[] }[] } => 'paragraphs' in b);
      entries[2]!.paragraphs[0]!.runs[0]!.text = '§ 47';
    });
    await page.getByRole('tab', { name: 'Granska' }).click();
    await poll(() => page.locator('#gr-verdict').textContent()).toBe('Inte klar för justering');
    await poll(() => page.locator('.finding', { hasText: 'Numreringen följer inte' }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    // The clerk reads the finding; its rule's id is only in the tooltip, for support.
    const finding = page.locator('.finding', { hasText: 'Numreringen följer inte' });
    expect(await finding.innerText()).not.toMatch(/^numrering$/m);
    expect(await finding.getAttribute('title')).toBe('Regel: numrering');

    const before = await revisions(page);
    await page.click('#gr-renumber');
    await poll(() => status(page, 'granska').textContent()).toMatch(/Granskningen är klar/);
    expect(await documentText(page)).toContain('§ 43 Öppettider för stadsbiblioteket');
    expect(await revisions(page)).toBe(before + 1);
    await poll(() => page.locator('.finding', { hasText: 'Numreringen följer inte' }).count()).toBe(0);
    await poll(() => page.evaluate(() => document.activeElement?.id)).toBe('gr-verdict');
  });

});
