import { escapeXml } from './xml-escape.ts';
import { CT_DOCUMENT, CT_RELS, CT_STYLES, PKG_NS, REL_NS, REL_OFFICE_DOCUMENT, REL_STYLES, documentXml, XML_DECLARATION } from './namespaces.ts';
import { HOUSE_STYLES_XML } from './house-styles.ts';

const part = (name: string, contentType: string, xml: string) =>
  `<pkg:part pkg:name="${escapeXml(name)}" pkg:contentType="${contentType}"><pkg:xmlData>${xml}</pkg:xmlData></pkg:part>`;

/**
 * Body content wrapped as the flat package (`pkg:package`) that Word's `insertOoxml` takes. With
 * `houseStyles` it carries our style definitions, which only fill in styles the document lacks
 * (a blank document); without, the entry takes the document's own.
 */
export function insertablePackage(bodyContent: string, houseStyles = true): string {
  return (
    `${XML_DECLARATION}<pkg:package xmlns:pkg="${PKG_NS}">` +
    part(
      '/_rels/.rels',
      CT_RELS,
      `<Relationships xmlns="${REL_NS}"><Relationship Id="rId1" Type="${REL_OFFICE_DOCUMENT}" Target="word/document.xml"/></Relationships>`,
    ) +
    (houseStyles
      ? part(
          '/word/_rels/document.xml.rels',
          CT_RELS,
          `<Relationships xmlns="${REL_NS}"><Relationship Id="rId1" Type="${REL_STYLES}" Target="styles.xml"/></Relationships>`,
        )
      : '') +
    part('/word/document.xml', CT_DOCUMENT, documentXml(bodyContent)) +
    (houseStyles ? part('/word/styles.xml', CT_STYLES, HOUSE_STYLES_XML) : '') +
    `</pkg:package>`
  );
}
