import { resolveFormats, DEFAULT_CASE_NUMBER_CONFIG, type CaseNumberConfig } from './config.ts';
import type { CaseNumberFormat } from './formats.ts';

/** A parsed case number (diarienummer). `canonical` is the key used everywhere else. */
export interface CaseNumber {
  prefix: string;
  number: string;
  year: number;
  doc?: string;
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

/** Spaces a PDF or a web page may put between prefix and number, including one line break. */
const GAP = '[ \\t\\u00A0\\u2007\\u202F]*(?:\\r?\\n[ \\t\\u00A0\\u2007\\u202F]*)?';
const GAP_REQUIRED = '(?:[ \\t\\u00A0\\u2007\\u202F]+(?:\\r?\\n[ \\t\\u00A0\\u2007\\u202F]*)?|\\r?\\n[ \\t\\u00A0\\u2007\\u202F]*)';
/** A case number never sits glued to letters or digits on either side (`XRS 1834-2023`, `RS 1834-20233`). */
const LEFT = '(?<![\\p{L}\\p{N}_])';
const RIGHT = '(?![\\p{L}\\p{N}_]|[-\\u2013:\\/]\\d)';

interface CompiledFormat {
  format: CaseNumberFormat;
  global: RegExp;
  exact: RegExp;
}

const cache = new WeakMap<CaseNumberConfig, CompiledFormat[]>();

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function compile(config: CaseNumberConfig): CompiledFormat[] {
  let compiled = cache.get(config);
  if (compiled) return compiled;
  const prefixes = config.prefixes.length
    ? `(?<prefix>${[...config.prefixes].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})`
    : '(?<prefix>[A-ZÅÄÖ]{2,5})';
  compiled = resolveFormats(config).map((format) => {
    const source = `${prefixes}${format.prefixMayTouch ? GAP : GAP_REQUIRED}(?:${format.body})`;
    return {
      format,
      global: new RegExp(`${LEFT}${source}${RIGHT}`, 'gu'),
      exact: new RegExp(`^\\s*(?:Dnr\\.?:?\\s*)?${source}\\s*$`, 'u'),
    };
  });
  cache.set(config, compiled);
  return compiled;
}

const templates = new WeakMap<CaseNumberFormat, string[]>();

/** A format's canonical template as literal text and field names in turn: split once, not replaced per match. */
function canonicalTemplate(format: CaseNumberFormat): string[] {
  let template = templates.get(format);
  if (!template) templates.set(format, (template = format.canonical.split(/\{(prefix|number|year|:doc)\}/)));
  return template;
}

function toCaseNumber(groups: Record<string, string | undefined>, format: CaseNumberFormat): CaseNumber {
  const prefix = groups.prefix!;
  const number = groups.number!;
  const year = Number(groups.year);
  const doc = groups.doc;
  const template = canonicalTemplate(format);
  let canonical = template[0]!;
  for (let i = 1; i < template.length; i += 2) {
    const field = template[i];
    const value = field === 'prefix' ? prefix : field === 'number' ? number : field === 'year' ? String(year) : doc ? `:${doc}` : '';
    canonical += value + template[i + 1];
  }
  return doc ? { prefix, number, year, doc, format: format.id, canonical } : { prefix, number, year, format: format.id, canonical };
}

/**
 * Finds every case number in `text`. Where formats overlap, the earlier match wins and,
 * at the same start, the longer one.
 */
export function findCaseNumbers(text: string, config: CaseNumberConfig = DEFAULT_CASE_NUMBER_CONFIG): CaseNumberMatch[] {
  const found: CaseNumberMatch[] = [];
  for (const { format, global } of compile(config)) {
    global.lastIndex = 0;
    for (let m = global.exec(text); m; m = global.exec(text)) {
      found.push({ start: m.index, end: m.index + m[0].length, raw: m[0], caseNumber: toCaseNumber(m.groups!, format) });
    }
  }
  if (compile(config).length === 1) return found;
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: CaseNumberMatch[] = [];
  for (const m of found) if (!kept.length || m.start >= kept[kept.length - 1]!.end) kept.push(m);
  return kept;
}

/** Parses a string that is one case number (an optional `Dnr` before it is allowed). */
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

/** Writes a case number in the canonical form of a given format. */
export function formatCaseNumber(
  parts: { prefix: string; number: string; year: number; doc?: string },
  format: CaseNumberFormat,
): string {
  return toCaseNumber({ ...parts, year: String(parts.year) }, format).canonical;
}
