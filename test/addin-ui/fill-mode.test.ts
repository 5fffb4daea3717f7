import { describe, expect, it } from 'vitest';
import { readStructure } from '../../core/addin/document-structure.ts';
import { entryParagraph } from '../../core/addin/entry-paragraph.ts';
import { planReplaceEntry } from '../../core/addin/renumber.ts';
import type { DocumentSnapshot } from '../../core/addin/snapshot.ts';
import { bodyName } from '../../core/templates/index.ts';
import { draftFromEntry } from '../../word-addin/src/form/draft-from-entry.ts';
import { buildEntry } from '../../word-addin/src/form/draft-to-input.ts';
import type { EntryDraft } from '../../word-addin/src/form/entry-draft.ts';
import { applyPlan, type MemoryDocument, type MemoryParagraph } from '../../word-addin/src/gateway/memory-document.ts';
import { OfficeGateway } from '../../word-addin/src/gateway/office-gateway.ts';
import { GatewayError } from '../../word-addin/src/gateway/gateway.ts';
import { contentOf, fullEntry, memoryProtocol, refusedUnchanged, wordOf } from './support/protocol-fixture.ts';

const body = bodyName('Kulturnämndens arbetsutskott');
const api13 = { isSetSupported: (name: string, version = '1.1') => name === 'WordApi' && Number(version.split('.')[1]) <= 3 };

const paragraphsOf = (doc: MemoryDocument): MemoryParagraph[] => doc.blocks.flatMap((b) => ('paragraph' in b ? [b.paragraph] : b.paragraphs));
const textOf = (p: MemoryParagraph) => p.runs.map((r) => r.text).join('');
const entryBlock = (doc: MemoryDocument, id: string) => {
  const b = doc.blocks.find((x) => 'control' in x && x.control.tag === `protokoll:entry:${id}`);
  if (!b || !('paragraphs' in b)) throw new Error(`no entry ${id}`);
  return b;
};

/** The clerk chooses "Fyll i en befintlig": the form is filled from the entry as it reads now. */
function fill(snapshot: DocumentSnapshot, entryId: string) {
  const entry = readStructure(snapshot).entries.find((e) => e.entryId === entryId)!;
  return { expectedText: entry.control.text, draft: draftFromEntry(entryParagraph(entry), 'beslutsarende', body) };
}

/** "Uppdatera paragraf": the entry the form builds now, planned against the document as it reads now. */
function submit(current: DocumentSnapshot, entryId: string, filled: { expectedText: string; draft: EntryDraft }, draft: EntryDraft, edited?: string[]) {
  const built = buildEntry(draft, 1, body);
  if (!built.ok) throw new Error(JSON.stringify(built.issues));
  return planReplaceEntry(current, { entryId, paragraph: built.entry, expectedText: filled.expectedText, edited: edited as never });
}

/** A protocol whose § 103 has every section, one paragraph of it in the organisation's own style. */
async function protocolWithFullEntry() {
  const gateway = await memoryProtocol(2, [{ id: 'full', paragraph: fullEntry('Öppettider för stadsbiblioteket') }]);
  const block = entryBlock(gateway.doc, 'full');
  const yrkande = block.paragraphs.find((p) => textOf(p).startsWith('Lina Sjö (V) yrkar'))!;
  Object.assign(yrkande, { style: 'Yrkandetext', styleBuiltIn: 'Other' });
  return gateway;
}

describe('filling in an entry that has every section', () => {
  it('rewrites only the section the clerk edited and keeps every other paragraph exactly as it was', async () => {
    const gateway = await protocolWithFullEntry();
    const before = structuredClone(entryBlock(gateway.doc, 'full').paragraphs);
    expect(before).toHaveLength(22);
    const filled = fill(await gateway.snapshot(), 'full');
    const planned = submit(await gateway.snapshot(), 'full', filled, { ...filled.draft, sammanfattning: 'Förvaltningen föreslår längre öppettider.' }, ['sammanfattning']);
    if (!planned.ok) throw new Error(planned.message);
    expect((planned as { replaces?: string[] }).replaces).toEqual(['Sammanfattning']);
    expect(applyPlan(gateway.doc, planned.plan)).toEqual({ ok: true });

    const after = entryBlock(gateway.doc, 'full').paragraphs;
    const sammanfattning = before.findIndex((p) => textOf(p) === 'Sammanfattning');
    // Everything but the Sammanfattning's two text paragraphs, now one, is the same object content.
    expect(after.slice(0, sammanfattning + 1)).toEqual(before.slice(0, sammanfattning + 1));
    expect(textOf(after[sammanfattning + 1]!)).toBe('Förvaltningen föreslår längre öppettider.');
    expect(after.slice(sammanfattning + 2)).toEqual(before.slice(sammanfattning + 3));
    for (const heading of ['Yrkanden', 'Beslutsgång', 'Reservation', 'Protokollsanteckning', 'Beslutet skickas till', 'RS 77-2025']) {
      expect(after.map(textOf)).toContain(heading);
    }
    expect(after.find((p) => textOf(p).startsWith('Lina Sjö (V) yrkar'))?.style).toBe('Yrkandetext');
  });

  it('keeps every section through Word as well, and shows what it replaces', async () => {
    const memory = await protocolWithFullEntry();
    const word = await wordOf(memory);
    const gateway = new OfficeGateway(word.run, api13);
    const filled = fill(await gateway.snapshot(), 'full');
    const planned = submit(await gateway.snapshot(), 'full', filled, { ...filled.draft, beslut: 'Öppettiderna ändras från och med den 1 juni.' }, ['beslut']);
    if (!planned.ok) throw new Error(planned.message);
    expect(planned.plan.summary).toMatch(/uppdaterad \(Beslut\)/);
    await gateway.apply(planned.plan);
    const texts = entryBlock(word.doc, 'full').paragraphs.map(textOf);
    const was = entryBlock(memory.doc, 'full').paragraphs.map(textOf);
    const beslut = was.indexOf('Beslut') + 1;
    expect(texts).toEqual(was.map((t, i) => (i === beslut ? 'Öppettiderna ändras från och med den 1 juni.' : t)));
  });

  it('without a list of edited parts writes only what differs from the document', async () => {
    const gateway = await protocolWithFullEntry();
    const filled = fill(await gateway.snapshot(), 'full');
    const planned = submit(await gateway.snapshot(), 'full', filled, { ...filled.draft, title: 'Öppettider för biblioteken' });
    if (!planned.ok) throw new Error(planned.message);
    expect((planned as { replaces?: string[] }).replaces).toEqual(['rubriken']);
    applyPlan(gateway.doc, planned.plan);
    const texts = paragraphsOf(gateway.doc).map(textOf);
    expect(texts).toContain('§ 103 Öppettider för biblioteken');
    expect(texts).toContain('Lina Sjö (V) reserverar sig mot beslutet till förmån för eget yrkande.');
  });
});

describe('a failure part-way through filling in an entry', () => {
  it('puts back the paragraphs already rewritten, so the entry is exactly as before', async () => {
    const memory = await protocolWithFullEntry();
    let failAt = -1;
    const word = await wordOf(memory, { failOn: (_edit, index) => index === failAt });
    const gateway = new OfficeGateway(word.run, api13);
    const filled = fill(await gateway.snapshot(), 'full');
    const planned = submit(await gateway.snapshot(), 'full', filled, { ...filled.draft, sammanfattning: 'Kortare.', beslut: 'Beslutet gäller från juni.' }, ['sammanfattning', 'beslut']);
    if (!planned.ok) throw new Error(planned.message);
    expect(planned.plan.operations.map((o) => o.op)).toEqual(['replaceParagraphs', 'replaceParagraphs']);
    failAt = 1;
    expect((await refusedUnchanged(() => gateway.apply(planned.plan), word.doc)).message).toMatch(/togs tillbaka\. Inget ändrades/);
  });
});

describe('a Word edit between filling in the form and submitting it', () => {
  it('is found, and nothing is written', async () => {
    const gateway = await protocolWithFullEntry();
    const filled = fill(await gateway.snapshot(), 'full');
    // The clerk (or a co-author) adds a sentence in Word while the form is open.
    const reservation = entryBlock(gateway.doc, 'full').paragraphs.find((p) => textOf(p).startsWith('Lina Sjö (V) reserverar'))!;
    reservation.runs.push({ text: ' Hon lämnar en skriftlig reservation.' });
    const before = contentOf(gateway.doc);
    const planned = submit(await gateway.snapshot(), 'full', filled, { ...filled.draft, sammanfattning: 'Kortare.' }, ['sammanfattning']);
    if (planned.ok) {
      // A planner that did not notice: the gateway must refuse.
      await expect(gateway.apply(planned.plan)).rejects.toThrow(GatewayError);
    } else {
      expect(planned.message).toMatch(/Inget ändrades: paragrafen .*”Lina Sjö \(V\) reserverar sig.*sedan formuläret fylldes i/);
      expect(planned.reload).toBe(true);
    }
    expect(contentOf(gateway.doc)).toBe(before);
  });

  it('an edit in Word after the plan was made is refused by the gateway in Swedish', async () => {
    const memory = await protocolWithFullEntry();
    const word = await wordOf(memory);
    const gateway = new OfficeGateway(word.run, api13);
    const filled = fill(await gateway.snapshot(), 'full');
    const planned = submit(await gateway.snapshot(), 'full', filled, { ...filled.draft, sammanfattning: 'Kortare.' }, ['sammanfattning']);
    if (!planned.ok) throw new Error(planned.message);
    entryBlock(word.doc, 'full').paragraphs.at(-1)!.runs.push({ text: ' (bilaga 3)' });
    expect((await refusedUnchanged(() => gateway.apply(planned.plan), word.doc)).message).toMatch(/Inget ändrades/);
  });
});

describe('a heading with ^ in it (a special character in Word search)', () => {
  async function caretProtocol() {
    const memory = await memoryProtocol(2, [{ id: 'caret', paragraph: { ...fullEntry('Taxa 10^3 kronor per timme'), sections: fullEntry('x').sections.slice(0, 2) } }]);
    const word = await wordOf(memory);
    return { memory, word, gateway: new OfficeGateway(word.run, api13) };
  }

  it('is filled in like any other', async () => {
    const { word, gateway } = await caretProtocol();
    const filled = fill(await gateway.snapshot(), 'caret');
    const planned = submit(await gateway.snapshot(), 'caret', filled, { ...filled.draft, forslagTillBeslut: 'Taxan fastställs.' }, ['forslagTillBeslut']);
    if (!planned.ok) throw new Error(planned.message);
    await gateway.apply(planned.plan);
    expect(entryBlock(word.doc, 'caret').paragraphs.map(textOf)).toContain('Taxan fastställs.');
    expect(entryBlock(word.doc, 'caret').paragraphs.map(textOf)[0]).toBe('§ 103 Taxa 10^3 kronor per timme');
  });

  it('changed in Word since the form was filled: nothing is written, and the clerk is told in Swedish', async () => {
    const { word, gateway } = await caretProtocol();
    const filled = fill(await gateway.snapshot(), 'caret');
    const planned = submit(await gateway.snapshot(), 'caret', filled, { ...filled.draft, forslagTillBeslut: 'Taxan fastställs.' }, ['forslagTillBeslut']);
    if (!planned.ok) throw new Error(planned.message);
    const heading = entryBlock(word.doc, 'caret').paragraphs[0]!;
    heading.runs.push({ text: ' (reviderad)' });
    expect((await refusedUnchanged(() => gateway.apply(planned.plan), word.doc)).message).toMatch(/Inget ändrades/);
  });
});

describe('a skeleton from the agenda', () => {
  it('loses the placeholders the clerk filled in, and keeps text the clerk typed into it in Word', async () => {
    const gateway = await memoryProtocol(0, [
      {
        id: 'sk',
        paragraph: {
          number: 1,
          title: 'Budget 2026',
          caseNumbers: ['RS 9-2025'],
          sections: [
            { kind: 'sammanfattning', heading: 'Sammanfattning', text: '[Skriv en sammanfattning av ärendet]', line: 1 },
            { kind: 'beslut', heading: 'Beslut', text: '[Skriv beslutet]', line: 1 },
            { kind: 'protokollsanteckning', heading: 'Protokollsanteckning', text: 'Skrivet direkt i Word.', line: 1 },
          ],
          line: 1,
        },
      },
    ]);
    const filled = fill(await gateway.snapshot(), 'sk');
    const planned = submit(await gateway.snapshot(), 'sk', filled, { ...filled.draft, sammanfattning: 'Budgeten är beredd.', beslut: 'Budgeten fastställs.' });
    if (!planned.ok) throw new Error(planned.message);
    applyPlan(gateway.doc, planned.plan);
    const texts = entryBlock(gateway.doc, 'sk').paragraphs.map(textOf);
    expect(texts).not.toContain('[Skriv en sammanfattning av ärendet]');
    expect(texts).not.toContain('[Skriv beslutet]');
    expect(texts).toEqual(expect.arrayContaining(['Budgeten är beredd.', 'Budgeten fastställs.', 'Skrivet direkt i Word.']));
  });
});
