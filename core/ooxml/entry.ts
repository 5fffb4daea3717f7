import type { Paragraf } from '../model/protocol.ts';
import { entryTag, numberTag } from '../addin/tags.ts';
import { formatNumber } from '../addin/references.ts';
import { escapeXml } from './xml-escape.ts';
import { DEFAULT_ENTRY_STYLES, type EntryStyles } from './styles.ts';

const run = (text: string) => `<w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;

function paragraph(style: string, content: string): string {
  const pPr = style === 'Normal' ? '' : `<w:pPr><w:pStyle w:val="${escapeXml(style)}"/></w:pPr>`;
  return `<w:p>${pPr}${content}</w:p>`;
}

/** Control characters (from a pasted PDF) cannot be written to XML; whitespace ones are kept for the spacing rules. */
const printable = (s: string) => s.replace(/[\u0000-\u0008\u000E-\u001F]/g, '');

/** One Word paragraph per line of text; blank lines only separate and are not written. */
const bodyParagraphs = (text: string, style: string) =>
  text
    .split(/\r\n|\r|\n/)
    .map((line) => printable(line).trimEnd())
    .filter((line) => line.trim() !== '')
    .map((line) => paragraph(style, run(line)))
    .join('');

function control(tag: string, alias: string, content: string): string {
  return `<w:sdt><w:sdtPr><w:alias w:val="${escapeXml(alias)}"/><w:tag w:val="${escapeXml(tag)}"/></w:sdtPr><w:sdtContent>${content}</w:sdtContent></w:sdt>`;
}

/**
 * One § entry as WordprocessingML body content: a block content control tagged
 * `protokoll:entry:<id>` around the heading ("§ 225" in an inline control tagged
 * `protokoll:num:<id>`, then the title), the case-number line and each section's heading and text.
 * Two controls per entry: Word slows down with many.
 */
export function entryOoxml(p: Paragraf, entryId: string, styles: EntryStyles = DEFAULT_ENTRY_STYLES): string {
  // The alias leaves out the number, which renumbering changes.
  return control(entryTag(entryId), `Paragraf: ${entryTitle(p)}`.slice(0, 64), entryContentOoxml(p, entryId, styles));
}

const entryTitle = (p: Paragraf) => printable(p.title).replace(/\s+/g, ' ').trim();

/** The paragraphs inside an entry's control, for rewriting an entry in place. */
export function entryContentOoxml(p: Paragraf, entryId: string, styles: EntryStyles = DEFAULT_ENTRY_STYLES): string {
  const title = entryTitle(p);
  const heading = paragraph(
    styles.entryHeading,
    control(numberTag(entryId), 'Paragrafnummer', run(formatNumber(p.number))) + run(` ${title}`),
  );
  const cases = p.caseNumbers.length > 0 ? paragraph(styles.body, run(p.caseNumbers.join(', '))) : '';
  const sections = p.sections
    .map((s) => paragraph(styles.sectionHeading, run(s.heading.trim())) + bodyParagraphs(s.text, styles.body))
    .join('');
  return heading + cases + sections;
}
