import { bareCaseNumber } from './labelled-case-numbers.ts';
import { sectionHeadingKind } from './section-headings.ts';
import { sectionKindOf, type SourceLine } from './source-lines.ts';
import { COLUMN_GAP } from './markup.ts';

/**
 * Lines that belong to the page, not the protocol: page numbers, running headers and footers,
 * signature-service lines and signature blocks, converter page marks. A line laid out in columns
 * (`Justerande      Utdragsbestyrkande`, `BUN § 17      Sida 8 av 20`) is judged column by column.
 */
const FIXED = [
  /^\d{1,4}\s*\(\s*\d{1,4}\s*\)$/, // 4 (29)
  /^(?:sida|sid\.?)\s*\d{1,4}(?:\s*(?:\(\s*\d{1,4}\s*\)|av\s+\d{1,4}|\/\s*\d{1,4}))?$/i,
  /^\d{1,4}\s*\/\s*\d{1,4}$/,
  /^<!--\s*sida\s+\d+\s*-->$/i,
  /^(?:protokoll|sammanträdesprotokoll|sammanträdesdatum|utdragsbestyrkande|utdragsbestyrkande:?\s*\S*|paragraf|expedierat\/bestyrkt|expedierat|bestyrkt|sida)$/i,
  /^(?:sammanträdesprotokoll|protokoll)\s+\d{1,4}(?:\s+(?:19|20)\d{2}-\d{2}-\d{2})?$/i,
  /^(?:referensnummer|dokument-?id|document id):?\s*\S+$/i,
  /^forts(?:\.|ättning)?\s*(?:\p{Lu}{1,6}\s+)?§\s*\d{1,4}\s*$/iu,
  /^_{5,}$/,
];
/** Furniture that may run long: signature lines with dot leaders, signature services' notes. */
const FIXED_LONG = [
  /^(?:justerandes?(?:\s+(?:sign(?:atur)?\.?|signaturer))?|ordförandes?\s+sign(?:atur)?\.?|sekreterarens?\s+sign(?:atur)?\.?)(?:\s*[._]{2,}.*|\s+utdragsbestyrkande)?$/i,
  /^(?:comfact signature|signerat (?:med|av)|detta dokument (?:är|har) (?:signerat|undertecknat)|verifikat|transaktion \d|assently|visma addo|scrive|protokollet har justerats digitalt|anslaget har signerats digitalt)\b.*$/i,
];
/** No furniture of FIXED is longer: longer lines need only FIXED_LONG. */
const MAX_SHORT_FIXED = 60;


/** Whether a text (a line or a column of one, without Markdown marks) is page furniture of a fixed kind. */
export function isFixed(text: string): boolean {
  return (text.length <= MAX_SHORT_FIXED && FIXED_SHORT.test(text)) || FIXED_ANY_LENGTH.test(text);
}

// One pass over a line instead of one per pattern: this runs on every line of every protocol.
const oneOf = (patterns: RegExp[]) => new RegExp(patterns.map((re) => `(?:${re.source})`).join('|'), 'iu');
const FIXED_SHORT = oneOf(FIXED);
const FIXED_ANY_LENGTH = oneOf(FIXED_LONG);

/** A line's key for repetition: spacing and capitals vary with the converter. */
function repeatKey(text: string): string {
  return (/\s\s/.test(text) ? text.replace(/\s+/g, ' ') : text).toLowerCase();
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const HEADER_WITH_DATE = /^(\p{Lu}[\p{L} ,.&/-]{2,80}?)\s+((?:19|20)\d{2}-\d{2}-\d{2})$/u;

/** "Body YYYY-MM-DD" lines, counted: the most frequent one is the running header that names the meeting. */
export function findRunningHeader(lines: readonly SourceLine[]): { line: string; body: string; date: string } | null {
  const counts = new Map<string, number>();
  for (const l of lines) {
    const t = l.plain;
    const last = t.charCodeAt(t.length - 1);
    if (t.length > 100 || last < 48 || last > 57 || !ISO_DATE.test(t.slice(-10))) continue;
    counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  // The costlier pattern only for the most frequent lines, not for every line ending in a date.
  for (const [line] of [...counts].sort((a, b) => b[1] - a[1])) {
    const m = HEADER_WITH_DATE.exec(line);
    if (m) return { line, body: m[1]!.trim(), date: m[2]! };
  }
  return null;
}

/** How many times a line must recur to be a running header or footer rather than text. */
const MIN_REPEATS = 3;
const MAX_REPEATED_LENGTH = 100;
/** How near (in lines) a page boundary a running header or footer stands. */
const NEAR_BOUNDARY = 6;

/** A lone page number, `7`. */
function isPageNumber(text: string): boolean {
  if (!text.length || text.length > 3) return false;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) < 48 || text.charCodeAt(i) > 57) return false;
  return true;
}

/**
 * Where pages meet: a page's first line (form feed), page numbers (`Sida 3 av 20`, `4 (29)`, a
 * lone `7`), signature footers and converter page marks. The distance of each line to the nearest.
 */
function boundaryDistances(lines: readonly SourceLine[], fixed: Uint8Array): Int32Array {
  const distance = new Int32Array(lines.length).fill(1 << 20);
  for (let i = 0; i < lines.length; i++) {
    const boundary = (i > 0 && lines[i]!.page !== lines[i - 1]!.page) || fixed[i] === 1 || isPageNumber(lines[i]!.plain);
    if (boundary) distance[i] = 0;
    else if (i > 0) distance[i] = distance[i - 1]! + 1;
  }
  for (let i = lines.length - 2; i >= 0; i--) distance[i] = Math.min(distance[i]!, distance[i + 1]! + 1);
  return distance;
}

const MAX_HEADER_WORDS = 6;
const ENDS_SENTENCE = /[.!?:]$/;
/** A list item or a table row (`- …`, `• …`, `* …`, `| … |`), told by its first mark. */
function startsListOrTable(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) continue;
    return c === 124 || c === 0x2022 || c === 45 || c === 42;
  }
  return false;
}

/** Whether a text has more than `max` words; stops counting there. */
function hasMoreWords(text: string, max: number): boolean {
  let n = 1;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 32 && ++n > max) return true;
  return false;
}

/** Whether a column could be a running header: a few words, not a sentence, a label, a heading or a case number. */
function mayRepeat(column: string): boolean {
  return (
    !column.includes('§') &&
    !ENDS_SENTENCE.test(column) &&
    !hasMoreWords(column, MAX_HEADER_WORDS) &&
    !sectionHeadingKind(column) &&
    !bareCaseNumber(column)
  );
}

/**
 * Marks page furniture: fixed kinds, and short lines (or columns) that recur page after page at
 * the page's top or foot, the running headers and footers of any layout (`KOMMUNFULLMÄKTIGE
 * SAMMANTRÄDESPROTOKOLL`, `Kommunstyrelsen`, `2024-03-14`). Section headings, § headings, list items
 * and table rows recur too but are content, and so is a sentence each § repeats mid-page.
 */
export function markFurniture(lines: SourceLine[]): void {
  const fixed = new Uint8Array(lines.length);
  for (let i = 0; i < lines.length; i++) if (lines[i]!.plain !== '' && isFixed(lines[i]!.plain)) fixed[i] = 1;
  const distance = boundaryDistances(lines, fixed);
  // The keys of the lines that could repeat, by line index; most lines have none.
  const keys = new Map<number, string[]>();
  const counts = new Map<string, { column: string; all: number; near: number }>();
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i]!.plain;
    if (!t || fixed[i] || t.length > MAX_REPEATED_LENGTH || startsListOrTable(lines[i]!.text)) continue;
    const laidOut = t.includes('   ');
    // A single run of more than a few words, or a sentence, is never a running header: most lines stop here.
    if (!laidOut && (hasMoreWords(t, MAX_HEADER_WORDS) || ENDS_SENTENCE.test(t) || sectionKindOf(lines[i]!))) continue;
    const columns = laidOut ? t.split(COLUMN_GAP) : [t];
    const lineKeys: string[] = [];
    for (const column of columns) {
      const key = repeatKey(column);
      lineKeys.push(key);
      let count = counts.get(key);
      if (!count) counts.set(key, (count = { column, all: 0, near: 0 }));
      count.all++;
      if (distance[i]! <= NEAR_BOUNDARY) count.near++;
    }
    keys.set(i, lineKeys);
  }
  const repeated = new Set<string>();
  for (const [key, { column, all, near }] of counts) if (near >= MIN_REPEATS && near >= all * 0.75 && mayRepeat(column)) repeated.add(key);
  for (let i = 0; i < lines.length; i++) lines[i]!.furniture = fixed[i] === 1;
  if (!repeated.size) return;
  for (const [i, lineKeys] of keys) if (isRepeatedLine(lines[i]!.plain, lineKeys, repeated)) lines[i]!.furniture = true;
}

/** A counted line is furniture when it repeats whole, or when each of its columns is furniture. */
function isRepeatedLine(plain: string, keys: readonly string[], repeated: ReadonlySet<string>): boolean {
  if (keys.length === 1) return repeated.has(keys[0]!);
  if (repeated.has(repeatKey(plain))) return true;
  const columns = plain.split(COLUMN_GAP);
  return columns.every((c, k) => isFixed(c) || repeated.has(keys[k]!));
}
