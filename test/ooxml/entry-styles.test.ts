import { describe, expect, it } from 'vitest';
import { planInsertEntry } from '../../core/addin/renumber.ts';
import type { DocumentSnapshotInput } from '../../core/addin/snapshot.ts';
import { parseSnapshot } from '../../core/addin/snapshot.ts';
import { docxPackage, escapeXml } from '../../core/ooxml/index.ts';
import { W_NS, XML_DECLARATION, documentXml } from '../../core/ooxml/namespaces.ts';
import type { EntryStyleNames } from '../../core/ooxml/styles.ts';
import { entry, ok } from '../addin/support.ts';
import { libreOfficeFlatXml, libreOfficeText } from './support/libreoffice.ts';

// A § inserted into an organisation's template must look like the template, not like our house
// style: the entry names the template's styles and carries no definitions of its own. Only a blank
// document gets our definitions.

const snapshot = (paragraphs: DocumentSnapshotInput['paragraphs']) => {
  const r = parseSnapshot({ paragraphs, controls: [] });
  if (!r.ok) throw new Error(r.message);
  return r.snapshot;
};

/** A new protocol from an (invented) kommun's template: its own cover and heading styles. */
const TEMPLATE = snapshot([
  { text: 'Kommunstyrelsen', style: 'Organnamn', styleBuiltIn: 'Other' },
  { text: 'Protokoll 2026-02-10', style: 'Rubrik', styleBuiltIn: 'Title' },
  { text: '§ 12 Budgetuppföljning', style: 'Paragrafrubrik', styleBuiltIn: 'Other' },
  { text: 'Beslut', style: 'Rubrik 4', styleBuiltIn: 'Heading4' },
]);
const BLANK = snapshot([{ text: '', style: 'Normal', styleBuiltIn: 'Normal' }]);

const insertInto = (s: typeof BLANK, styleNames: EntryStyleNames = {}) =>
  ok(planInsertEntry(s, { paragraph: entry(13, 'Ny taxa för bad'), entryId: 'n1', position: { at: 'end' }, styleNames })).plan.operations[0] as { ooxml: string };

/** A part of a flat package (`pkg:package`), as Word reads it. */
const packagePart = (pkg: string, name: string) =>
  new RegExp(`pkg:name="${name}"[^>]*><pkg:xmlData>([\\s\\S]*?)</pkg:xmlData>`).exec(pkg)?.[1] ?? null;

/** The template's styles part: its own fonts and a custom entry-heading style. */
const TEMPLATE_STYLES =
  `${XML_DECLARATION}<w:styles xmlns:w="${W_NS}"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="DejaVu Sans" w:hAnsi="DejaVu Sans"/><w:sz w:val="22"/></w:rPr></w:rPrDefault></w:docDefaults>` +
  `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>` +
  `<w:style w:type="paragraph" w:customStyle="1" w:styleId="Paragrafrubrik"><w:name w:val="Paragrafrubrik"/><w:basedOn w:val="Normal"/><w:rPr><w:rFonts w:ascii="DejaVu Serif" w:hAnsi="DejaVu Serif"/><w:b/><w:sz w:val="30"/></w:rPr></w:style>` +
  `<w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/><w:basedOn w:val="Normal"/><w:rPr><w:i/></w:rPr></w:style></w:styles>`;

describe('the styles a new entry is written with', () => {
  it("are the template's own in an organisation's document, with no definitions of ours", () => {
    const pkg = insertInto(TEMPLATE, { entryHeading: 'Paragrafrubrik', sectionHeading: 'Rubrik 4' }).ooxml;
    expect(packagePart(pkg, '/word/styles.xml')).toBeNull();
    expect(pkg).not.toContain('Garamond');
    expect(pkg).toContain('<w:pStyle w:val="Paragrafrubrik"/>');
    // A built-in style named as Swedish Word shows it is written by its id.
    expect(pkg).toContain('<w:pStyle w:val="Heading4"/>');
  });

  it("are the built-in ones where the document does not use the configured style, still without our definitions", () => {
    const pkg = insertInto(TEMPLATE, { entryHeading: 'Ärenderubrik' }).ooxml;
    expect(pkg).toContain('<w:pStyle w:val="Heading2"/>');
    expect(packagePart(pkg, '/word/styles.xml')).toBeNull();
  });

  it('are ours, definitions included, in a blank document', () => {
    const pkg = insertInto(BLANK, { entryHeading: 'Paragrafrubrik' }).ooxml;
    expect(pkg).toContain('<w:pStyle w:val="Heading2"/>');
    expect(packagePart(pkg, '/word/styles.xml')).toContain('Garamond');
  });
});

describe('LibreOffice opens the document with the entry in it', () => {
  /** The document as it is after the insert: the template's cover, then the entry's body content. */
  const withEntry = (pkg: string, cover: string) => {
    const body = /<w:body>([\s\S]*)<\/w:body>/.exec(packagePart(pkg, '/word/document.xml') ?? '')?.[1] ?? '';
    return XML_DECLARATION + documentXml(`<w:p><w:r><w:t>${escapeXml(cover)}</w:t></w:r></w:p>${body}`);
  };

  it("in the organisation's template, in the template's styles", async () => {
    const docx = docxPackage(withEntry(insertInto(TEMPLATE, { entryHeading: 'Paragrafrubrik' }).ooxml, 'Kommunstyrelsen'), TEMPLATE_STYLES);
    expect(await libreOfficeText(docx, 'mall.docx')).toContain('§ 13 Ny taxa för bad');
    const flat = await libreOfficeFlatXml(docx, 'mall.docx');
    expect(flat).toContain('style:name="Paragrafrubrik"');
    expect(flat).toContain('DejaVu Serif');
    expect(flat).not.toContain('Garamond');
  }, 180_000);

  it('in a blank document, in our house styles', async () => {
    const pkg = insertInto(BLANK).ooxml;
    const docx = docxPackage(withEntry(pkg, 'Protokoll'), packagePart(pkg, '/word/styles.xml')!);
    expect(await libreOfficeText(docx, 'tomt.docx')).toContain('§ 13 Ny taxa för bad');
    expect(await libreOfficeFlatXml(docx, 'tomt.docx')).toContain('Garamond');
  }, 180_000);
});
