import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { unzipSync, strFromU8 } from 'fflate';
import type { Paragraf, Protocol } from '../../core/model/protocol.ts';
import { entryOoxml, insertablePackage, protocolDocx, resolveEntryStyles, escapeXml } from '../../core/ooxml/index.ts';
import { blocksFromOoxml, emptyMemoryDocument } from '../../word-addin/src/gateway/memory-document.ts';
import { readDocx } from '../../core/read/docx.ts';

/** xmllint checks well-formedness (no schema): it throws with the parser's message when the XML is broken. */
const wellFormed = (xml: string) => execFileSync('xmllint', ['--nonet', '--noout', '-'], { input: xml, stdio: ['pipe', 'pipe', 'pipe'] });

const nasty = fc.string({ unit: fc.constantFrom('a', 'Å', 'ö', ' ', '<', '>', '&', '"', "'", '§', '\u0001', '\u000b', ']]>', '–', '\t', 'x') });
const line = nasty.map((s) => s.replace(/\s+/g, ' ').trim()).filter((s) => /\p{L}/u.test(s.replace(/[\u0000-\u001f]/g, '')));

const paragraphArb: fc.Arbitrary<Paragraf> = fc.record({
  number: fc.integer({ min: 0, max: 9999 }),
  title: line,
  caseNumbers: fc.constant(['RS 12-2025']),
  sections: fc.array(
    fc.record({ kind: fc.constant('beslut' as const), heading: fc.constant('Beslut'), text: fc.array(line, { minLength: 1, maxLength: 3 }).map((l) => l.join('\n')), line: fc.constant(3) }),
    { maxLength: 3 },
  ),
  line: fc.constant(1),
});

const protocol = (paragraphs: Paragraf[]): Protocol => ({
  body: 'Kultur- & fritidsnämnden <KFN>',
  date: '2025-03-12',
  place: 'Sammanträdesrum "Tallen"',
  attendance: { beslutande: ['Anna Ek (S)', 'Bo Lind (M)'], ersattare: [], ovriga: ['Lina Berg, sekreterare'] },
  justerare: ['Bo Lind (M)'],
  justeringDate: '2025-03-19',
  toc: null,
  paragrafer: paragraphs,
});

const clean = (s: string) => s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '');

describe('entry OOXML', () => {
  it('is well-formed and reads back to the same text whatever the clerk typed (markup characters, control characters, CDATA ends)', () => {
    fc.assert(
      fc.property(fc.array(paragraphArb, { minLength: 1, maxLength: 8 }), (paragraphs) => {
        const bytes = protocolDocx(protocol(paragraphs));
        const xml = strFromU8(unzipSync(bytes)['word/document.xml']!);
        wellFormed(xml);
        const read = readDocx(bytes);
        if (!read.ok) throw new Error(read.reason);
        const lines = read.text.split('\n');
        for (const [i, p] of paragraphs.entries()) {
          const region = read.regions!.find((r) => r.entryId === `p${i + 1}`)!;
          expect(region).toBeDefined();
          const inside = lines.slice(region.startLine - 1, region.endLine);
          expect(inside[0]).toBe(`§ ${p.number} ${p.title.replace(/[\u0000-\u0008\u000E-\u001F]/g, '').replace(/\s+/g, ' ').trim()}`.trimEnd());
          expect(inside[1]).toBe('RS 12-2025');
          expect(inside.slice(2)).toEqual(p.sections.flatMap((s) => ['Beslut', ...s.text.split('\n').map((l) => clean(l).trimEnd()).filter((l) => l.trim())]));
        }
      }),
      { numRuns: 40 },
    );
  });

  it('wraps an entry in two content controls: the entry and its number', () => {
    const xml = entryOoxml({ number: 7, title: 'A', caseNumbers: [], sections: [{ kind: 'beslut', heading: 'Beslut', text: 'Ja.\nse § 3', line: 3 }], line: 1 }, 'abc');
    expect(xml.match(/<w:sdt>/g)).toHaveLength(2);
    expect(xml).toContain('<w:tag w:val="protokoll:entry:abc"/>');
    expect(xml).toContain('<w:tag w:val="protokoll:num:abc"/>');
    expect(xml).toContain('<w:pStyle w:val="Heading2"/>');
    expect(xml).toContain('<w:pStyle w:val="Heading3"/>');
  });

  it('the package for insertOoxml is well-formed and holds the same blocks', () => {
    const p: Paragraf = { number: 12, title: 'Bidrag <2025> & "mer"', caseNumbers: ['KS 2025/1'], sections: [{ kind: 'beslut', heading: 'Beslut', text: 'Bidraget beviljas.', line: 3 }], line: 1 };
    const pkg = insertablePackage(entryOoxml(p, 'id1'));
    wellFormed(pkg);
    const [block] = blocksFromOoxml(emptyMemoryDocument(), pkg);
    expect(block && 'control' in block && block.control.tag).toBe('protokoll:entry:id1');
    const texts = block && 'paragraphs' in block ? block.paragraphs.map((x) => x.runs.map((r) => r.text).join('')) : [];
    expect(texts).toEqual(['§ 12 Bidrag <2025> & "mer"', 'KS 2025/1', 'Beslut', 'Bidraget beviljas.']);
  });

  it("uses the organisation's own styles when the document has them, else the built-in ones", () => {
    const paragraphs = [
      { style: 'Normal', styleBuiltIn: 'Normal' },
      { style: 'Paragrafrubrik', styleBuiltIn: 'Other' },
    ];
    expect(resolveEntryStyles(paragraphs, { entryHeading: 'Paragrafrubrik', sectionHeading: 'Underrubrik' })).toEqual({
      styles: { entryHeading: 'Paragrafrubrik', sectionHeading: 'Heading3', body: 'Normal' },
      houseStyles: false,
    });
    const xml = entryOoxml({ number: 1, title: 'A', caseNumbers: [], sections: [], line: 1 }, 'x', { entryHeading: 'Paragrafrubrik', sectionHeading: 'Heading3', body: 'Normal' });
    expect(xml).toContain('<w:pStyle w:val="Paragrafrubrik"/>');
  });

  it('escapes every markup character', () => {
    expect(escapeXml(`<a href="x">'&'</a>\u0007`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
  });
});

describe('the .docx package', () => {
  it('has content types, relationships, the document and Swedish house styles, and is the same bytes every time', () => {
    const p: Paragraf = { number: 1, title: 'A', caseNumbers: [], sections: [], line: 1 };
    const bytes = protocolDocx(protocol([p]));
    const files = unzipSync(bytes);
    expect(Object.keys(files).sort()).toEqual(['[Content_Types].xml', '_rels/.rels', 'word/_rels/document.xml.rels', 'word/document.xml', 'word/styles.xml']);
    for (const xml of Object.values(files)) wellFormed(strFromU8(xml));
    const styles = strFromU8(files['word/styles.xml']!);
    expect(styles).toContain('w:lang w:val="sv-SE"');
    expect(styles).toContain('w:styleId="Heading2"');
    expect(protocolDocx(protocol([p]))).toEqual(bytes);
  });
});
