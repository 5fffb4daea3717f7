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

const StyleName = z.string().trim().max(253, 'ett formatnamn är högst 253 tecken');

/**
 * The organisation's own style names for an entry, as Word shows them ("Paragrafrubrik", or a
 * built-in one in the clerk's language, "Rubrik 1"); empty or left out means the built-in default.
 */
export const EntryStyleNames = z
  .object({ entryHeading: StyleName, sectionHeading: StyleName, body: StyleName })
  .partial()
  .strict();
export type EntryStyleNames = z.infer<typeof EntryStyleNames>;

/** What the snapshot tells of a paragraph's style. */
interface StyledParagraph {
  style: string;
  styleBuiltIn: string;
}

/**
 * How to write entries into a given document. The styles: the organisation's (by name, as
 * configured) when the document already uses them, else the built-in ones. WordApi 1.3 cannot list
 * a document's styles, so "has them" means a paragraph of the snapshot is in that style.
 * The definitions: a document in any style but Normal has a template of its own, whose styles
 * (also the built-in headings it has not used yet) must win, so entries bring none; only a blank
 * document gets our house styles, as `insertOoxml` adds just the styles a document lacks.
 */
export function resolveEntryStyles(
  paragraphs: readonly StyledParagraph[],
  names: EntryStyleNames = {},
): { styles: EntryStyles; houseStyles: boolean } {
  const pick = (key: keyof EntryStyles) => {
    const name = names[key];
    const used = name ? paragraphs.find((p) => p.style === name) : undefined;
    if (!used) return DEFAULT_ENTRY_STYLES[key];
    return used.styleBuiltIn !== 'Other' && used.styleBuiltIn !== '' ? used.styleBuiltIn : styleIdOfName(name!) || DEFAULT_ENTRY_STYLES[key];
  };
  return {
    styles: { entryHeading: pick('entryHeading'), sectionHeading: pick('sectionHeading'), body: pick('body') },
    houseStyles: paragraphs.every((p) => p.styleBuiltIn === 'Normal'),
  };
}
