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
    // The attendance list's "§ 14" is typed by hand: renumbering will not change it, and the clerk is told before.
    expect(await confirmation.getByRole('list').textContent()).toBe('”§ 14” före första paragrafen');
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

describe('Granska puts right what it can, beside the finding', () => {
  it('writes the justering into the § justerad omedelbart, and makes a § typed by hand a reference that follows renumbering', async () => {
    const { page } = session;
    // The clerk types "Se § 15." by hand at the end of § 13's Beslut in Word.
    await demo(page, `(() => {
      const g = globalThis.protokollDemo;
      const entry = g.doc.blocks.find((b) => b.control && b.control.tag === 'protokoll:entry:demo-2');
      entry.paragraphs.find((p) => p.runs.some((r) => r.text === 'Arbetsutskottet beviljar bidrag enligt förvaltningens förslag.')).runs.push({ text: ' Se § 14.' });
    })()`);
    await page.getByRole('tab', { name: 'Granska' }).click();
    const fixJustering = page.getByRole('button', { name: 'Skriv justeringen i § 13' });
    const fixMention = page.getByRole('button', { name: 'Gör om till hänvisning ”§ 14” i § 13' });
    await poll(() => fixJustering.count()).toBe(1);
    await poll(() => fixMention.count()).toBe(1);
    expect(await axeViolations(page, '#panel-granska')).toEqual([]);

    await fixJustering.click();
    await poll(() => status(page, 'granska').textContent()).toMatch(/§ 13 uppdaterad \(Omedelbar justering\)\. Ändringarna spåras\. Granskningen är klar/);
    expect(await documentText(page)).toContain('Paragrafen justerades omedelbart vid sammanträdet den 12 mars 2025.');
    expect(await fixJustering.count()).toBe(0);

    await fixMention.click();
    await poll(() => status(page, 'granska').textContent()).toMatch(/”§ 14” är nu en hänvisning som följer numreringen/);
    expect(await fixMention.count()).toBe(0);
    const references = await demo(page, `globalThis.protokollDemo.snapshot().then((s) => s.controls.filter((c) => c.tag.startsWith('protokoll:ref:')).map((c) => c.tag + ' ' + c.text))`);
    // § 14 was deleted above, so "§ 14" now names Konstinköp (demo-4).
    expect(references).toEqual(['protokoll:ref:demo-4 § 14']);
    expect(await axeViolations(page, '#panel-granska')).toEqual([]);
  });

  it('offers to update the table of contents when it no longer lists the §§, and rewrites it', async () => {
    const { page } = session;
    // A table written by hand after the cover, from before § 14 was deleted.
    await demo(page, `(() => {
      const g = globalThis.protokollDemo;
      const at = g.doc.blocks.findIndex((b) => b.control);
      const line = (text, styleBuiltIn = 'Normal') => ({ paragraph: { style: styleBuiltIn, styleBuiltIn, runs: [{ text }] } });
      g.doc.blocks.splice(at, 0, line('Innehållsförteckning', 'Heading1'), line('§ 12 Val av justerare'), line('§ 13 Bidrag till studieförbunden 2025'), line('§ 14 Hyresavtal för Kulturhusets kafé'), line('§ 15 Konstinköp 2025'));
    })()`);
    await page.click('#gr-run');
    await poll(() => page.locator('#gr-toc').count()).toBe(1);
    expect(await page.locator('.finding', { hasText: 'innehållsförteckningen' }).count()).toBeGreaterThan(0);
    expect(await axeViolations(page, '#panel-granska')).toEqual([]);
    await page.click('#gr-toc');
    await poll(() => status(page, 'granska').textContent()).toMatch(/Innehållsförteckningen är uppdaterad \(2 rader ändrade\)\. Ändringarna spåras\./);
    const text = await documentText(page);
    expect(text.slice(text.indexOf('Innehållsförteckning') + 1, text.indexOf('Innehållsförteckning') + 4)).toEqual(['§ 12 Val av justerare', '§ 13 Bidrag till studieförbunden 2025', '§ 14 Konstinköp 2025']);
    expect(await page.locator('#gr-toc').count()).toBe(0);
    expect(await page.locator('.finding', { hasText: 'innehållsförteckningen' }).count()).toBe(0);
  });
});
