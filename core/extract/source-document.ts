import { unzipSync } from 'fflate';
import { z } from 'zod';

/**
 * The Word document a protocol was read from, as the parts an extract copies: the body
 * (word/document.xml), its styles, numbering and theme. The CLI takes them from the .docx, the
 * add-in from the document's OOXML package.
 */
export const SourceDocument = z.object({
  documentXml: z.string().min(1),
  stylesXml: z.string().nullable(),
  numberingXml: z.string().nullable(),
  themeXml: z.string().nullable(),
});
export type SourceDocument = z.infer<typeof SourceDocument>;

const PARTS = { documentXml: 'word/document.xml', stylesXml: 'word/styles.xml', numberingXml: 'word/numbering.xml', themeXml: 'word/theme/theme1.xml' } as const;

/** The parts of a .docx file, or null when it has no readable body (the reader has said why already). */
export function sourceFromDocx(bytes: Uint8Array): SourceDocument | null {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (f) => Object.values(PARTS).includes(f.name as never) });
  } catch {
    return null;
  }
  const decoder = new TextDecoder('utf-8');
  const text = (name: string) => (files[name] ? decoder.decode(files[name]) : null);
  const documentXml = text(PARTS.documentXml);
  if (!documentXml) return null;
  return { documentXml, stylesXml: text(PARTS.stylesXml), numberingXml: text(PARTS.numberingXml), themeXml: text(PARTS.themeXml) };
}

/** The same parts from a flat OOXML package (`pkg:package`), as Word's `body.getOoxml()` gives it. */
export function sourceFromFlatOoxml(xml: string): SourceDocument | null {
  const part = (name: string) => {
    const start = xml.search(new RegExp(`<pkg:part\\s[^>]*pkg:name="/${name.replace(/[./]/g, '\\$&')}"`));
    if (start < 0) return null;
    const data = /<pkg:xmlData>([\s\S]*?)<\/pkg:xmlData>/.exec(xml.slice(start));
    return data ? data[1]!.replace(/^\s*<\?xml[^>]*\?>/, '') : null;
  };
  const documentXml = part(PARTS.documentXml);
  if (!documentXml) return null;
  return { documentXml, stylesXml: part(PARTS.stylesXml), numberingXml: part(PARTS.numberingXml), themeXml: part(PARTS.themeXml) };
}
