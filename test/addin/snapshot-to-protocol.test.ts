import { describe, expect, it } from 'vitest';
import { snapshotToProtocol } from '../../core/addin/snapshot-to-protocol.ts';
import { parseProtocol } from '../../core/parse/parse.ts';
import { parseSnapshot, type DocumentSnapshotInput } from '../../core/addin/snapshot.ts';
import { applyPlan, memoryDocumentOf, memoryParagraph, snapshotOf } from '../../word-addin/src/gateway/memory-document.ts';
import { planInsertEntries } from '../../core/addin/renumber.ts';
import { CaseNumberConfig, presetConfig } from '../../core/casenumber/index.ts';
import { entry, ok } from './support.ts';

const p = (text: string, styleBuiltIn = 'Normal', style = styleBuiltIn) => ({ text, style, styleBuiltIn });

const kommun = CaseNumberConfig.parse(presetConfig('prefix-year-slash-number'));

/** A document that is one entry the add-in wrote: its paragraphs inside an entry control, with its number control. */
function oneTaggedEntry(number: number, paragraphs: DocumentSnapshotInput['paragraphs']) {
  const parsed = parseSnapshot({
    paragraphs,
    controls: [
      { id: 1, tag: 'protokoll:entry:x', title: '', text: paragraphs.map((x) => x.text).join('\r') },
      { id: 2, tag: 'protokoll:num:x', title: '', text: `§ ${number}` },
    ],
  });
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.snapshot;
}

describe('a Word document read as a protocol (Granska)', () => {
  it('reads the cover with the parser, entries from their controls, and hand-written entries from the text, in document order', () => {
    const doc = memoryDocumentOf([
      memoryParagraph('Protokoll', 'Title'),
      memoryParagraph('Sammanträdesdatum'),
      memoryParagraph('Miljönämnden 2025-06-10'),
      memoryParagraph('Justerare'),
      memoryParagraph('Eva Strand (C)'),
    ]);
    const plan = ok(planInsertEntries(snapshotOf(doc), [{ paragraph: entry(12, 'Tillsynsplan'), entryId: 'a', position: { at: 'end' } }])).plan;
    applyPlan(doc, plan);
    // The clerk typed one entry by hand after the add-in's.
    doc.blocks.push(
      ...['§ 13 Yttrande över detaljplan', 'RS 77-2025', 'Beslut', 'Nämnden har inget att invända.'].map((t) => ({ paragraph: memoryParagraph(t) })),
    );
    const protocol = snapshotToProtocol(snapshotOf(doc));
    expect(protocol.body).toBe('Miljönämnden');
    expect(protocol.date).toBe('2025-06-10');
    expect(protocol.paragrafer.map((x) => [x.number, x.title, x.caseNumbers, x.sections.map((s) => s.kind)])).toEqual([
      [12, 'Tillsynsplan', ['RS 12-2025'], ['sammanfattning', 'beslut']],
      [13, 'Yttrande över detaljplan', ['RS 77-2025'], ['beslut']],
    ]);
    // Lines are body paragraph indexes + 1, so a finding selects the right paragraph in Word.
    expect(protocol.paragrafer.map((x) => x.line)).toEqual([6, 12]);
    expect(protocol.paragrafer[0]!.sections[1]).toMatchObject({ heading: 'Beslut', text: 'Informationen noteras.', line: 10 });
  });

  it("knows an entry's structure from its styles, also a heading with the organisation's own words, and keeps stray text", () => {
    const [only] = snapshotToProtocol(
      oneTaggedEntry(5, [
        p('§ 5 Budget', 'Heading2'),
        p('Dnr KS 2025/14', 'Normal'),
        p('Något skrivet före första rubriken.'),
        p('Nämndens överväganden', 'Heading3'),
        p('Rad ett.'),
        p('Rad två.'),
        p('Beslut', 'Other', 'Protokollrubrik'),
        p('Budgeten antas.'),
      ]),
      kommun,
    ).paragrafer;
    expect(only).toMatchObject({ number: 5, title: 'Budget', caseNumbers: ['KS 2025/14'] });
    expect(only!.sections.map((s) => [s.kind, s.heading, s.text])).toEqual([
      ['other', '', 'Något skrivet före första rubriken.'],
      ['other', 'Nämndens överväganden', 'Rad ett.\nRad två.'],
      ['beslut', 'Beslut', 'Budgeten antas.'],
    ]);
  });

  it('takes a line of case numbers as the parser does, with the same words between them', () => {
    const paragraphs = [p('§ 6 Taxor', 'Heading2'), p('Diarienr: KS 2025/14 samt KS 2025/15'), p('Beslut', 'Heading3'), p('Taxorna antas.')];
    const [entryRead] = snapshotToProtocol(oneTaggedEntry(6, paragraphs), kommun).paragrafer;
    const [textRead] = parseProtocol(paragraphs.map((x) => x.text).join('\n'), { caseNumbers: kommun }).paragrafer;
    expect(entryRead!.caseNumbers).toEqual(['KS 2025/14', 'KS 2025/15']);
    expect(textRead!.caseNumbers).toEqual(entryRead!.caseNumbers);
    expect(entryRead!.sections.map((s) => s.kind)).toEqual(['beslut']);
  });

  it('refuses a malformed snapshot with a Swedish message instead of reading half a document', () => {
    const r = parseSnapshot({ paragraphs: [{ text: 5 }], controls: [] });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toMatch(/^Dokumentet kunde inte läsas \(paragraphs\[0\]\.text/);
  });
});
