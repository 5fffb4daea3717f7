// JavaScript's \b only knows ASCII letters; these edges know "å", "ä", "ö" and every other letter.
const WORD_START = '(?<![\\p{L}\\p{N}])';
const WORD_END = '(?![\\p{L}\\p{N}])';

/**
 * A case-insensitive Unicode pattern where `<` and `>` mark word edges that know Swedish letters;
 * the `(?<` of a lookbehind stays as written. `flags` are added to `iu` (`'g'`, `'m'`).
 */
export function words(source: string, flags = ''): RegExp {
  return new RegExp(source.replace(/(?<!\(\?)</g, WORD_START).replaceAll('>', WORD_END), `iu${flags}`);
}
