import { bareCaseNumber, labelledCaseNumbers, withoutSpans } from './labelled-case-numbers.ts';
import { isFixed } from './page-furniture.ts';
import type { SourceLine } from './source-lines.ts';
import { COLUMN_GAP } from './markup.ts';

/**
 * A line that may open a § entry (or a table-of-contents line), as organisations write them:
 * `§ 218 Title`, `§218`, `KF § 102`, `KS AU § 12`, `§ 52/2019`, `• § 1`, `## **§ 26**`,
 * `Paragraf 12`, `§ 15 1435/22`, `§ 6      Dnr KS-2023-00841`, `BUN § 17      Sida 8 av 20`.
 */
export interface HeadingCandidate {
  index: number;
  number: number;
  /** Title text on the heading line itself; empty when the title is on the next line. */
  rest: string;
  /** Case numbers on the heading line, labelled or standing right after the number, as written. */
  caseNumbers: string[];
}

/** A body's abbreviation before the §: `KS`, `KS AU`, `Bun`, `Sn`. */
const BODY_PREFIX = String.raw`\p{Lu}(?:\p{Lu}{0,5}|\p{Ll}{1,3})(?:[ -]\p{Lu}(?:\p{Lu}{0,5}|\p{Ll}{1,3}))?`;
/** Words that start a sentence about another §, not a body's abbreviation: `Se § 12`, `Enl § 4`. */
const NOT_A_BODY = /^(?:Se|Jfr|Av|Om|I|Enl|Och|Till|Från|Ur|Vid|Med|Samt|Nr)$/;

const HEADING = new RegExp(
  String.raw`^(?:(?<body>${BODY_PREFIX})\s+)?(?:§\s{0,3}|[Pp]aragraf\s+)(?<number>\d{1,4})(?:\s*\/\s*(?:\d{2}|(?:19|20)\d{2}))?(?<rest>(?:[\s.:–-].*)?)$`,
  'u',
);
/** Earlier handling printed after the heading: `Sn § 50 Au § 84 Sn § 34 Dnr …`, `KS AU § 12/24`. */
const EARLIER_HANDLING = new RegExp(String.raw`^(?:${BODY_PREFIX}\s*§\s*\d{1,4}(?:\s*\/\s*\d{2,4})?[,;\s]+)+`, 'u');

/** What follows the number when the line is a reference or a range, not a heading: `§ 12, 14`, `§§`, `§18-§35`, `§ 1-37`. */
const NOT_A_TITLE = /^(?:[,;§]|[-–]\s*(?:§|\d)|och\s+\d|\d{1,4}(?:\s*[-–,]\s*\d|$))/;

const MAX_SIGN_COLUMN = 48;
const LEADING_NUMBER = new RegExp(String.raw`^(\S[^§]*?)\s{3,}(?=(?:${BODY_PREFIX}\s+)?§)`, 'u');


export function headingCandidate(line: SourceLine, index: number): HeadingCandidate | null {
  if (line.furniture) return null;
  let plain = line.plain;
  // The § stands within a heading's first columns (`§ 8`, `KS AU § 12`, `KF/2023:7      § 235`):
  // looking no further spares the scan of every line of running text.
  if (plain.lastIndexOf('§', MAX_SIGN_COLUMN) < 0 && !((plain.charCodeAt(0) | 32) === 112 && /^[Pp]aragraf\s/.test(plain))) return null;
  // `KF/2023:7      § 235      Val till …`: the case number in a column before the heading.
  const leading = plain.charCodeAt(0) === 0xa7 ? null : LEADING_NUMBER.exec(plain);
  const leadingNumber = leading ? bareCaseNumber(leading[1]!) : null;
  if (leadingNumber) plain = plain.slice(leading![0].length);
  const m = HEADING.exec(plain);
  if (!m) return null;
  const body = m.groups!.body;
  if (body && NOT_A_BODY.test(body)) return null;
  let rest = m.groups!.rest!.replace(/^[\s.:–-]+/, '').replace(EARLIER_HANDLING, '').trim();
  // A title starts with a capital or a digit; `MT § 41/12 och MT` is a reference wrapped to the line's start.
  if (/^\p{Ll}/u.test(rest)) return null;
  if (NOT_A_TITLE.test(rest)) {
    // `§ 15 1435/22`: a number right after the heading is the entry's case number.
    const bare = bareCaseNumber(rest.split(COLUMN_GAP)[0]!);
    if (!bare) return null;
  }
  const caseNumbers: string[] = leadingNumber ? [leadingNumber] : [];
  const titleParts: string[] = [];
  for (const column of rest.split(COLUMN_GAP)) {
    if (!column || isFixed(column)) continue;
    const labelled = labelledCaseNumbers(column);
    if (labelled.length) {
      for (const n of labelled) caseNumbers.push(n.written);
      const after = column.slice(labelled[labelled.length - 1]!.end);
      // A classification code after the number (`041`, `1.2.2.`) is not part of the title.
      const rest = withoutSpans(/^[\d.\s]+$/.test(after) ? column.slice(0, labelled[labelled.length - 1]!.end) : column, labelled);
      const title = rest.replace(/^[\s,;]+|[\s,;]+$/g, '').replace(/\s*[,;]\s*[,;]\s*/g, ', ').replace(/\s{2,}/g, ' ');
      if (title) titleParts.push(title);
      continue;
    }
    const bare = bareCaseNumber(column);
    if (bare) {
      caseNumbers.push(bare);
      continue;
    }
    // `§ 15 1435/22 Title`: a bare number, then the title, in one column.
    const lead = /^(\S+)\s+(.*)$/.exec(column);
    const leadNumber = lead && !titleParts.length && !caseNumbers.length ? bareCaseNumber(lead[1]!) : null;
    if (leadNumber && /\d/.test(lead![1]!)) {
      caseNumbers.push(leadNumber);
      titleParts.push(lead![2]!);
      continue;
    }
    titleParts.push(column);
  }
  rest = titleParts.join(' ').trim();
  return { index, number: Number(m.groups!.number), rest, caseNumbers };
}
