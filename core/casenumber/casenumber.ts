import { resolveFormats, DEFAULT_CASE_NUMBER_CONFIG, type CaseNumberConfig, type ResolvedFormat } from './config.ts';
import { canonicalText, templatePattern } from './format-pattern.ts';

/** A parsed case number (diarienummer). `canonical` is how the format writes it; look-ups key on `caseKey`. */
export interface CaseNumber {
  /** Empty for a format without a prefix. */
  prefix: string;
  /** The serial as written, leading zeros kept. */
  number: string;
  /** Four digits, also where the number writes two. */
  year: number;
  sub?: string;
  /** A trailing classification code (`041`); not part of the number. */
  classCode?: string;
  format: string;
  canonical: string;
}

export interface CaseNumberMatch {
  /** UTF-16 offsets into the searched text; `end` is exclusive. */
  start: number;
  end: number;
  raw: string;
  caseNumber: CaseNumber;
}

/** A case number never sits glued to letters or digits on either side (`XRS 1834-2023`, `RS 1834-20233`). */
const LEFT = '(?<![\\p{L}\\p{N}_])';
const RIGHT = '(?![\\p{L}\\p{N}_]|[-\\u2013:\\/]\\d)';
/** The labels a case number may stand after when it is parsed on its own. */
const LABEL = '(?:(?:Dnr|DNR|Diarienr|Diarienummer)\\.?:?\\s*)?';

interface CompiledFormat {
  format: ResolvedFormat;
  global: RegExp;
  exact: RegExp;
}

const cache = new WeakMap<CaseNumberConfig, CompiledFormat[]>();

function compile(config: CaseNumberConfig): CompiledFormat[] {
  let compiled = cache.get(config);
  if (compiled) return compiled;
  compiled = resolveFormats(config).map((format) => {
    const source = templatePattern(format.parts, config.prefixes);
    return {
      format,
      global: new RegExp(`${LEFT}${source}${RIGHT}`, 'gu'),
      exact: new RegExp(`^\\s*${LABEL}${source}\\s*$`, 'u'),
    };
  });
  cache.set(config, compiled);
  return compiled;
}

const TWO_DIGITS = /\d\d/;

function fullYear(written: string): number {
  const year = Number(written);
  return written.length === 4 ? year : year < 70 ? 2000 + year : 1900 + year;
}

function toCaseNumber(groups: Record<string, string | undefined>, format: ResolvedFormat): CaseNumber {
  const { sub, class: classCode } = groups;
  return {
    prefix: groups.prefix?.replace(/\s+/g, ' ') ?? '',
    number: groups.serial!,
    year: fullYear(groups.year!),
    ...(sub === undefined ? {} : { sub }),
    ...(classCode === undefined ? {} : { classCode }),
    format: format.id,
    canonical: canonicalText(format.parts, groups),
  };
}

/**
 * Finds every case number in `text`. Where formats overlap, the earlier match wins and,
 * at the same start, the longer one.
 */
export function findCaseNumbers(text: string, config: CaseNumberConfig = DEFAULT_CASE_NUMBER_CONFIG): CaseNumberMatch[] {
  const found: CaseNumberMatch[] = [];
  // Every format holds a year, so every case number two digits in a row: most text has none to find.
  if (!TWO_DIGITS.test(text)) return found;
  const compiled = compile(config);
  for (const { format, global } of compiled) {
    global.lastIndex = 0;
    for (let m = global.exec(text); m; m = global.exec(text)) {
      found.push({ start: m.index, end: m.index + m[0].length, raw: m[0], caseNumber: toCaseNumber(m.groups!, format) });
    }
  }
  if (compiled.length === 1) return found;
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: CaseNumberMatch[] = [];
  for (const m of found) if (!kept.length || m.start >= kept[kept.length - 1]!.end) kept.push(m);
  return kept;
}

/** Parses a string that is one case number (a label such as `Dnr` before it is allowed). */
export function parseCaseNumber(text: string, config: CaseNumberConfig = DEFAULT_CASE_NUMBER_CONFIG): CaseNumber | null {
  for (const { format, exact } of compile(config)) {
    const m = exact.exec(text);
    if (m) return toCaseNumber(m.groups!, format);
  }
  return null;
}

/** The canonical form of a case number written any way the formats accept, or null. */
export function normaliseCaseNumber(text: string, config: CaseNumberConfig = DEFAULT_CASE_NUMBER_CONFIG): string | null {
  return parseCaseNumber(text, config)?.canonical ?? null;
}
