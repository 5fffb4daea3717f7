import { bareCaseNumber } from './labelled-case-numbers.ts';
import { plainLine } from './markup.ts';
import { sectionHeadingKind } from './section-headings.ts';
import type { SourceLine } from './source-lines.ts';

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
  /^(?:justerandes?(?:\s+(?:sign(?:atur)?\.?|signaturer))?|ordförandes?\s+sign(?:atur)?\.?|sekreterarens?\s+sign(?:atur)?\.?)(?:\s*[._]{2,}.*|\s+utdragsbestyrkande)?$/i,
  /^(?:comfact signature|signerat (?:med|av)|detta dokument (?:är|har) (?:signerat|undertecknat)|verifikat|transaktion \d|assently|visma addo|scrive|protokollet har justerats digitalt|anslaget har signerats digitalt)\b.*$/i,
  /^(?:referensnummer|dokument-?id|document id):?\s*\S+$/i,
  /^forts(?:\.|ättning)?\s*(?:\p{Lu}{1,6}\s+)?§\s*\d{1,4}\s*$/iu,
  /^_{5,}$/,
];

const COLUMN_GAP = /\s{3,}/;

function isFixed(text: string): boolean {
  return FIXED.some((re) => re.test(text));
}

export function isFurniture(text: string, repeated: ReadonlySet<string>): boolean {
  const t = plainLine(text);
  if (!t) return false;
  if (isFixed(t) || repeated.has(repeatKey(t))) return true;
  if (!COLUMN_GAP.test(t)) return false;
  const columns = t.split(COLUMN_GAP);
  return columns.every((c) => isFixed(c) || repeated.has(repeatKey(c)));
}

/** A line's key for repetition: spacing and capitals vary with the converter. */
function repeatKey(text: string): string {
  return text.replace(/\s+/g, ' ').toLocaleLowerCase('sv');
}

const ENDS_WITH_DATE = /\d{4}-\d{2}-\d{2}$/;
const HEADER_WITH_DATE = /^(\p{Lu}[\p{L} ,.&/-]{2,80}?)\s+((?:19|20)\d{2}-\d{2}-\d{2})$/u;

/** "Body YYYY-MM-DD" lines, counted: the most frequent one is the running header that names the meeting. */
export function findRunningHeader(lines: readonly SourceLine[]): { line: string; body: string; date: string } | null {
  const counts = new Map<string, number>();
  for (const l of lines) {
    const t = l.text.trim();
    if (t.length > 100 || !ENDS_WITH_DATE.test(t) || !HEADER_WITH_DATE.test(t)) continue;
    counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  let best: [string, number] | null = null;
  for (const entry of counts) if (!best || entry[1] > best[1]) best = entry;
  if (!best) return null;
  const m = HEADER_WITH_DATE.exec(best[0])!;
  return { line: best[0], body: m[1]!.trim(), date: m[2]! };
}

/** How many times a line must recur to be a running header or footer rather than text. */
const MIN_REPEATS = 3;
const MAX_REPEATED_LENGTH = 100;
/** How near (in lines) a page boundary a running header or footer stands. */
const NEAR_BOUNDARY = 6;

/**
 * Where pages meet: a page's first line (form feed), page numbers (`Sida 3 av 20`, `4 (29)`, a
 * lone `7`), signature footers and converter page marks.
 */
function boundaryDistances(lines: readonly SourceLine[]): Int32Array {
  const distance = new Int32Array(lines.length).fill(1 << 20);
  for (let i = 0; i < lines.length; i++) {
    const t = plainLine(lines[i]!.text);
    const boundary = (i > 0 && lines[i]!.page !== lines[i - 1]!.page) || (t !== '' && (isFixed(t) || /^\d{1,3}$/.test(t)));
    if (boundary) distance[i] = 0;
    else if (i > 0) distance[i] = distance[i - 1]! + 1;
  }
  for (let i = lines.length - 2; i >= 0; i--) distance[i] = Math.min(distance[i]!, distance[i + 1]! + 1);
  return distance;
}

/**
 * Short lines (or columns) that recur page after page at the page's top or foot: running headers
 * and footers of any layout (`KOMMUNFULLMÄKTIGE   SAMMANTRÄDESPROTOKOLL`, `Kommunstyrelsen`,
 * `2024-03-14`). Section headings, § headings, list items and table rows recur too but are content,
 * and so is a sentence each § repeats in the middle of a page.
 */
export function findRepeatedLines(lines: readonly SourceLine[]): Set<string> {
  const distance = boundaryDistances(lines);
  const counts = new Map<string, { all: number; near: number }>();
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const t = plainLine(l.text);
    if (!t || t.length > MAX_REPEATED_LENGTH || /^[|•\-*]/.test(l.text.trim())) continue;
    for (const column of t.split(COLUMN_GAP)) {
      // Running headers are a few words; sentences and labels that recur per § are content.
      if (column.includes('§') || sectionHeadingKind(column) || bareCaseNumber(column) || /[.!?:]$/.test(column) || column.split(' ').length > 6) continue;
      const key = repeatKey(column);
      const count = counts.get(key) ?? { all: 0, near: 0 };
      count.all++;
      if (distance[i]! <= NEAR_BOUNDARY) count.near++;
      counts.set(key, count);
    }
  }
  const repeated = new Set<string>();
  for (const [key, { all, near }] of counts) if (near >= MIN_REPEATS && near >= all * 0.75) repeated.add(key);
  return repeated;
}

export function markFurniture(lines: SourceLine[], repeated: ReadonlySet<string>): void {
  for (const l of lines) l.furniture = isFurniture(l.text, repeated);
}
