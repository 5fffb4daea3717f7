import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { parseSnapshot } from '../../core/addin/snapshot.ts';
import { snapshotToProtocol } from '../../core/addin/snapshot-to-protocol.ts';
import { protocolDocx } from '../../core/ooxml/docx.ts';
import { parseProtocol } from '../../core/parse/parse.ts';
import { checkProtocol } from '../../core/check/index.ts';
import { libreOfficeText } from '../ooxml/support/libreoffice.ts';
import { feedFiles, inventedCase } from '../../harness/invented-feed.ts';
import { publishFeed } from '../../harness/loopback-server.ts';
import { axeViolations } from './support/axe.ts';
import { PANE_WIDTH, buildAddin, documentText, openTaskpane, poll, type TaskpaneSession } from './support/taskpane-page.ts';

/**
 * A new user's afternoon with the task pane, in real Chromium at 320 px against the in-memory
 * document: a 30-item protocol from the agenda, every item filled in, three of them with yrkanden,
 * a vote and a reservation, one item inserted in the middle (numbers and references follow), and
 * the check ends in "Klar för justering". (The README's pictures come from `npm run screenshots`.)
 */


const SUBJECTS = [
  'Bidrag till studieförbunden', 'Öppettider för stadsbiblioteket', 'Konstnärlig gestaltning av nya skolan', 'Kulturstipendium 2025',
  'Avgifter för kulturskolan', 'Lokal för ungdomens hus', 'Samverkan med hembygdsföreningar', 'Föreningsbidrag, andra omgången',
  'Sommarteater i parken', 'Digitalisering av lokalarkivet', 'Bokbussens turlista', 'Arrangörsstöd till festivaler',
  'Riktlinjer för offentlig konst', 'Uppföljning av kulturplanen', 'Hyresavtal för museimagasinet', 'Medborgarförslag om läsfrämjande',
  'Motion om fri entré för unga', 'Internkontrollplan 2025', 'Delårsrapport för kulturförvaltningen', 'Verksamhetsplan för fritidsgårdar',
  'Tillgänglighet i kulturhuset', 'Taxa för lokaluthyrning', 'Evenemangsstrategi', 'Kulturmiljöprogram',
];

/** An invented agenda in the way clerks paste one: groups, numbered items, case numbers. */
function agendaText(): string {
  const lines = ['Föredragningslista', 'Kulturnämndens arbetsutskott 2025-03-12', '', '1. Fastställande av föredragningslista', '2. Val av justerare samt tid för justering', '', 'Informationsärenden'];
  for (let i = 3; i <= 6; i++) lines.push(`${i}. Information om ${SUBJECTS[i - 3]!.toLowerCase()}`, `RS ${300 + i}-2025`);
  lines.push('', 'Beslutsärenden');
  for (let i = 7; i <= 30; i++) lines.push(`${i}. ${SUBJECTS[(i - 7) % SUBJECTS.length]} Dnr RS ${300 + i}-2025`);
  return lines.join('\n');
}

const status = (page: Page, panel: string) => page.locator(`#panel-${panel} [role=status]`);

/** The value of the first option of a select whose label starts with `prefix`. */
async function optionStarting(page: Page, select: string, prefix: string): Promise<string> {
  const value = await page.$eval(select, (el, p) => [...(el as HTMLSelectElement).options].find((o) => o.text.startsWith(p))?.value ?? null, prefix);
  if (value === null) throw new Error(`no option "${prefix}…" in ${select}`);
  return value;
}

async function fillEntry(page: Page, number: number, fill: (page: Page) => Promise<void>): Promise<void> {
  await page.check('#np-mode-1');
  await page.selectOption('#np-fill', await optionStarting(page, '#np-fill', `§ ${number} `));
  await fill(page);
  await page.click('#np-insert');
  await poll(() => status(page, 'ny-paragraf').textContent()).toMatch(new RegExp(`§ ${number} uppdaterad`));
}

/** The clerk typing in Word: text appended to the body paragraph that starts with `start`. */
async function typeInDocument(page: Page, start: string, text: string): Promise<number> {
  return page.evaluate(
    ({ start, text }) => {
      const g = (globalThis as unknown as { protokollDemo: { doc: { blocks: ({ paragraph: { runs: { text: string }[] } } | { paragraphs: { runs: { text: string }[] }[] })[] }; placeCursor(i: number, o: number): void } }).protokollDemo;
      const paragraphs = g.doc.blocks.flatMap((b) => ('paragraph' in b ? [b.paragraph] : b.paragraphs));
      const index = paragraphs.findIndex((p) => p.runs.map((r) => r.text).join('').startsWith(start));
      const p = paragraphs[index]!;
      p.runs.push({ text });
      g.placeCursor(index, p.runs.map((r) => r.text).join('').length);
      return index;
    },
    { start, text },
  );
}

let built: { dir: string; remove(): Promise<void> };
let session: TaskpaneSession;

beforeAll(async () => {
  built = await buildAddin();
  session = await openTaskpane(built.dir, '?feed=/feed/');
  publishFeed(session.server, '/feed/', feedFiles([inventedCase(7, 3), inventedCase(8, 1)]));
});

afterAll(async () => {
  await session?.close();
  await built?.remove();
});

describe('task pane at 320 px over the in-memory document', () => {
  it('creates a 30-item protocol from the agenda in one go', async () => {
    const { page } = session;
    await page.getByRole('tab', { name: 'Föredragningslista' }).click();
    await page.fill('#fl-text', agendaText());
    await page.fill('#fl-first', '101');
    await poll(() => page.locator('.agenda-preview li').count()).toBe(30);
    await expect(page.locator('#fl-create').textContent()).resolves.toBe('Skapa 30 paragrafer');
    await page.click('#fl-create');
    await poll(() => status(page, 'foredragningslista').textContent()).toMatch(/§§ 101–130 infogade/);
    const text = await documentText(page);
    expect(text.filter((t) => /^§ \d+ /.test(t))).toHaveLength(30);
    expect(text).toContain('§ 130 Kulturmiljöprogram');
    expect(text).toContain('RS 330-2025');
    await page.locator('#panel-foredragningslista').evaluate((el) => el.scrollIntoView());
    expect(await axeViolations(page)).toEqual([]);
  });

  it('looks a case up in the history feed while the clerk types it and offers its title', async () => {
    const { page } = session;
    await page.getByRole('tab', { name: 'Ny paragraf' }).click();
    await page.fill('#np-case', inventedCase(7, 3).caseNumber);
    await poll(() => page.locator('.case-card').textContent()).toContain(inventedCase(7, 3).title);
    await page.getByRole('button', { name: 'Använd rubriken' }).click();
    await poll(() => page.inputValue('#np-title')).toBe(inventedCase(7, 3).title);
    await poll(() => page.evaluate(() => document.activeElement?.id)).toBe('np-title');
    await page.fill('#np-case', 'RS 9999-2025');
    await poll(() => page.locator('#np-case-lookup').textContent()).toMatch(/finns inte i beslutshistoriken/);
    await page.fill('#np-case', '');
    await page.fill('#np-title', '');
  });

  it('says what is missing, field by field, and moves focus to the first problem', async () => {
    const { page } = session;
    await page.check('#np-mode-0');
    await page.selectOption('#np-type', 'yrkanden');
    await page.click('#np-insert');
    await poll(() => status(page, 'ny-paragraf').textContent()).toMatch(/infogades inte/);
    await expect(status(page, 'ny-paragraf').textContent()).resolves.toMatch(/minst ett yrkande/);
    await poll(() => page.evaluate(() => document.activeElement?.id)).toBe('np-add-yrkande');
    await page.selectOption('#np-type', 'beslutsarende');
  });

  it('fills every item; three with yrkanden, a vote and a reservation', async () => {
    const { page } = session;
    await fillEntry(page, 102, async () => {
      await page.selectOption('#np-type', 'val-av-justerare');
      await page.fill('#np-justerare', 'Per Ek (M)');
      await page.fill('#np-justering-date', '2025-03-19');
    });
    for (let n = 103; n <= 130; n++) {
      if (n === 110 || n === 115 || n === 120) continue;
      await fillEntry(page, n, async () => {
        await page.selectOption('#np-type', n <= 106 ? 'informationsarende' : 'beslutsarende');
        await page.fill('#np-sammanfattning', `Sammanfattning av ärende ${n - 100}.`);
        if (n > 106) await page.fill('#np-forslag', `Arbetsutskottet godkänner förslaget i ärende ${n - 100}.`);
        else await page.fill('#np-forslag', 'Informationen noteras.');
      });
    }

    // § 110: an own proposal against liggande förslag, the chair finds for liggande förslag.
    await fillEntry(page, 110, async () => {
      await page.selectOption('#np-type', 'yrkanden');
      await page.fill('#np-sammanfattning', 'Förvaltningen föreslår nya öppettider.');
      await page.fill('#np-forslag', 'Öppettiderna ändras enligt förvaltningens förslag.');
      await page.click('#np-add-yrkande');
      await page.fill('#np-yrkande-0-person', 'Lina Sjö');
      await page.fill('#np-yrkande-0-party', 'V');
      await page.fill('#np-yrkande-0-proposal', 'biblioteket ska ha öppet även på söndagar');
      await page.fill('#np-yrkande-0-support', 'Omar Berg (C)');
      await page.click('#np-add-yrkande');
      await page.fill('#np-yrkande-1-person', 'Maria Holm');
      await page.fill('#np-yrkande-1-party', 'S');
      await page.selectOption('#np-yrkande-1-kind', 'bifall');
      await page.selectOption('#np-winner', 'liggande');
      await expect(page.inputValue('#np-beslutsgang')).resolves.toMatch(/Ordförande ställer Lina Sjös \(V\) förslag mot liggande förslag och finner att arbetsutskottet beslutar enligt liggande förslag\./);
      await page.click('#np-add-reservation');
      await page.fill('#np-res-0-person', 'Lina Sjö');
      await page.fill('#np-res-0-party', 'V');
      await page.fill('#np-res-0-reason', 'till förmån för eget yrkande');
    });

    // § 115: an open vote, member by member, and the chair's wording edited before insertion.
    await fillEntry(page, 115, async () => {
      await page.selectOption('#np-type', 'omrostning');
      await page.fill('#np-sammanfattning', 'Avgifterna för kulturskolan ses över.');
      await page.fill('#np-forslag', 'Avgifterna höjs med fem procent.');
      await page.click('#np-add-yrkande');
      await page.fill('#np-yrkande-0-person', 'Per Ek');
      await page.fill('#np-yrkande-0-party', 'M');
      await page.selectOption('#np-yrkande-0-kind', 'avslag');
      await page.check('text=Omröstning begärdes');
      await page.selectOption('#np-vote-ja', 'liggande');
      await page.selectOption('#np-vote-nej', '0');
      await page.check('text=Per ledamot');
      const members: [string, string, 'ja' | 'nej' | 'avstar'][] = [
        ['Maria Holm', 'S', 'ja'],
        ['Per Ek', 'M', 'nej'],
        ['Lina Sjö', 'V', 'ja'],
        ['Omar Berg', 'C', 'nej'],
        ['Siv Lund', 'KD', 'ja'],
      ];
      for (const [i, [name, party, vote]] of members.entries()) {
        await page.click('#np-add-member');
        await page.fill(`#np-member-${i}-name`, name);
        await page.fill(`#np-member-${i}-party`, party);
        await page.check(`#np-member-${i}-vote-${['ja', 'nej', 'avstar'].indexOf(vote)}`);
      }
      await expect(page.inputValue('#np-omrostning-text')).resolves.toMatch(/Med 3 ja-röster mot 2 nej-röster beslutar arbetsutskottet enligt liggande förslag\./);
      await page.click('#np-add-reservation');
      await page.fill('#np-res-0-person', 'Per Ek');
      await page.fill('#np-res-0-party', 'M');
      // Tall enough to show the yrkande, the generated Beslutsgång and the vote together.
      await page.setViewportSize({ width: PANE_WIDTH, height: 1600 });
      await page.locator('#np-yrkande-0-heading').evaluate((el) => el.scrollIntoView());
      await page.setViewportSize({ width: PANE_WIDTH, height: 900 });
      expect(await axeViolations(page)).toEqual([]);
    });

    // § 120: a vote by count with abstentions, and jäv.
    await fillEntry(page, 120, async () => {
      await page.selectOption('#np-type', 'omrostning');
      await page.fill('#np-sammanfattning', 'Medborgarförslaget har beretts av förvaltningen.');
      await page.fill('#np-forslag', 'Medborgarförslaget avslås.');
      await page.click('#np-add-yrkande');
      await page.fill('#np-yrkande-0-person', 'Omar Berg');
      await page.fill('#np-yrkande-0-party', 'C');
      await page.fill('#np-yrkande-0-proposal', 'medborgarförslaget bifalls');
      await page.check('text=Omröstning begärdes');
      await page.selectOption('#np-vote-ja', 'liggande');
      await page.selectOption('#np-vote-nej', '0');
      await page.fill('#np-vote-ja-count', '3');
      await page.fill('#np-vote-nej-count', '1');
      await page.fill('#np-vote-avstar-count', '0');
      await page.fill('#np-jav', 'Siv Lund (KD)');
      await page.click('#np-add-reservation');
      await page.fill('#np-res-0-person', 'Omar Berg');
      await page.fill('#np-res-0-party', 'C');
    });

    const text = (await documentText(page)).join('\n');
    expect(text).toContain('Lina Sjö (V), med stöd av Omar Berg (C), yrkar att biblioteket ska ha öppet även på söndagar.');
    expect(text).toContain('Lina Sjö (V) reserverar sig mot beslutet till förmån för eget yrkande.');
    expect(text).toMatch(/Ledamöternas röster:\nMaria Holm \(S\) Ja\nPer Ek \(M\) Nej/);
    expect(text).toContain('Med 3 ja-röster mot 1 nej-röst beslutar arbetsutskottet enligt liggande förslag.');
    expect(text).not.toMatch(/\[Skriv/);
  }, 180_000);

  it('inserts an item in the middle: later numbers and the references written through the pane follow', async () => {
    const { page } = session;
    // The clerk writes "se" in § 125 and lets the pane add the reference to § 121.
    await typeInDocument(page, 'Sammanfattning av ärende 25.', ' Se även ');
    await page.selectOption('#np-reference-target', await optionStarting(page, '#np-reference-target', '§ 121 '));
    await page.click('#np-insert-reference');
    await poll(() => status(page, 'ny-paragraf').textContent()).toMatch(/Hänvisning till § 121 infogad/);
    await typeInDocument(page, 'Sammanfattning av ärende 26.', ' Jämför ');
    await page.selectOption('#np-reference-target', await optionStarting(page, '#np-reference-target', '§ 116 '));
    await page.selectOption('#np-reference-end', await optionStarting(page, '#np-reference-end', '§ 117 '));
    await page.click('#np-insert-reference');
    await poll(() => status(page, 'ny-paragraf').textContent()).toMatch(/Hänvisning till §§ 116–117 infogad/);

    await page.check('#np-mode-0');
    await page.selectOption('#np-type', 'beslutsarende');
    await page.selectOption('#np-placement', await optionStarting(page, '#np-placement', 'Efter § 114 '));
    await page.fill('#np-title', 'Extra ärende om vinterbelysning');
    await page.fill('#np-case', 'RS 401-2025');
    await page.fill('#np-sammanfattning', 'Ärendet anmäldes vid sammanträdets början.');
    await page.fill('#np-forslag', 'Arbetsutskottet godkänner planen för vinterbelysning.');
    await page.click('#np-insert');
    await poll(() => status(page, 'ny-paragraf').textContent()).toMatch(/§ 115 infogad, 16 paragrafer numrerades om, 2 hänvisningar uppdaterades/);

    const text = await documentText(page);
    expect(text).toContain('§ 115 Extra ärende om vinterbelysning');
    expect(text).toContain('§ 116 Sommarteater i parken');
    expect(text).toContain('§ 131 Kulturmiljöprogram');
    expect(text).toContain('Sammanfattning av ärende 25. Se även § 122');
    expect(text).toContain('Sammanfattning av ärende 26. Jämför §§ 117–118');
  });

  it('fills in an entry again: shows what it rewrites, refuses over a Word edit made meanwhile, and writes after "Läs in dokumentet igen"', async () => {
    const { page } = session;
    await page.check('#np-mode-0');
    expect(await page.$eval('#np-placement', (el) => [...(el as HTMLSelectElement).options].slice(0, 3).map((o) => o.text))).toEqual([
      'Efter paragrafen där markören står, annars sist',
      'Sist, efter den sista paragrafen',
      'Först, före den första paragrafen',
    ]);
    await page.check('#np-mode-1');
    await page.selectOption('#np-fill', await optionStarting(page, '#np-fill', '§ 131 '));
    await page.fill('#np-sammanfattning', 'Kulturmiljöprogrammet är remitterat till hembygdsföreningarna.');
    await poll(() => page.locator('#np-fill-preview').textContent()).toBe('Uppdatera paragraf skriver om Sammanfattning. Allt annat i paragrafen lämnas som det är.');

    // Meanwhile, in Word, someone adds to the same entry's proposal.
    await typeInDocument(page, 'Arbetsutskottet godkänner förslaget i ärende 30.', ' Remisstiden är sex veckor.');
    const before = await documentText(page);
    await page.click('#np-insert');
    await poll(() => status(page, 'ny-paragraf').textContent()).toMatch(/Inget ändrades: paragrafen .*sedan formuläret fylldes i/);
    expect(await documentText(page)).toEqual(before);
    expect(await status(page, 'ny-paragraf').textContent()).not.toMatch(/ItemNotFound|InvalidArgument|Error/);

    await page.click('#np-reload');
    await poll(() => status(page, 'ny-paragraf').textContent()).toMatch(/Dokumentet är inläst igen/);
    // The clerk's own text stays in the form; the Word edit is kept in the document.
    expect(await page.inputValue('#np-sammanfattning')).toBe('Kulturmiljöprogrammet är remitterat till hembygdsföreningarna.');
    await page.click('#np-insert');
    await poll(() => status(page, 'ny-paragraf').textContent()).toMatch(/§ 131 uppdaterad \(Sammanfattning\)/);
    const text = await documentText(page);
    expect(text).toContain('Kulturmiljöprogrammet är remitterat till hembygdsföreningarna.');
    expect(text).toContain('Arbetsutskottet godkänner förslaget i ärende 30. Remisstiden är sex veckor.');
    expect(text).not.toContain('Sammanfattning av ärende 30.');
  });

  it('runs the check: findings grouped by §, each selecting its place, and Klar för justering', async () => {
    const { page } = session;
    // A § typed by hand is found and reported, never rewritten.
    const typed = await typeInDocument(page, 'Sammanfattning av ärende 12.', ' Jämför § 104.');
    await page.getByRole('tab', { name: 'Granska' }).click();
    await page.locator('#gr-verdict').waitFor();
    // Nothing blocks signing: no finding of severity error (listed, so a failure says which).
    expect(await page.locator('.finding', { has: page.locator('.severity-error') }).allTextContents()).toEqual([]);
    await poll(() => page.locator('#gr-verdict').textContent()).toBe('Klar för justering');
    // Other rules may also name § 104; this is the finding about the reference typed by hand.
    const finding = page.locator('.finding', { hasText: '”§ 104” är inskrivet för hand' });
    await poll(() => finding.count()).toBe(1);
    await poll(() => page.locator('.finding-group', { has: finding }).locator('h3').textContent()).toBe('§ 112');
    await finding.click();
    await poll(() => page.evaluate(() => (globalThis as unknown as { protokollDemo: { doc: { selection: { paragraphIndex: number } | null } } }).protokollDemo.doc.selection?.paragraphIndex)).toBe(typed);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('gives a document whose export LibreOffice opens, reading back the same entries with nothing blocking', async () => {
    const raw = await session.page.evaluate(() => (globalThis as unknown as { protokollDemo: { snapshot(): Promise<unknown> } }).protokollDemo.snapshot());
    const parsed = parseSnapshot(raw);
    if (!parsed.ok) throw new Error(parsed.message);
    const protocol = snapshotToProtocol(parsed.snapshot);
    const reread = parseProtocol(await libreOfficeText(protocolDocx(protocol)));
    expect(reread.paragrafer.map((p) => p.number)).toEqual(Array.from({ length: 31 }, (_, i) => 101 + i));
    expect(reread.paragrafer.map((p) => [p.title, p.caseNumbers])).toEqual(protocol.paragrafer.map((p) => [p.title, p.caseNumbers]));
    expect(checkProtocol(reread).filter((f) => f.severity === 'error')).toEqual([]);
  }, 180_000);

  it('needs no network beyond its own server; production loads Office.js only from Microsoft', async () => {
    expect(session.external).toEqual([]);
    const production = await readFile(path.join(built.dir, 'taskpane.html'), 'utf8');
    expect([...production.matchAll(/src="(https?:[^"]+)"/g)].map((m) => m[1])).toEqual(['https://appsforoffice.microsoft.com/lib/1/hosted/office.js']);
    expect(await readFile(path.join(built.dir, 'demo.html'), 'utf8')).not.toMatch(/https?:\/\//);
  });

  it('is usable from the keyboard: arrow keys move between the tabs', async () => {
    const { page } = session;
    await page.getByRole('tab', { name: 'Granska' }).focus();
    await page.keyboard.press('ArrowLeft');
    await poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Föredragningslista');
    await poll(() => page.getByRole('tab', { name: 'Föredragningslista' }).getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('Home');
    await poll(() => page.getByRole('tabpanel', { name: 'Ny paragraf' }).isVisible()).toBe(true);
  });
});
