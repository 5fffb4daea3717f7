import { caseKey } from './case-key.ts';
import { CaseNumberPrefix } from './config.ts';
import { CaseNumberFormat } from './formats.ts';

/**
 * Learns an organisation's case-number formats from the numbers its protocols label (`Dnr …`),
 * so that the extension and the add-in find them in running text without anyone writing a format.
 * Each number is split into a prefix, digit runs and separators; numbers of one shape are read
 * together: the run whose values are all years is the year (the one with fewest distinct values
 * when several could be), the first other run is the serial, a run after it a sub-number, or a
 * classification code where three digits end the number after a space. A shape
 * used by fewer than 2 % of the numbers (or once) is a one-off and left out, and so is a prefix
 * seen once among twenty or more numbers of its shape. Formats come back most used first, in the notation of template.ts,
 * each with its own prefixes (`{prefix:KS|BN} {year}/{serial}`).
 */

type Token = { kind: 'letters' | 'digits' | 'separator'; text: string };

const TOKEN = /(\p{L}+(?: \p{L}+)*)|(\d+)|([-/.: ])|(.)/gu;

function tokens(written: string): Token[] | null {
  const text = written.replace(/\s+/g, ' ').replace(/[\u2010-\u2015\u2212]/g, '-').trim();
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    if (m[4] !== undefined) return null;
    out.push({ kind: m[1] !== undefined ? 'letters' : m[2] !== undefined ? 'digits' : 'separator', text: m[0] });
  }
  return out;
}

/** A number read against its shape: the template pieces without the serial's width, the sub-number and the classification code. */
interface Reading {
  pieces: string[];
  serial: string;
  prefix: string | null;
  /** Where in `pieces` a sub-number stood, and the separator before it. */
  sub: { at: number; separator: string } | null;
  /** Whether a classification code (`2011/KS 0206 001`) ended the number. */
  classCode: boolean;
}

const isYear4 = (s: string) => /^(?:19|20)\d\d$/.test(s);
const YEAR_TESTS = [
  { digits: 4, test: isYear4 },
  { digits: 2, test: (s: string) => s.length === 2 },
] as const;

/** The digit run that holds the year in most numbers of a shape, as four digits if it can be. */
function yearRun(runs: string[][]): { index: number; digits: 2 | 4; test: (s: string) => boolean } | null {
  for (const { digits, test } of YEAR_TESTS) {
    let best: { index: number; fits: number; distinct: number } | null = null;
    for (let i = 0; i < runs[0]!.length; i++) {
      const fitting = runs.filter((r) => test(r[i]!));
      const distinct = new Set(fitting.map((r) => r[i])).size;
      if (fitting.length * 2 <= runs.length) continue;
      if (!best || fitting.length > best.fits || (fitting.length === best.fits && distinct < best.distinct)) best = { index: i, fits: fitting.length, distinct };
    }
    if (best) return { index: best.index, digits, test };
  }
  return null;
}

/** A number read with its shape's year run, or null when it does not fit the shape's reading. */
function read(number: Token[], year: NonNullable<ReturnType<typeof yearRun>>): Reading | null {
  const reading: Reading = { pieces: [], serial: '', prefix: null, sub: null, classCode: false };
  let run = 0;
  for (const [i, token] of number.entries()) {
    if (token.kind === 'separator') reading.pieces.push(token.text);
    else if (token.kind === 'letters') {
      if (reading.prefix !== null || !CaseNumberPrefix.safeParse(token.text).success) return null;
      reading.prefix = token.text;
      reading.pieces.push('{prefix}');
    } else if (run++ === year.index) {
      if (!year.test(token.text)) return null;
      reading.pieces.push(year.digits === 4 ? '{year}' : '{year:2}');
    } else if (!reading.serial) {
      reading.serial = token.text;
      reading.pieces.push('{serial}');
    } else {
      const separator = number[i - 1]?.kind === 'separator' ? reading.pieces.pop()! : '';
      // Three digits set apart by a space at the end: the notation's {class}, never part of the number.
      if (separator === ' ' && token.text.length === 3 && i === number.length - 1 && !reading.sub) {
        reading.classCode = true;
        continue;
      }
      if (reading.sub || token.text.length > 4 || !/^[-:]$/.test(separator)) return null;
      reading.sub = { at: reading.pieces.length, separator };
    }
  }
  return reading;
}

/** Reads the numbers of one shape; none when the shape is not a case number the notation can write. */
function readShape(numbers: Token[][]): Reading[] {
  const runs = numbers.map((t) => t.filter((x) => x.kind === 'digits').map((x) => x.text));
  if (runs[0]!.length < 2 || runs[0]!.length > 3) return [];
  const year = yearRun(runs);
  return year ? numbers.flatMap((n) => read(n, year) ?? []) : [];
}

function serialField(serials: readonly string[]): string {
  const lengths = serials.map((s) => s.length);
  const min = Math.min(...lengths);
  const max = Math.max(...lengths);
  if (!serials.some((s) => s.startsWith('0')) && max <= 6) return '{serial}';
  return min === max ? `{serial:${min}}` : `{serial:${min}-${max}}`;
}

function mostCommon<T>(values: readonly T[], key: (v: T) => string): T | undefined {
  const counts = new Map<string, { value: T; n: number }>();
  for (const v of values) {
    const k = key(v);
    const c = counts.get(k);
    if (c) c.n++;
    else counts.set(k, { value: v, n: 1 });
  }
  return [...counts.values()].sort((a, b) => b.n - a.n)[0]?.value;
}

function template(all: readonly Reading[]): string | null {
  const prefixes = new Map<string, number>();
  for (const r of all) if (r.prefix !== null) prefixes.set(r.prefix, (prefixes.get(r.prefix) ?? 0) + 1);
  const kept = [...prefixes].filter(([, n]) => n >= 2 || n * 20 >= all.length).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const keptNames = new Set(kept.map(([p]) => p));
  const readings = all.filter((r) => r.prefix === null || keptNames.has(r.prefix));
  if (!readings.length) return null;
  const sub = mostCommon(
    readings.flatMap((r) => (r.sub ? [r.sub] : [])),
    (s) => `${s.at}${s.separator}`,
  );
  const out = readings[0]!.pieces.map((p) =>
    p === '{serial}' ? serialField(readings.map((r) => r.serial)) : p === '{prefix}' ? `{prefix:${[...keptNames].join('|')}}` : p,
  );
  if (sub) out.splice(sub.at, 0, `[${sub.separator}{sub}]`);
  if (readings.some((r) => r.classCode)) out.push('[ {class}]');
  return out.join('');
}

export function learnFormats(labelled: readonly string[]): CaseNumberFormat[] {
  const byKey = new Map<string, Token[]>();
  for (const written of labelled) {
    const t = tokens(written);
    if (t) byKey.set(caseKey(written), t);
  }
  const shapes = new Map<string, Token[][]>();
  for (const t of byKey.values()) {
    const shape = t.map((x) => (x.kind === 'separator' ? x.text : x.kind === 'letters' ? 'L' : 'D')).join('');
    const group = shapes.get(shape);
    if (group) group.push(t);
    else shapes.set(shape, [t]);
  }
  const byBase = new Map<string, Reading[]>();
  for (const numbers of shapes.values()) {
    for (const reading of readShape(numbers)) {
      const base = reading.pieces.join('');
      const group = byBase.get(base);
      if (group) group.push(reading);
      else byBase.set(base, [reading]);
    }
  }
  const least = Math.max(2, Math.ceil(byKey.size * 0.02));
  const formats = [...byBase.values()]
    .filter((readings) => readings.length >= least)
    .sort((a, b) => b.length - a.length)
    .map(template)
    .filter((t): t is string => t !== null && CaseNumberFormat.safeParse(t).success);
  return [...new Set(formats)];
}
