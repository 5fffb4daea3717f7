import type { SourceLine } from './source-lines.ts';

/** A line that may open a § entry (or a table-of-contents line): `§ 218 Title`, `§218 Title`, `§ 8` alone, `§ 52/2019 Title`. */
export interface HeadingCandidate {
  index: number;
  number: number;
  /** Title text on the heading line itself; empty when `§ 8` stands alone. */
  rest: string;
}

const HEADING = /^§\s{0,3}(\d{1,4})(?:\s*\/\s*(?:19|20)\d{2})?(?:[ .:–-]+(.*))?$/;

export function headingCandidate(line: SourceLine, index: number): HeadingCandidate | null {
  if (line.furniture) return null;
  const t = line.text.trim();
  if (t.charCodeAt(0) !== 0xa7 /* § */) return null;
  const m = HEADING.exec(t);
  if (!m) return null;
  const rest = (m[2] ?? '').trim();
  // "§ 12, 14 och 15" or "§§ …" are references, not headings.
  if (/^[,§\d]/.test(rest)) return null;
  return { index, number: Number(m[1]), rest };
}
