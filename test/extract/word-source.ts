import { escapeXml } from '../../core/ooxml/xml-escape.ts';
import { buildDocx, type DocxBlock } from '../read/build-docx.ts';

/**
 * An invented protocol as a clerk's Word file: § headings in a style Word numbers itself ("§ 31"
 * is in no text run), the Beslut of each entry in bold, the first entry's decision with a link.
 * `headingsInTable` puts each § heading in a table of its own; `importedChunk` puts content imported
 * from another file (`w:altChunk`, a part an extract cannot carry) after the heading of § 33.
 */
export function wordProtocol(text: string, options: { headingsInTable?: boolean; importedChunk?: boolean } = {}): Uint8Array {
  const blocks: DocxBlock[] = [];
  let afterBeslut = false;
  for (const line of text.trimEnd().split('\n')) {
    const heading = /^§ (\d+) (.*)$/.exec(line);
    if (heading && options.headingsInTable) {
      blocks.push({ xml: `<w:tbl><w:tr><w:tc><w:p><w:r><w:t>${escapeXml(line)}</w:t></w:r></w:p></w:tc></w:tr></w:tbl>` });
    } else if (heading) {
      blocks.push({ text: heading[2]!, style: 'Paragrafrubrik' });
      if (options.importedChunk && heading[1] === '33') blocks.push({ xml: '<w:altChunk r:id="rIdChunk"/>' });
    } else if (afterBeslut && line.trim()) {
      const link = /Föredragningslistan/.test(line) ? ' r:id="rIdLink"' : '';
      blocks.push({ xml: `<w:p><w:hyperlink${link}><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">${escapeXml(line)}</w:t></w:r></w:hyperlink></w:p>` });
      afterBeslut = false;
    } else {
      blocks.push({ text: line });
      if (line.trim() === 'Beslut') afterBeslut = true;
    }
  }
  return buildDocx({ blocks, numberedStyle: { style: 'Paragrafrubrik', lvlText: '§ %1', start: 31 } });
}
