import { paragraphRuns, paragraphSign } from '../text/paragraph-range.ts';

/**
 * How § numbers are written in running text: `§ 225`, `§225`, `§§ 223-224`, `§§ 223 och 225`,
 * `§§ 223-224, 226 och 228`.
 */

/** One `§ N` or a `§§` list of numbers and ranges. */
const MENTION = /§§[ \t\u00A0]*\d+(?:[ \t\u00A0]*(?:[-\u2013]|,|och)[ \t\u00A0]*\d+)*|§[ \t\u00A0]*\d+/g;

export interface SectionMention {
  /** As written. */
  text: string;
  /** UTF-16 offsets into the searched text; `end` exclusive. */
  start: number;
  end: number;
  /** Every number the mention covers, ranges expanded, in ascending order. */
  numbers: number[];
}

export function findSectionMentions(text: string): SectionMention[] {
  return [...text.matchAll(MENTION)].map((m) => ({
    text: m[0],
    start: m.index,
    end: m.index + m[0].length,
    numbers: mentionNumbers(m[0]),
  }));
}

function mentionNumbers(text: string): number[] {
  const out = new Set<number>();
  // Split on "," and "och"; each part is one number or a range.
  for (const part of text.replace(/^§+/, '').split(/,|och/)) {
    const [a, b] = part.split(/[-\u2013]/).map((s) => Number.parseInt(s.trim(), 10));
    if (a === undefined || Number.isNaN(a)) continue;
    const last = b === undefined || Number.isNaN(b) || b < a ? a : b;
    // A typo like "§§ 2-2000" must not blow up into thousands of numbers.
    for (let n = a; n <= Math.min(last, a + 500); n++) out.add(n);
  }
  return [...out].sort((x, y) => x - y);
}

/**
 * The reference text for a set of numbers: `§ 225`; `§§ 223–224` for a run (an en dash, as
 * Swedish writes ranges); `§§ 223 och 225`, `§§ 223–224 och 226` when they are apart. Duplicates
 * are dropped and the order is ascending, so a range collapses to one number or splits in two as
 * the entries around it move.
 */
export function formatReference(numbers: readonly number[]): string {
  const runs = paragraphRuns(numbers);
  if (runs.length === 0) throw new Error('En hänvisning måste peka på minst en paragraf');
  const head = runs.slice(0, -1).join(', ');
  return `${paragraphSign(runs)} ${head ? `${head} och ${runs[runs.length - 1]}` : runs[0]}`;
}

/** `§ 225` for an entry's number, as its number control reads. */
export const formatNumber = (n: number): string => `§ ${n}`;

/** Compares texts as Word may hand them back (non-breaking spaces, doubled spaces). */
export const sameText = (a: string, b: string): boolean => squash(a) === squash(b);
const squash = (s: string) => s.replace(/[\s\u00A0]+/g, ' ').trim();
