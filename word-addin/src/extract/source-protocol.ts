import { docxPackage } from '../../../core/ooxml/docx.ts';
import { HOUSE_STYLES_XML } from '../../../core/ooxml/house-styles.ts';
import { CT_NUMBERING, REL_NUMBERING, XML_DECLARATION } from '../../../core/ooxml/namespaces.ts';
import type { SourceDocument } from '../../../core/extract/index.ts';
import type { Protocol } from '../../../core/model/protocol.ts';
import { parseProtocol } from '../../../core/parse/parse.ts';
import { readDocx } from '../../../core/read/docx.ts';

/**
 * The protocol read from the Word document's own package, as the CLI reads a .docx: with the
 * labels Word draws from list numbering ("§ 31" in a numbered heading style), which a snapshot's
 * paragraph texts lack, so §§ numbered that way are found. Null when the package does not read.
 */
export function protocolOfSource(source: SourceDocument): Protocol | null {
  const numbering = source.numberingXml
    ? [{ id: 'rIdNumbering', name: 'numbering.xml', contentType: CT_NUMBERING, relationshipType: REL_NUMBERING, xml: source.numberingXml }]
    : [];
  // The flat package's parts come without their XML declaration, a .docx's with it.
  const document = source.documentXml.startsWith('<?xml') ? source.documentXml : XML_DECLARATION + source.documentXml;
  const read = readDocx(docxPackage(document, source.stylesXml ?? XML_DECLARATION + HOUSE_STYLES_XML, numbering));
  return read.ok ? parseProtocol(read.text, { regions: read.regions }) : null;
}
