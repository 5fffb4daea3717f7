import { z } from 'zod';
import type { Protocol } from '../model/protocol.ts';
import { formatReference } from '../addin/references.ts';
import { docxPackage, exportEntryId, type DocxPart } from '../ooxml/docx.ts';
import { entryOoxml } from '../ooxml/entry.ts';
import { HOUSE_STYLES_XML } from '../ooxml/house-styles.ts';
import { CT_FOOTER, CT_NUMBERING, CT_THEME, R_NS, REL_FOOTER, REL_NUMBERING, REL_THEME, W_NS, XML_DECLARATION, documentXml } from '../ooxml/namespaces.ts';
import { escapeXml } from '../ooxml/xml-escape.ts';
import { joinSwedish } from '../templates/person-phrases.ts';
import type { SourceDocument } from './source-document.ts';
import { sourceEntries } from './source-entries.ts';

const name = (what: string) => z.string({ error: `${what} ska vara text` }).trim().max(200, `${what} är för lång`);

/** What the clerk asks for: which §§, and what the heading and the attestation say. */
export const ExtractRequest = z.object({
  paragrafer: z
    .array(z.number({ error: 'Paragrafnumren ska vara tal' }).int('Ett paragrafnummer är ett heltal').nonnegative('Ett paragrafnummer är inte negativt'), {
      error: 'Ange paragraferna som en lista av nummer',
    })
    .min(1, 'Välj minst en paragraf'),
  /** The organisation's name for the heading, e.g. "Region Norrfjäll"; left out when not given. */
  organisation: name('Organisationens namn').optional(),
  /** Who attests the extract; empty fields are written as lines to fill in by hand. */
  intygas: z.object({ namn: name('Namnet').default(''), titel: name('Titeln').default('') }).default({ namn: '', titel: '' }),
});
export type ExtractRequest = z.input<typeof ExtractRequest>;

export type ExtractResult =
  | {
      ok: true;
      docx: Uint8Array;
      paragrafer: number[];
      /** `source`: the §§ copied from the Word document with their formatting; `model`: written from the read text. */
      formatting: 'source' | 'model';
      /** What the clerk should know, in Swedish. */
      notes: string[];
    }
  | { ok: false; message: string };

const FOOTER_ID = 'rIdUtdragFooter';
const BLANK = '______________________________';

const run = (text: string, props = '') => `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;
/** Direct formatting, not styles: the heading reads the same under the source's styles and ours. */
const line = (text: string, props = '', after = 60) => `<w:p><w:pPr><w:spacing w:before="0" w:after="${after}"/></w:pPr>${run(text, props)}</w:p>`;
const labelled = (label: string, value: string) => `<w:p><w:pPr><w:spacing w:before="0" w:after="60"/></w:pPr>${run(`${label}: `, '<w:b/>')}${run(value)}</w:p>`;

/** The extract's head: organisation, "Protokollsutdrag", body, meeting date, justerare and justering. */
function heading(protocol: Protocol, organisation: string | undefined): string {
  return [
    organisation ? line(organisation, '<w:b/><w:sz w:val="28"/><w:szCs w:val="28"/>') : '',
    line('Protokollsutdrag', '<w:b/><w:sz w:val="36"/><w:szCs w:val="36"/>', 120),
    protocol.body ? line(protocol.body, '<w:b/>') : '',
    protocol.date ? labelled('Sammanträdesdatum', protocol.date) : '',
    protocol.justerare.length ? labelled('Justerare', joinSwedish(protocol.justerare)) : '',
    protocol.justeringDate ? labelled('Justeringsdatum', protocol.justeringDate) : '',
    '<w:p/>',
  ].join('');
}

/** A field the clerk fills in on screen or by hand: a plain-text content control. */
const field = (alias: string, value: string) =>
  `<w:sdt><w:sdtPr><w:alias w:val="${alias}"/><w:tag w:val="protokoll:utdrag:${alias.toLowerCase()}"/><w:text/></w:sdtPr><w:sdtContent>${run(value || BLANK)}</w:sdtContent></w:sdt>`;

/**
 * The attestation on every page, in the footer as Swedish extracts print it: "Rätt utdraget
 * intygar" with the name and title of who attests. In the footer it stays out of the §§' text.
 */
function footerXml(intygas: { namn: string; titel: string }): string {
  const p = (content: string) => `<w:p><w:pPr><w:spacing w:before="0" w:after="0"/></w:pPr>${content}</w:p>`;
  return (
    `${XML_DECLARATION}<w:ftr xmlns:w="${W_NS}" xmlns:r="${R_NS}">` +
    p(run('Rätt utdraget intygar', '<w:b/>')) +
    p(run('Namn: ') + field('Namn', intygas.namn)) +
    p(run('Titel: ') + field('Titel', intygas.titel)) +
    `</w:ftr>`
  );
}

const SECTION = `<w:sectPr><w:footerReference w:type="default" r:id="${FOOTER_ID}"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1417" w:bottom="1417" w:left="1417" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>`;

const footerPart = (intygas: { namn: string; titel: string }): DocxPart => ({
  id: FOOTER_ID,
  name: 'footer1.xml',
  contentType: CT_FOOTER,
  relationshipType: REL_FOOTER,
  xml: footerXml(intygas),
});

/** A root tag that declares the relationships namespace the footer reference needs. */
const withRelationships = (rootTag: string) => (/\sxmlns:r=/.test(rootTag) ? rootTag : rootTag.replace(/^<w:document\b/, `<w:document xmlns:r="${R_NS}"`));

/**
 * A protocol extract (protokollsutdrag) as a .docx: the heading, the chosen §§ exactly as in the
 * protocol, and the attestation. From a Word protocol (`source`) the §§ are its own paragraphs,
 * styles and numbering; where they cannot be told apart exactly, and for PDF and text, they are
 * written from the read protocol as the export writes them. The protocol itself is not touched.
 */
export function buildExtract(protocol: Protocol, request: unknown, source?: SourceDocument | null): ExtractResult {
  const parsed = ExtractRequest.safeParse(request);
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? 'Ogiltig beställning av utdrag' };
  const { organisation, intygas } = parsed.data;
  const numbers = [...new Set(parsed.data.paragrafer)].sort((a, b) => a - b);
  const have = new Set(protocol.paragrafer.map((p) => p.number));
  const missing = numbers.filter((n) => !have.has(n));
  if (missing.length) {
    const available = protocol.paragrafer.length ? ` (protokollet har ${formatReference([...have])})` : '';
    return { ok: false, message: `${formatReference(missing)} finns inte i protokollet${available}` };
  }

  const head = heading(protocol, organisation);
  const copied = source ? sourceEntries(source, numbers) : null;
  if (copied && source) {
    const parts: DocxPart[] = [footerPart(intygas)];
    if (source.numberingXml) parts.push({ id: 'rIdNumbering', name: 'numbering.xml', contentType: CT_NUMBERING, relationshipType: REL_NUMBERING, xml: source.numberingXml });
    if (source.themeXml) parts.push({ id: 'rIdTheme', name: 'theme/theme1.xml', contentType: CT_THEME, relationshipType: REL_THEME, xml: source.themeXml });
    const body = head + numbers.map((n) => copied.entries.get(n)!).join('') + SECTION;
    const document = `${XML_DECLARATION}${withRelationships(copied.rootTag)}<w:body>${body}</w:body></w:document>`;
    const docx = docxPackage(document, source.stylesXml ?? XML_DECLARATION + HOUSE_STYLES_XML, parts);
    return { ok: true, docx, paragrafer: numbers, formatting: 'source', notes: copied.notes };
  }

  const chosen = protocol.paragrafer.filter((p) => numbers.includes(p.number));
  const entries = chosen.map((p, i) => entryOoxml(p, exportEntryId(i))).join('');
  const docx = docxPackage(XML_DECLARATION + documentXml(head + entries, SECTION), XML_DECLARATION + HOUSE_STYLES_XML, [footerPart(intygas)]);
  const notes = source ? ['Paragraferna kunde inte kopieras exakt ur Word-dokumentet och är skrivna från den lästa texten, utan dess formatering.'] : [];
  return { ok: true, docx, paragrafer: numbers, formatting: 'model', notes };
}
