import { strToU8, zipSync } from 'fflate';
import type { Protocol } from '../model/protocol.ts';
import { entryOoxml } from './entry.ts';
import { escapeXml } from './xml-escape.ts';
import { DEFAULT_ENTRY_STYLES, type EntryStyles } from './styles.ts';
import { HOUSE_STYLES_XML } from './house-styles.ts';
import { CT_DOCUMENT, CT_NS, CT_RELS, CT_STYLES, REL_NS, REL_OFFICE_DOCUMENT, REL_STYLES, documentXml, XML_DECLARATION } from './namespaces.ts';

const line = (text: string, style = 'Normal') =>
  `<w:p>${style === 'Normal' ? '' : `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>`}<w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`;

/** A4 with the margins Swedish templates use. */
const A4 = '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1417" w:bottom="1417" w:left="1417" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>';

/** "A", "A och B", "A, B och C". */
const together = (names: readonly string[]) => (names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} och ${names[names.length - 1]}`);

/**
 * The cover page in the layout Swedish protocols share (and the parser reads): a label on its
 * own line, what it labels under it.
 */
function cover(p: Protocol): string {
  const out = [line('Protokoll', 'Title')];
  const block = (label: string, values: readonly string[]) => {
    if (values.length === 0) return;
    out.push(line(label, 'Heading3'), ...values.map((v) => line(v)));
  };
  block('Sammanträdesdatum', p.body || p.date ? [[p.body, p.date].filter(Boolean).join(' ')] : []);
  block('Plats och tid', p.place ? [p.place] : []);
  if (p.attendance) {
    block('Beslutande ledamöter', p.attendance.beslutande);
    block('Tjänstgörande ersättare', p.attendance.tjanstgorandeErsattare ?? []);
    block('Ersättare', p.attendance.ersattare);
    block('Övriga närvarande', p.attendance.ovriga);
  }
  block('Justerare', p.justerare.length > 0 ? [together(p.justerare)] : []);
  block('Justeringens plats och tid', p.justeringDate ? [p.justeringDate] : []);
  if (p.toc) block('Innehåll', p.toc.map((t) => `§ ${t.number} ${t.title.replace(/\s+/g, ' ').trim()}`));
  return out.join('');
}

/** The entries' stable ids in an export: position-based, so the same protocol exports the same bytes. */
export const exportEntryId = (index: number): string => `p${index + 1}`;

export function protocolDocumentXml(p: Protocol, styles: EntryStyles = DEFAULT_ENTRY_STYLES): string {
  const entries = p.paragrafer.map((entry, i) => entryOoxml(entry, exportEntryId(i), styles)).join('');
  return XML_DECLARATION + documentXml(cover(p) + entries, A4);
}

/**
 * A protocol as a complete .docx: the cover page, then every § entry exactly as the add-in
 * inserts it (same content controls, same styles).
 */
export function protocolDocx(p: Protocol, styles: EntryStyles = DEFAULT_ENTRY_STYLES): Uint8Array {
  return docxPackage(protocolDocumentXml(p, styles), XML_DECLARATION + HOUSE_STYLES_XML);
}

/** A part the document refers to beyond its styles (numbering, a footer), under `word/`. */
export interface DocxPart {
  /** The relationship id the document refers to it by, e.g. `rIdFooter`. */
  id: string;
  /** File name under `word/`, e.g. `footer1.xml`. */
  name: string;
  contentType: string;
  relationshipType: string;
  xml: string;
}

/** A .docx of a document part and a styles part, and any further parts; the same bytes for the same parts. */
export function docxPackage(documentPart: string, stylesPart: string, parts: readonly DocxPart[] = []): Uint8Array {
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      `${XML_DECLARATION}<Types xmlns="${CT_NS}"><Default Extension="rels" ContentType="${CT_RELS}"/><Default Extension="xml" ContentType="application/xml"/>` +
        `<Override PartName="/word/document.xml" ContentType="${CT_DOCUMENT}"/><Override PartName="/word/styles.xml" ContentType="${CT_STYLES}"/>` +
        parts.map((x) => `<Override PartName="/word/${escapeXml(x.name)}" ContentType="${x.contentType}"/>`).join('') +
        `</Types>`,
    ),
    '_rels/.rels': strToU8(
      `${XML_DECLARATION}<Relationships xmlns="${REL_NS}"><Relationship Id="rId1" Type="${REL_OFFICE_DOCUMENT}" Target="word/document.xml"/></Relationships>`,
    ),
    'word/_rels/document.xml.rels': strToU8(
      `${XML_DECLARATION}<Relationships xmlns="${REL_NS}"><Relationship Id="rId1" Type="${REL_STYLES}" Target="styles.xml"/>` +
        parts.map((x) => `<Relationship Id="${escapeXml(x.id)}" Type="${x.relationshipType}" Target="${escapeXml(x.name)}"/>`).join('') +
        `</Relationships>`,
    ),
    'word/document.xml': strToU8(documentPart),
    'word/styles.xml': strToU8(stylesPart),
  };
  for (const x of parts) files[`word/${x.name}`] = strToU8(x.xml);
  // A fixed timestamp keeps exports byte-identical run to run.
  return zipSync(files, { level: 6, mtime: new Date('2000-01-01T00:00:00Z') });
}
