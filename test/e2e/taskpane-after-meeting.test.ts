import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../support/shared.ts';
import { axeViolations } from './support/axe.ts';
import { buildAddin, documentText, openTaskpane, poll, type TaskpaneSession } from './support/taskpane-page.ts';

// The clerk's work after the meeting in the task pane at Word's 320 px, over the demo's protocol
// (demo.html?dokument=protokoll: an attendance list, a jäv with an ersättare, a § justerad
// omedelbart, recipients): attendance per § and the jäv line written into a §, the justering's
// notice with a deadline the law moves, extracts opened as new documents, and the first § number
// of the next meeting proposed from a history feed. Every view with axe, 0 violations.

/** The arbetsutskott's previous meeting this year, the feed's source: its last § is 11. */
const PREVIOUS = `Protokoll
Kulturnämndens arbetsutskott
Sammanträdesdatum 2025-02-12

§ 10 Val av justerare

Beslut
Omar Berg (C) utses att justera protokollet.

§ 11 Bidrag till kulturföreningar 2025
KN 2025/9

Beslut
Arbetsutskottet beviljar bidrag enligt förvaltningens förslag.
`;

const panel = (page: Page, id: string) => page.locator(`#panel-${id}`);
const opened = (page: Page) =>
  page.evaluate(() => (globalThis as unknown as { protokollDemoCreator: { opened: { fileName: string }[] } }).protokollDemoCreator.opened.map((d) => d.fileName));

let built: { dir: string; remove(): Promise<void> };
let session: TaskpaneSession;
let work: string;

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'protokoll-after-meeting-'));
  await mkdir(path.join(work, 'protokoll'));
  await writeFile(path.join(work, 'protokoll/kulturnamndens-au-2025-02-12.txt'), PREVIOUS);
  const [addin] = await Promise.all([
    buildAddin(),
    promisify(execFile)(process.execPath, [path.join(projectRoot, 'bin/protokoll.js'), 'index', path.join(work, 'protokoll'), '--out', path.join(work, 'feed')]),
  ]);
  built = addin;
  session = await openTaskpane(built.dir, '?dokument=protokoll');
  session.server.mount('/feed/', path.join(work, 'feed'));
});

afterAll(async () => {
  await session?.close();
  await built?.remove();
  if (work) await rm(work, { recursive: true, force: true });
});

describe('the task pane after the meeting, at 320 px', () => {
  it('Närvaro: who serves in a §, the ersättare in a jävig member’s place, and the jäv line written into another §', async () => {
    const { page } = session;
    await page.getByRole('tab', { name: 'Närvaro' }).click();
    await page.selectOption('#nv-paragraf', '14');
    const view = panel(page, 'narvaro');
    await poll(() => view.locator('[aria-labelledby=nv-jav] li').allTextContents()).toEqual(['Siv Lund (KD)']);
    expect(await view.locator('[aria-labelledby=nv-ersattare] li').allTextContents()).toEqual(['Nils Ström (KD) ersätter Siv Lund']);
    expect(await view.locator('[aria-labelledby=nv-beslutande] li').allTextContents()).toEqual([
      'Maria Holm (S)',
      'Per Ek (M)',
      'Lina Sjö (V)',
      'Omar Berg (C)',
      'Nils Ström (KD)',
    ]);
    expect(await view.textContent()).toContain('Inga fel i närvaron för § 14.');
    expect(await axeViolations(page)).toEqual([]);

    await page.selectOption('#nv-paragraf', '15');
    await view.getByLabel('Per Ek (M)').check();
    await poll(() => view.locator('.jav-preview').textContent()).toBe('Per Ek (M) deltar inte i handläggningen på grund av jäv.');
    expect(await axeViolations(page)).toEqual([]);
    await page.click('#nv-write-jav');
    await poll(() => view.locator('[role=status]').textContent()).toMatch(/§ 15 uppdaterad/);
    expect(await documentText(page)).toContain('Per Ek (M) deltar inte i handläggningen på grund av jäv.');
    await poll(() => view.locator('[aria-labelledby=nv-jav] li').allTextContents()).toEqual(['Per Ek (M)']);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('Anslag: the justering from the protocol, the last day to appeal moved past Easter, § 13 justerad omedelbart with its own', async () => {
    const { page } = session;
    await page.getByRole('tab', { name: 'Anslag' }).click();
    const view = panel(page, 'anslag');
    expect(await page.inputValue('#an-justerat')).toBe('2025-03-26');
    const notices = view.locator('section.notice');
    await poll(() => notices.count()).toBe(2);
    const whole = await notices.nth(0).textContent();
    expect(whole).toContain('Tillkännagivande av justering');
    expect(whole).toContain('Sista dag att överklagatisdag 22 april 2025flyttad från fredag 18 april 2025, som är långfredagen');
    const immediate = await notices.nth(1).textContent();
    expect(immediate).toContain('Tillkännagivande av omedelbar justering av § 13');
    expect(immediate).toContain('Justeratonsdag 12 mars 2025');
    expect(await page.inputValue('#an-text-0')).toContain('Förvaringsplats för protokollet: Kulturförvaltningen, Storgatan 4');
    expect(await axeViolations(page)).toEqual([]);

    await page.click('#an-copy-0');
    await poll(() => notices.nth(0).locator('[role=status]').textContent()).toMatch(/kopierat|Ctrl\+C/);
    // The clerk's own date: justerat two days before midsommarafton, the posting deadline moves to Monday.
    await page.fill('#an-justerat', '2025-06-18');
    await poll(() => notices.nth(0).textContent()).toContain('Senast uppsattmåndag 23 juni 2025flyttad från fredag 20 juni 2025, som är midsommarafton');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('Utdrag: the chosen §§ open as a new document, or one per recipient, and the protocol is not changed', async () => {
    const { page } = session;
    await page.getByRole('tab', { name: 'Utdrag' }).click();
    const view = panel(page, 'utdrag');
    const before = await documentText(page);
    await view.getByLabel('§ 13 Bidrag till studieförbunden 2025').check();
    await view.getByLabel('§ 14 Hyresavtal för Kulturhusets kafé').check();
    await page.fill('#ut-namn', 'Eva Strand');
    expect(await axeViolations(page)).toEqual([]);
    await page.click('#ut-open');
    await poll(() => view.locator('[role=status]').textContent()).toMatch(/Utdraget med §§ 13–14 öppnades som ett nytt dokument/);
    expect(await opened(page)).toEqual(['protokollsutdrag.docx']);

    await view.getByLabel('Ett utdrag per mottagare').check();
    await poll(() => view.locator('#ut-groups li').allTextContents()).toEqual([
      'Studieförbunden i kommunen: § 13',
      'Ekonomienheten: §§ 13–14',
      'Fastighetsenheten: § 14',
    ]);
    expect(await axeViolations(page)).toEqual([]);
    await page.click('#ut-open');
    await poll(() => view.locator('[role=status]').textContent()).toMatch(/3 utdrag öppnades/);
    expect((await opened(page)).slice(1)).toEqual(['utdrag-studieforbunden-i-kommunen.docx', 'utdrag-ekonomienheten.docx', 'utdrag-fastighetsenheten.docx']);
    expect(await documentText(page)).toEqual(before);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('the three views in a dark Office theme', async () => {
    const { page } = session;
    await page.evaluate(() => {
      document.documentElement.dataset.theme = 'dark';
    });
    for (const tab of ['Närvaro', 'Anslag', 'Utdrag']) {
      await page.getByRole('tab', { name: tab }).click();
      expect(await axeViolations(page)).toEqual([]);
    }
    await page.evaluate(() => {
      document.documentElement.dataset.theme = 'light';
    });
  });

  it('Föredragningslista: the first § number proposed from the feed, with where it came from, and editable', async () => {
    const { page } = session;
    // A new protocol for the next meeting: the demo's cover without entries, and the feed.
    await page.goto(`${session.server.origin}/demo.html?feed=/feed/`);
    await page.getByRole('tab', { name: 'Föredragningslista' }).click();
    await page.fill('#fl-text', ['1. Val av justerare', '2. Konstinköp 2025 KN 2025/30'].join('\n'));
    await poll(() => page.locator('#fl-first-hint').textContent()).toMatch(
      /^Förra protokollet för kulturnämndens arbetsutskott i beslutshistoriken, 2025-02-12, slutar på § 11 \(.*kulturnamndens-au-2025-02-12\.txt.*\): nästa nummer är § 12\.$/,
    );
    expect(await page.locator('.agenda-preview .agenda-number').allTextContents()).toEqual(['§ 12', '§ 13']);
    expect(await axeViolations(page)).toEqual([]);
    await page.fill('#fl-first', '20');
    expect(await page.locator('.agenda-preview .agenda-number').allTextContents()).toEqual(['§ 20', '§ 21']);
  });
});
