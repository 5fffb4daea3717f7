import { zipSync, strToU8 } from 'fflate';

/** A paragraph of the test document, or a § entry wrapped in a content control the way the add-in does it. */
export type DocxBlock =
  | { text: string; pageBreakBefore?: boolean; style?: string }
  | { entryId: string; blocks: DocxBlock[] }
  | { xml: string };

export interface DocxSpec {
  blocks: DocxBlock[];
  /** Lines of the running header on every page. */
  header?: string[];
  /** Lines of the footer; `{PAGE}` and `{NUMPAGES}` become Word fields. */
  footer?: string[];
  /** Font size in points. */
  fontSize?: number;
  /**
   * A paragraph style numbered by Word itself, the way templates number § entries: paragraphs with
   * `style` get `lvlText` ("§ %1") with the counter from `start`; the number is in no text run.
   */
  numberedStyle?: { style: string; lvlText: string; start: number };
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function runs(text: string, size: number): string {
  const rPr = `<w:rPr><w:sz w:val="${size * 2}"/></w:rPr>`;
  return text
    .split(/(\{PAGE\}|\{NUMPAGES\})/)
    .filter(Boolean)
    .map((part) =>
      part === '{PAGE}' || part === '{NUMPAGES}'
        ? `<w:fldSimple w:instr=" ${part.slice(1, -1)} "><w:r>${rPr}<w:t>1</w:t></w:r></w:fldSimple>`
        : `<w:r>${rPr}<w:t xml:space="preserve">${escape(part)}</w:t></w:r>`,
    )
    .join('');
}

function paragraphXml(block: DocxBlock, size: number): string {
  if ('xml' in block) return block.xml;
  if ('entryId' in block) {
    return `<w:sdt><w:sdtPr><w:alias w:val="Paragraf"/><w:tag w:val="protokoll:entry:${block.entryId}"/></w:sdtPr><w:sdtContent>${block.blocks
      .map((b) => paragraphXml(b, size))
      .join('')}</w:sdtContent></w:sdt>`;
  }
  const pPr = [block.style ? `<w:pStyle w:val="${block.style}"/>` : '', block.pageBreakBefore ? '<w:pageBreakBefore/>' : '', '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/>'].join('');
  return `<w:p><w:pPr>${pPr}</w:pPr>${block.text ? runs(block.text, size) : ''}</w:p>`;
}

const part = (root: string, body: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:${root} xmlns:w="${W}" xmlns:r="${R}">${body}</w:${root}>`;

/** A minimal but complete .docx (what Word and LibreOffice need to open it), built in memory. */
export function buildDocx(spec: DocxSpec): Uint8Array {
  const size = spec.fontSize ?? 10;
  const headerRef = spec.header ? '<w:headerReference w:type="default" r:id="rIdHeader"/>' : '';
  const footerRef = spec.footer ? '<w:footerReference w:type="default" r:id="rIdFooter"/>' : '';
  const sectPr = `<w:sectPr>${headerRef}${footerRef}<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1700" w:right="1134" w:bottom="1700" w:left="1134" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr>`;
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>` +
        (spec.header ? '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>' : '') +
        (spec.footer ? '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>' : '') +
        (spec.numberedStyle
          ? '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>' +
            '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
          : '') +
        '</Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    'word/_rels/document.xml.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        (spec.header ? '<Relationship Id="rIdHeader" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>' : '') +
        (spec.footer ? '<Relationship Id="rIdFooter" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>' : '') +
        (spec.numberedStyle
          ? '<Relationship Id="rIdNumbering" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>' +
            '<Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
          : '') +
        '</Relationships>',
    ),
    'word/document.xml': strToU8(part('document', `<w:body>${spec.blocks.map((b) => paragraphXml(b, size)).join('')}${sectPr}</w:body>`)),
  };
  if (spec.numberedStyle) {
    const { style, lvlText, start } = spec.numberedStyle;
    files['word/numbering.xml'] = strToU8(
      part(
        'numbering',
        `<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="${start}"/><w:numFmt w:val="decimal"/><w:lvlText w:val="${escape(lvlText)}"/><w:suff w:val="space"/></w:lvl></w:abstractNum>` +
          '<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum>' +
          '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>',
      ),
    );
    files['word/styles.xml'] = strToU8(
      part(
        'styles',
        `<w:style w:type="paragraph" w:styleId="Normal"><w:name w:val="Normal"/></w:style>` +
          `<w:style w:type="paragraph" w:styleId="${style}Base"><w:name w:val="${style} bas"/><w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr><w:rPr><w:b/></w:rPr></w:style>` +
          `<w:style w:type="paragraph" w:styleId="${style}"><w:name w:val="${style}"/><w:basedOn w:val="${style}Base"/></w:style>`,
      ),
    );
  }
  if (spec.header) files['word/header1.xml'] = strToU8(part('hdr', spec.header.map((t) => paragraphXml({ text: t }, size - 1)).join('')));
  if (spec.footer) files['word/footer1.xml'] = strToU8(part('ftr', spec.footer.map((t) => paragraphXml({ text: t }, size - 1)).join('')));
  return zipSync(files, { mtime: new Date('2025-01-01T00:00:00Z') });
}

/** One Word paragraph per line of a text, with a page break before each line `breakBefore` picks. */
export function blocksFromText(text: string, breakBefore: (line: string, index: number) => boolean = () => false): DocxBlock[] {
  return text.split('\n').map((line, i) => ({ text: line.replace(/\f/g, ''), pageBreakBefore: breakBefore(line, i) }));
}
