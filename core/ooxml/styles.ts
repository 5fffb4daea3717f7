import { z } from 'zod';

const StyleId = z.string().regex(/^[A-Za-z0-9_-]{1,253}$/, 'ett format-id består av bokstäver (a–z), siffror, - och _');

/**
 * The paragraph styles an entry is written with, by style id. Built-in styles go by their
 * locale-independent ids (`Heading2` is "Rubrik 2" in Swedish Word); an organisation whose
 * template has its own styles names them here.
 */
export const EntryStyles = z.object({
  /** "§ 225 Title". */
  entryHeading: StyleId.default('Heading2'),
  /** "Sammanfattning", "Beslut" … */
  sectionHeading: StyleId.default('Heading3'),
  /** Body text and the case-number line. */
  body: StyleId.default('Normal'),
});
export type EntryStyles = z.infer<typeof EntryStyles>;

export const DEFAULT_ENTRY_STYLES: EntryStyles = EntryStyles.parse({});

/** Word derives a custom style's id from its name by leaving out spaces and punctuation. */
export const styleIdOfName = (name: string): string => name.replace(/[^A-Za-z0-9_-]/g, '');

/**
 * The styles to write with in a given document: the organisation's custom styles (by name, as
 * configured) when the document already uses them, else the built-in ones. WordApi 1.3 cannot list
 * a document's styles, so "has them" means a paragraph of the snapshot is in that style.
 */
export function resolveEntryStyles(
  stylesInDocument: Iterable<string>,
  custom: Partial<Record<keyof EntryStyles, string>> = {},
): EntryStyles {
  const present = new Set(stylesInDocument);
  const pick = (key: keyof EntryStyles) => {
    const name = custom[key];
    return name && present.has(name) && styleIdOfName(name) ? styleIdOfName(name) : DEFAULT_ENTRY_STYLES[key];
  };
  return { entryHeading: pick('entryHeading'), sectionHeading: pick('sectionHeading'), body: pick('body') };
}
