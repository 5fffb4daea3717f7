import { escapeXml } from '../../core/ooxml/xml-escape.ts';
import { buildDocx, type DocxBlock } from '../read/build-docx.ts';

const PICTURE =
  '<w:p><w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="wps">' +
  '<w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">' +
  '<a:graphicData><a:blip r:embed="rIdKarta"/></a:graphicData></a:graphic></wp:inline></w:drawing></mc:Choice>' +
  '<mc:Fallback><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml"><v:imagedata r:id="rIdKarta"/></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>';

/**
 * An invented protocol as a clerk's Word file: § headings in a style Word numbers itself ("§ 31"
 * is in no text run), the Beslut of each entry in bold, the first entry's decision with a link.
 * `headingsInTable` puts each § heading in a table of its own; `importedChunk` puts content imported
 * from another file (`w:altChunk`, a part an extract cannot carry) after the heading of § 33,
 * `picture` a picture there (a drawing with its fallback copy, as Word saves one).
 */
export function wordProtocol(text: string, options: { headingsInTable?: boolean; importedChunk?: boolean; picture?: boolean } = {}): Uint8Array {
  const blocks: DocxBlock[] = [];
  let afterBeslut = false;
  for (const line of text.trimEnd().split('\n')) {
    const heading = /^§ (\d+) (.*)$/.exec(line);
    if (heading && options.headingsInTable) {
      blocks.push({ xml: `<w:tbl><w:tr><w:tc><w:p><w:r><w:t>${escapeXml(line)}</w:t></w:r></w:p></w:tc></w:tr></w:tbl>` });
    } else if (heading) {
      blocks.push({ text: heading[2]!, style: 'Paragrafrubrik' });
      if (options.importedChunk && heading[1] === '33') blocks.push({ xml: '<w:altChunk r:id="rIdChunk"/>' });
      if (options.picture && heading[1] === '33') blocks.push({ xml: PICTURE });
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
