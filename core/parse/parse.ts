import { DEFAULT_CASE_NUMBER_CONFIG, findCaseNumbers, type CaseNumberConfig } from '../casenumber/index.ts';
import type { Paragraph, Protocol, Section, TocEntry } from '../model/protocol.ts';
import { findRunningHeader, markFurniture } from './page-furniture.ts';
import { headingCandidate, type HeadingCandidate } from './paragraph-headings.ts';
import { sectionHeadingKind } from './section-headings.ts';
import { splitSourceLines, type SourceLine } from './source-lines.ts';
import { readCover } from './cover.ts';

export interface ParseOptions {
  caseNumbers?: CaseNumberConfig;
  /**
   * Entry boundaries known exactly (1-based, inclusive lines), as a .docx written with the Word
   * add-in gives them through its content controls: then each region is one entry, whatever its text.
   */
  regions?: readonly { startLine: number; endLine: number }[];
}

/** How far a § number may jump ahead of the previous entry and still be the next entry, not a reference. */
const MAX_NUMBER_STEP = 25;
/** A wrapped title takes at most this many extra lines. */
const MAX_TITLE_LINES = 3;

/**
 * Reads protocol text (as extracted from PDF or Word) into the model. Pages are marked by a
 * form feed at the start of a page's first line. Never throws on odd input: what it cannot
 * place stays in the nearest section's text.
 */
export function parseProtocol(text: string, options: ParseOptions = {}): Protocol {
  const config = options.caseNumbers ?? DEFAULT_CASE_NUMBER_CONFIG;
  const lines = splitSourceLines(text);
  const header = findRunningHeader(lines);
  const repeatedHeader = header && lines.filter((l) => l.text.trim() === header.line).length > 1;
  markFurniture(lines, new Set(repeatedHeader ? [header.line] : []));

  const candidates: HeadingCandidate[] = [];
  for (let i = 0; i < lines.length; i++) {
    const c = headingCandidate(lines[i]!, i);
    if (c) candidates.push(c);
  }

  const blocks = candidates.map((c, k) => ({ c, end: candidates[k + 1]?.index ?? lines.length }));
  const structure = blocks.map((b) => entryStructure(lines, b.c, b.end, config));

  // A table of contents is a run of headings with nothing but their titles under them.
  let tocEnd = 0;
  while (tocEnd < blocks.length && structure[tocEnd] === 'none') tocEnd++;
  const toc: TocEntry[] | null =
    tocEnd >= 2 && tocEnd < blocks.length
      ? blocks.slice(0, tocEnd).map(({ c, end }) => ({
          number: c.number,
          title: tocTitle(lines[c.index]!.text, readTitle(lines, c, end, config).title),
          line: lines[c.index]!.n,
        }))
      : null;

  const entries = options.regions?.length
    ? entriesFromRegions(options.regions, candidates)
    : entriesFromStructure(blocks, structure, toc ? tocEnd : 0);
  const paragraphs = entries.map(({ c, end }) => readParagraph(lines, c, end, config, text.includes('\f')));
  const firstEntryLine = entries[0]?.c.index ?? lines.length;
  const coverEnd = toc ? blocks[0]!.c.index : firstEntryLine;
  const cover = readCover(lines.slice(0, coverEnd), paragraphs, header);
  return { ...cover, toc, paragraphs };
}

interface Entry {
  c: HeadingCandidate;
  /** Index of the first line after the entry. */
  end: number;
}

/** Each region's first § heading opens an entry that runs to the region's end. */
function entriesFromRegions(regions: NonNullable<ParseOptions['regions']>, candidates: HeadingCandidate[]): Entry[] {
  const entries: Entry[] = [];
  for (const r of [...regions].sort((a, b) => a.startLine - b.startLine)) {
    const c = candidates.find((x) => x.index >= r.startLine - 1 && x.index <= r.endLine - 1);
    if (c) entries.push({ c, end: r.endLine });
  }
  return entries;
}

/**
 * Entries: strongly structured blocks even out of order (the numbering rule reports that); weaker
 * ones only in sequence, so that `§117 Upphandling …` in a Beslutsunderlag list stays text.
 */
function entriesFromStructure(
  blocks: { c: HeadingCandidate; end: number }[],
  structure: ReturnType<typeof entryStructure>[],
  from: number,
): Entry[] {
  const entries: Entry[] = [];
  let last: number | null = null;
  for (let k = from; k < blocks.length; k++) {
    const { c } = blocks[k]!;
    const inSequence = last === null || (c.number > last && c.number <= last + MAX_NUMBER_STEP);
    const isEntry =
      structure[k] === 'strong' || (inSequence && (structure[k] === 'weak' || (last !== null && c.number === last + 1)));
    if (isEntry) {
      entries.push({ c, end: blocks[k]!.end });
      last = c.number;
    } else if (entries.length) {
      // A reference inside the previous entry (e.g. `§117 Upphandling …` in Beslutsunderlag): extend it.
      entries[entries.length - 1]!.end = blocks[k]!.end;
    }
  }
  return entries;
}

/**
 * A table-of-contents title without its page number: after dot leaders, or set apart by a run of
 * spaces on the heading line. A title that ends in a number of its own ("Motion 12") keeps it.
 */
function tocTitle(headingLine: string, title: string): string {
  if (/\.{2,}\s*\d*\s*$/.test(title)) return title.replace(/\s*\.{2,}\s*\d*\s*$/, '');
  return /\S\s{2,}\d{1,3}\s*$/.test(headingLine) ? title.replace(/\s+\d{1,3}$/, '') : title;
}

function isBlank(line: SourceLine): boolean {
  return line.furniture || line.text.trim() === '';
}

/** Whether a caseless line holds only case numbers (optionally after "Dnr"), and which. */
function caseNumberLine(text: string, config: CaseNumberConfig): string[] | null {
  const t = text.trim();
  // Such a line starts with a prefix or "Dnr": one character rules out almost all running text.
  if (!t || t.length > 200 || !/^[A-ZÅÄÖ]/.test(t)) return null;
  const found = findCaseNumbers(t, config);
  if (!found.length) return null;
  let rest = t;
  for (const m of [...found].reverse()) rest = rest.slice(0, m.start) + rest.slice(m.end);
  if (!/^(?:\s|,|;|och|samt|dnr\.?|diarienummer|diarienr\.?|:)*$/i.test(rest)) return null;
  return found.map((m) => m.caseNumber.canonical);
}

/** A line that tries to be a case number but does not parse, such as `RS 2215/2024` in a `RS 2215-2024` organisation. */
const CASE_NUMBER_LIKE = /^(?:dnr\.?:?\s*)?[A-ZÅÄÖ]{1,6}[ -]?\d[\d :/.–-]{1,14}$/i;

interface Title {
  title: string;
  /** Index of the first line after the title. */
  next: number;
}

// The TOC pass, the structure pass and the entry reader all need a candidate's title: read it once.
const titles = new WeakMap<HeadingCandidate, Title>();

function readTitle(lines: readonly SourceLine[], c: HeadingCandidate, end: number, config: CaseNumberConfig): Title {
  let title = titles.get(c);
  if (!title) {
    title = readTitleOnce(lines, c, end, config);
    titles.set(c, title);
  }
  return title;
}

function readTitleOnce(lines: readonly SourceLine[], c: HeadingCandidate, end: number, config: CaseNumberConfig): Title {
  const parts: string[] = c.rest ? [c.rest] : [];
  let i = c.index + 1;
  // `§ 8` alone: the title is on the next non-blank line.
  if (!c.rest) {
    while (i < end && isBlank(lines[i]!)) i++;
    if (i < end && !sectionHeadingKind(lines[i]!.text) && !caseNumberLine(lines[i]!.text, config)) {
      parts.push(lines[i]!.text.trim());
      i++;
    }
  }
  let extra = 0;
  while (i < end && extra < MAX_TITLE_LINES) {
    const l = lines[i]!;
    if (l.furniture) {
      i++;
      continue;
    }
    const t = l.text.trim();
    if (!t || sectionHeadingKind(t) || caseNumberLine(t, config) || CASE_NUMBER_LIKE.test(t)) break;
    // A wrapped title continues a line that did not end a sentence.
    const prev = parts[parts.length - 1] ?? '';
    if (/[.!?:]$/.test(prev)) break;
    parts.push(t);
    i++;
    extra++;
  }
  return { title: parts.join(' ').replace(/\s+/g, ' ').trim(), next: i };
}

/**
 * How an entry's block looks: "strong" when a case number or a section heading follows the title
 * at once (only real entries look like that), "weak" when one comes later or when several lines
 * of running text follow (a protocol without section headings), otherwise "none".
 */
function entryStructure(
  lines: readonly SourceLine[],
  c: HeadingCandidate,
  end: number,
  config: CaseNumberConfig,
): 'strong' | 'weak' | 'none' {
  const { next } = readTitle(lines, c, end, config);
  let textLines = 0;
  for (let i = next; i < end; i++) {
    const l = lines[i]!;
    if (isBlank(l)) continue;
    if (sectionHeadingKind(l.text) || caseNumberLine(l.text, config)) return textLines === 0 ? 'strong' : 'weak';
    textLines++;
  }
  return textLines >= 3 ? 'weak' : 'none';
}

function readParagraph(
  lines: readonly SourceLine[],
  c: HeadingCandidate,
  end: number,
  config: CaseNumberConfig,
  hasPages: boolean,
): Paragraph {
  const { title, next } = readTitle(lines, c, end, config);
  const caseNumbers: string[] = [];
  const malformed: string[] = [];
  // Case numbers in the title itself ("§ 12 Motion om X, KS 2023/456").
  for (const m of findCaseNumbers(title, config)) caseNumbers.push(m.caseNumber.canonical);
  const cleanTitle = caseNumbers.length ? stripCaseNumbers(title, config) : title;

  let i = next;
  // Case numbers under the title, possibly split over two lines (`RS` ⏎ `2124:1-2022`).
  for (; i < end; i++) {
    const l = lines[i]!;
    if (isBlank(l)) continue;
    const t = l.text.trim();
    const joined = i + 1 < end ? `${t} ${lines[i + 1]!.text.trim()}` : t;
    const onLine = caseNumberLine(t, config);
    const found = onLine ?? (/^[A-ZÅÄÖ]{1,6}$/.test(t) ? caseNumberLine(joined, config) : null);
    if (found) {
      for (const n of found) if (!caseNumbers.includes(n)) caseNumbers.push(n);
      if (!onLine) i++; // the number was on the next line too
      continue;
    }
    if (!sectionHeadingKind(t) && CASE_NUMBER_LIKE.test(t) && /\d{2}/.test(t)) {
      malformed.push(t);
      continue;
    }
    break;
  }

  const sections: Section[] = [];
  let current: { kind: Section['kind']; heading: string; line: number; text: string[] } | null = null;
  const flush = () => {
    if (!current) return;
    sections.push({ kind: current.kind, heading: current.heading, line: current.line, text: joinText(current.text) });
  };
  for (; i < end; i++) {
    const l = lines[i]!;
    if (l.furniture) continue;
    const kind = sectionHeadingKind(l.text);
    if (kind) {
      flush();
      current = { kind, heading: l.text.trim().replace(/\s*:$/, ''), line: l.n, text: [] };
      continue;
    }
    if (!current) {
      if (!l.text.trim()) continue;
      current = { kind: 'other', heading: '', line: l.n, text: [] };
    }
    current.text.push(l.text);
  }
  flush();

  const paragraph: Paragraph = {
    number: c.number,
    title: cleanTitle,
    caseNumbers,
    sections,
    line: lines[c.index]!.n,
  };
  if (hasPages) paragraph.page = lines[c.index]!.page;
  if (malformed.length) paragraph.malformedCaseNumbers = malformed;
  return paragraph;
}

function stripCaseNumbers(title: string, config: CaseNumberConfig): string {
  let out = title;
  for (const m of findCaseNumbers(title, config).reverse()) out = out.slice(0, m.start) + out.slice(m.end);
  return out.replace(/[\s,;]*(?:dnr\.?:?)?[\s,;]*$/i, '').replace(/\s{2,}/g, ' ').trim();
}

/** Lines to section text: trailing spaces dropped, runs of blank lines folded to one. */
function joinText(lines: string[]): string {
  const out: string[] = [];
  for (const raw of lines) {
    const t = raw.trim();
    if (!t && (!out.length || out[out.length - 1] === '')) continue;
    out.push(t);
  }
  while (out.length && out[out.length - 1] === '') out.pop();
  return out.join('\n');
}
