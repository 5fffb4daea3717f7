import { escapeXml } from './xml-escape.ts';
import { CT_DOCUMENT, CT_RELS, CT_STYLES, PKG_NS, REL_NS, REL_OFFICE_DOCUMENT, REL_STYLES, documentXml, XML_DECLARATION } from './namespaces.ts';
import { HOUSE_STYLES_XML } from './house-styles.ts';

const part = (name: string, contentType: string, xml: string) =>
  `<pkg:part pkg:name="${escapeXml(name)}" pkg:contentType="${contentType}"><pkg:xmlData>${xml}</pkg:xmlData></pkg:part>`;

/**
 * Body content wrapped as the flat package (`pkg:package`) that Word's `insertOoxml` takes. The
 * styles part only fills in styles the document lacks; a document's own styles of the same id win.
 */
export function insertablePackage(bodyContent: string): string {
  return (
    `${XML_DECLARATION}<pkg:package xmlns:pkg="${PKG_NS}">` +
    part(
      '/_rels/.rels',
      CT_RELS,
      `<Relationships xmlns="${REL_NS}"><Relationship Id="rId1" Type="${REL_OFFICE_DOCUMENT}" Target="word/document.xml"/></Relationships>`,
    ) +
    part(
      '/word/_rels/document.xml.rels',
      CT_RELS,
      `<Relationships xmlns="${REL_NS}"><Relationship Id="rId1" Type="${REL_STYLES}" Target="styles.xml"/></Relationships>`,
    ) +
    part('/word/document.xml', CT_DOCUMENT, documentXml(bodyContent)) +
    part('/word/styles.xml', CT_STYLES, HOUSE_STYLES_XML) +
    `</pkg:package>`
  );
}
