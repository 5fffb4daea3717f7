/**
 * Case numbers that the text itself marks as such: after a label (`Dnr`, `Diarienummer`,
 * `Ärendenummer` …) or standing alone where a case number stands (right after a § heading).
 * Such a number is read whatever its shape, with no configuration: `KS-2023-00841`,
 * `2011/KS 0206 001`, `KU.2017.91`, `Bun/2022:269 041` (a trailing classification code is not part
 * of it), `RS 269:1-2020`, `1435/22`, `23RS12809`.
 */

/** The labels organisations put before a case number. */
const LABEL = /(?<![\p{L}\d])(?:dnr|d\.nr|diarienummer|diarienr|ärendenummer|ärendenr|ärende\s?nr|ärende-?id)\.?\s*:?\s*/giu;

/** A cheap first test: a line without any label's stem has no labelled number (most lines). */
const LABEL_STEM = /d\.?nr|diarie|ärende/i;
const SEPARATOR = /[-\u2010-\u2014\u2212/.:]/;
const TOKEN = /[\p{L}\d]+/uy;
const SPACE = /[ \u00A0]/;

interface Shape {
  /** The number as written (spaces folded), without a trailing classification code. */
  written: string;
  /** Offset just after the number in the searched text. */
  end: number;
}

const isDigits = (t: string) => /^\d+$/.test(t);
const isLetters = (t: string) => /^\p{L}+$/u.test(t);
const isPrefix = (t: string) => /^\p{Lu}{1,6}$/u.test(t);
const digitGroups = (tokens: readonly string[]) => tokens.filter((t) => /\d/.test(t)).length;

/** Reads one number shape at `from`; null when what stands there is not one. */
export function readCaseNumberShape(text: string, from: number): Shape | null {
  const tokens: string[] = [];
  /** The separator written before each token after the first (`-`, `/`, `.`, `:` or a space). */
  const seps: string[] = [];
  const ends: number[] = [];
  let pos = from;
  for (;;) {
    TOKEN.lastIndex = pos;
    const m = TOKEN.exec(text);
    if (!m) break;
    const token = m[0];
    const next = text[pos + token.length] ?? '';
    const afterNext = text[pos + token.length + 1] ?? '';
    const sep = tokens.length ? seps[tokens.length - 1] : undefined;
    if (!acceptToken(token, sep, seps[tokens.length - 2], tokens, next, afterNext)) break;
    tokens.push(token);
    pos += token.length;
    ends.push(pos);
    if ((SEPARATOR.test(next) || SPACE.test(next)) && /[\p{L}\d]/u.test(afterNext)) {
      seps[tokens.length - 1] = SPACE.test(next) ? ' ' : /[\u2010-\u2014\u2212]/.test(next) ? '-' : next;
      pos++;
    } else {
      break;
    }
  }
  // A prefix with no number after it (`KS` before a title word) is not part of the number.
  while (tokens.length && isLetters(tokens[tokens.length - 1]!)) tokens.pop();
  if (digitGroups(tokens) === 0 || tokens.join('').replace(/\D/g, '').length < 3) return null;
  let written = tokens[0]!;
  for (let i = 1; i < tokens.length; i++) written += seps[i - 1]! + tokens[i]!;
  // `00322/20241.2.2.`: a year glued to a dotted classification code.
  const glued = /^(.*[/-](?:19|20)\d{2})\d(?:\.\d+)+$/.exec(written);
  if (glued) written = glued[1]!;
  return { written, end: ends[tokens.length - 1]! };
}

/**
 * Whether `token` continues the number. A letter prefix is short, and either capitals or glued to
 * digits (`Bun/2022:269`); after a complete number with other separators, a digit group set apart by
 * a space is a classification code (`Bun/2022:269 041`), but in a number written with spaces it is
 * the number's own (`2011/KS 0206 001`).
 */
function acceptToken(
  token: string,
  sep: string | undefined,
  sepBefore: string | undefined,
  tokens: readonly string[],
  next: string,
  afterNext: string,
): boolean {
  if (isLetters(token)) {
    if (token.length > 6) return false;
    const gluedToDigit = SEPARATOR.test(next) && /\d/.test(afterNext);
    if (!isPrefix(token)) return gluedToDigit;
    const beforeNumber = gluedToDigit || (SPACE.test(next) && /[\d\p{Lu}]/u.test(afterNext));
    return beforeNumber || (sep !== undefined && sep !== ' ');
  }
  if (!/\d/.test(token)) return false;
  const prev = tokens[tokens.length - 1];
  const code = sep === ' ' && prev !== undefined && !isLetters(prev) && sepBefore !== ' ' && digitGroups(tokens) >= 2;
  return !code;
}

/** Whether a shape could be something else that stands alone on a line: a date, a time, a page mark. */
function isLookAlike(written: string): boolean {
  return (
    /^(?:19|20)\d{2}-\d{2}-\d{2}$/.test(written) ||
    /^\d{1,2}[.:]\d{2}(?:-\d{1,2}[.:]\d{2})?$/.test(written) ||
    /^\d{1,4}$/.test(written) ||
    /^\d{1,3}(?: \d{3})+$/.test(written) ||
    // Government publications and statutes: `SOU 2021:6`, `SFS 2010:800`.
    /^(?:SOU|SFS|DS|Ds|Prop|Dir|EU)\b/.test(written)
  );
}

/**
 * The case numbers a line gives by label (`Dnr KS-2023-00841`, `Diarienummer: RJL 2016/1288`),
 * with where each ends, so that the caller can take what follows as the title.
 */
export function labelledCaseNumbers(line: string): { written: string; start: number; end: number }[] {
  const found: { written: string; start: number; end: number }[] = [];
  if (!LABEL_STEM.test(line)) return found;
  LABEL.lastIndex = 0;
  for (let m = LABEL.exec(line); m; m = LABEL.exec(line)) {
    const shape = readCaseNumberShape(line, m.index + m[0].length);
    if (shape && !isLookAlike(shape.written)) {
      found.push({ written: shape.written, start: m.index, end: shape.end });
      LABEL.lastIndex = shape.end;
    }
  }
  return found;
}

/**
 * A text that is nothing but a case number, where one stands without a label (`BUN/2024:79` under
 * a heading, `1435/22` after `§ 15`): it must look like a registry number, with a prefix or a slash.
 */
export function bareCaseNumber(text: string): string | null {
  const t = text.trim();
  const shape = readCaseNumberShape(t, 0);
  if (!shape || isLookAlike(shape.written)) return null;
  if (!/\p{L}/u.test(shape.written) && !shape.written.includes('/')) return null;
  const rest = t.slice(shape.end).trim();
  // What may follow: a classification code (`041`, `1.2.2.`) set apart by spaces.
  if (rest && !/^[\d.\s]+$/.test(rest)) return null;
  return shape.written;
}

/**
 * A text without the given spans (case numbers found in it, in order), in one pass; brackets a
 * number stood in go with it (`Rubrik (Dnr KS 2023/456)` → `Rubrik`).
 */
export function withoutSpans(text: string, spans: readonly { start: number; end: number }[]): string {
  if (!spans.length) return text;
  let out = '';
  let at = 0;
  for (const { start, end } of spans) {
    if (start > at) out += text.slice(at, start);
    at = Math.max(at, end);
  }
  return (out + text.slice(at)).replace(/\s*[([]\s*[)\]]/g, '');
}
