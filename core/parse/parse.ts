import { DEFAULT_CASE_NUMBER_CONFIG, findCaseNumbers, parseCaseNumber, type CaseNumberConfig } from '../casenumber/index.ts';
import type { Paragraf, Protocol, Section, TocEntry } from '../model/protocol.ts';
import { caseNumberLine, type CaseNumberLine } from './case-number-line.ts';
import { bareCaseNumber, labelledCaseNumbers, withoutSpans } from './labelled-case-numbers.ts';
import { plainLine } from './markup.ts';
import { findRunningHeader, markFurniture } from './page-furniture.ts';
import { headingCandidate, type HeadingCandidate } from './paragraph-headings.ts';
import { sectionKindOf, splitSourceLines, type SourceLine } from './source-lines.ts';
import { readCover } from './cover.ts';
import { readsAsExtract } from './extract-heading.ts';
import { readRoll } from './attendance.ts';

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
  markFurniture(lines);

  const candidates: HeadingCandidate[] = [];
  for (let i = 0; i < lines.length; i++) {
    const c = headingCandidate(lines[i]!, i);
    if (c && !continuesSentence(lines, c)) candidates.push(c);
  }

  const blocks = candidates.map((c, k) => ({ c, end: candidates[k + 1]?.index ?? lines.length }));
  const structure = blocks.map((b) => entryStructure(lines, b.c, b.end, config));
  const toc = findToc(lines, blocks, config) ?? leadingToc(lines, blocks, structure, config);

  const entries = options.regions?.length
    ? entriesFromRegions(options.regions, candidates)
    : entriesFromStructure(blocks, structure, toc ? toc.end : 0, (k) => readHead(lines, blocks[k]!.c, blocks[k]!.end, config).title !== '');
  const hasPages = lines.length > 0 && lines[lines.length - 1]!.page > 1;
  const paragrafer = entries.map(({ c, end }) => readParagraph(lines, c, end, config, hasPages));
  const firstEntryLine = entries[0]?.c.index ?? lines.length;
  const coverEnd = toc ? blocks[toc.start]!.c.index : firstEntryLine;
  const cover = readCover(lines, coverEnd, paragrafer, header);
  const roll = readRoll(lines.slice(0, coverEnd));
  const extract = readsAsExtract(lines, coverEnd);
  // A table of contents, like a cover, says the text holds the protocol's front; an extract's head repeats the cover's labels.
  return {
    ...cover,
    ...(roll ? { roll } : {}),
    hasCover: cover.hasCover || toc !== null,
    ...(extract ? { extract } : {}),
    toc: toc?.entries ?? null,
    paragrafer,
  };
}

/**
 * A table of contents whose entries do not come again in full (its first lines lost in
 * extraction): a leading run of headings with nothing but their titles under them.
 */
function leadingToc(
  lines: readonly SourceLine[],
  blocks: { c: HeadingCandidate; end: number }[],
  structure: readonly ReturnType<typeof entryStructure>[],
  config: CaseNumberConfig,
): ReturnType<typeof findToc> {
  let end = 0;
  // A contents line has its title and nothing under it; a short entry has a sentence at least.
  while (end < blocks.length && structure[end] === 'none' && contentLines(lines, readHead(lines, blocks[end]!.c, blocks[end]!.end, config).next, blocks[end]!.end) === 0) end++;
  if (end < 2 || end >= blocks.length) return null;
  return { start: 0, end, entries: tocEntries(lines, blocks.slice(0, end), config) };
}

function tocEntries(lines: readonly SourceLine[], blocks: { c: HeadingCandidate; end: number }[], config: CaseNumberConfig): TocEntry[] {
  return blocks.map(({ c, end }) => ({
    number: c.number,
    title: tocTitle(lines[c.index]!.text, readHead(lines, c, end, config).title),
    line: lines[c.index]!.n,
  }));
}

/**
 * A bare `§ 53/2019.` that ends a sentence, right under a line that breaks off mid-sentence
 * (`… se bilaga`), is a reference wrapped to the next line, not a heading; a heading's number
 * never ends in a full stop.
 */
function continuesSentence(lines: readonly SourceLine[], c: HeadingCandidate): boolean {
  if (c.rest || c.caseNumbers.length || c.index === 0 || !/[.,;)]$/.test(lines[c.index]!.plain)) return false;
  const prev = lines[c.index - 1]!;
  return !prev.furniture && /[\p{Ll},]$/u.test(prev.text.trimEnd());
}

/** How many lines of content a table-of-contents line may carry under it (a wrapped title, a case number). */
const MAX_TOC_LINES = 3;

/**
 * The table of contents: a run of headings in rising order, each with little under it, whose
 * numbers come again as the entries. Headings before it belong to the cover (attendance per §).
 */
function findToc(
  lines: readonly SourceLine[],
  blocks: { c: HeadingCandidate; end: number }[],
  config: CaseNumberConfig,
): { start: number; end: number; entries: TocEntry[] } | null {
  // Precomputed so that each candidate run is judged in constant time: `§ 1` on every line stays linear.
  const risingTo = new Array<number>(blocks.length);
  for (let k = blocks.length - 1; k >= 0; k--) {
    const next = blocks[k + 1];
    risingTo[k] = next && next.c.number > blocks[k]!.c.number ? risingTo[k + 1]! : k;
  }
  const shortBefore = [0];
  for (const b of blocks) shortBefore.push(shortBefore[shortBefore.length - 1]! + (contentLines(lines, b.c.index + 1, b.end) <= MAX_TOC_LINES ? 1 : 0));

  const firstSeen = new Map<number, number>();
  for (let k = 0; k < blocks.length; k++) {
    const n = blocks[k]!.c.number;
    const seen = firstSeen.get(n);
    if (seen === undefined) {
      firstSeen.set(n, k);
      continue;
    }
    // The number comes again at k: is seen..k-1 a table of contents?
    const rising = risingTo[seen]! >= k - 1;
    const short = shortBefore[k]! - shortBefore[seen]!;
    if (k - seen < 2 || !rising || short < (k - seen) * 0.6) continue;
    return { start: seen, end: k, entries: tocEntries(lines, blocks.slice(seen, k), config) };
  }
  return null;
}

function contentLines(lines: readonly SourceLine[], from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to && n <= MAX_TOC_LINES; i++) if (!isBlank(lines[i]!)) n++;
  return n;
}

interface EntryBlock {
  c: HeadingCandidate;
  /** Index of the first line after the entry. */
  end: number;
}

/** Each region's first § heading opens an entry that runs to the region's end. */
function entriesFromRegions(regions: NonNullable<ParseOptions['regions']>, candidates: HeadingCandidate[]): EntryBlock[] {
  const entries: EntryBlock[] = [];
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
  titled: (k: number) => boolean,
): EntryBlock[] {
  const entries: EntryBlock[] = [];
  let last: number | null = null;
  let first = -1;
  for (let k = from; k < blocks.length; k++) {
    const { c } = blocks[k]!;
    const inSequence = last === null || (c.number > last && c.number <= last + MAX_NUMBER_STEP);
    const isEntry =
      structure[k] === 'strong' || (inSequence && (structure[k] === 'weak' || (last !== null && c.number === last + 1)));
    if (isEntry) {
      entries.push({ c, end: blocks[k]!.end });
      if (first < 0) first = k;
      last = c.number;
    } else if (entries.length) {
      // A reference inside the previous entry (e.g. `§117 Upphandling …` in Beslutsunderlag): extend it.
      entries[entries.length - 1]!.end = blocks[k]!.end;
    }
  }
  // Short first items (an opening, an information item) have no structure of their own: the
  // entries that follow in sequence vouch for them.
  for (let k = first - 1; k >= from && blocks[k]!.c.number === entries[0]!.c.number - 1; k--) entries.unshift({ c: blocks[k]!.c, end: blocks[k]!.end });
  if (entries.length) return entries;
  // A text of short items only (an opening and a few notes, a single short §): every titled
  // heading in rising order is an entry.
  for (let k = from; k < blocks.length; k++) {
    const { c, end } = blocks[k]!;
    if (!titled(k)) continue;
    if (entries.length && c.number <= entries[entries.length - 1]!.c.number) entries[entries.length - 1]!.end = end;
    else entries.push({ c, end });
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
  return line.furniture || line.plain === '';
}

/**
 * An unlabelled number with one of the organisation's own prefixes that its formats do not read
 * (`RS 2215/2024` where the region writes `RS 2215-2024`): a slip, not another organisation's shape.
 */
function isMistypedOwnNumber(written: string, config: CaseNumberConfig): boolean {
  const prefix = /^\p{Lu}+/u.exec(written)?.[0];
  return prefix !== undefined && config.prefixes.includes(prefix) && !parseCaseNumber(written, config);
}

/** A line that tries to be a labelled case number but does not read as one (`Dnr: saknas`, `Dnr RS`). */
const LABEL_WITHOUT_NUMBER = /^(?:dnr|diarienummer|diarienr|ärendenummer)\.?:?\s*\S.{0,20}$/i;

/** Words a title line that goes on to the next line ends with. */
const OPEN_ENDING = /(?:[,–-]|\b(?:och|av|för|till|samt|med|om|i|på|från|över|inom|mellan|vid|enligt|gällande|avseende|angående|inför|mot|efter|under|ur))$/i;

/** The head of an entry: its title, the case numbers around it, and where its sections begin. */
interface Head {
  title: string;
  caseNumbers: string[];
  malformed: string[];
  /** A decision written on the heading after the title (`Val av justerare – Per Ek (S) utses att justera.`). */
  inline: string | null;
  /** Index of the first line after the head. */
  next: number;
}

/** `Title – Sentence of five words or more.`: the sentence is the decision, not part of the title. */
const INLINE_DECISION = /^(.{3,}?)\s+[–-]\s+(\p{Lu}(?:\S+\s+){4,}.*[.!])$/u;

// The TOC pass, the structure pass and the entry reader all need a candidate's head: read it once.
const heads = new WeakMap<HeadingCandidate, Head>();

function readHead(lines: readonly SourceLine[], c: HeadingCandidate, end: number, config: CaseNumberConfig): Head {
  let head = heads.get(c);
  if (!head) heads.set(c, (head = readHeadOnce(lines, c, end, config)));
  return head;
}

/**
 * Reads the title (on the heading line or the lines after it, wrapped over up to three more lines)
 * and the case numbers that stand on their own lines before or right after it.
 */
function readHeadOnce(lines: readonly SourceLine[], c: HeadingCandidate, end: number, config: CaseNumberConfig): Head {
  const parts: string[] = c.rest ? [c.rest] : [];
  const caseNumbers = [...c.caseNumbers];
  const malformed: string[] = [];
  let markdownTitle = false;
  let gap = false;
  let extra = 0;
  let i = c.index + 1;
  for (; i < end; i++) {
    const l = lines[i]!;
    if (l.furniture) continue;
    const t = l.plain;
    if (!t) {
      if (parts.length) gap = true;
      continue;
    }
    // A section heading is never a case number: asking it first spares the number reading on most heads.
    const heading = sectionKindOf(l);
    const whole = heading ? null : caseNumberLine(t, config);
    const split = whole || heading ? null : splitNumber(lines, i, end, config);
    const line = whole ?? split;
    if (line) {
      for (const n of line.numbers) {
        if (line.bare && isMistypedOwnNumber(n, config)) malformed.push(n);
        else if (!caseNumbers.includes(n)) caseNumbers.push(n);
      }
      if (split) i++;
      continue;
    }
    if (heading) break;
    if (LABEL_WITHOUT_NUMBER.test(t) && !parts.length) {
      malformed.push(t);
      continue;
    }
    if (!parts.length) {
      const { title, numbers } = titleAndNumber(l.text, config);
      parts.push(title);
      for (const n of numbers) if (!caseNumbers.includes(n)) caseNumbers.push(n);
      markdownTitle = /^#/.test(l.text.trim());
      continue;
    }
    const prev = parts[parts.length - 1]!;
    const continues = markdownTitle ? /^#/.test(l.text.trim()) : /^[\p{Ll}\d(]/u.test(t) || OPEN_ENDING.test(prev);
    if (gap || extra >= MAX_TITLE_LINES || /[.!?:]$/.test(prev) || !continues) break;
    parts.push(t);
    extra++;
  }
  // `KF/2023:7` ⏎ `§ 235`: a layout that sets the case number on the line above the heading.
  const above = c.index > 0 ? lines[c.index - 1]! : null;
  const numberAbove = !caseNumbers.length && above && !above.furniture ? bareCaseNumber(above.plain) : null;
  if (numberAbove) caseNumbers.push(numberAbove);
  const joined = parts.join(' ').replace(/\s+/g, ' ').trim();
  // The ending asked first: without it, the pattern backtracks without end on a long line of dashes.
  const inline = /[.!]$/.test(joined) && (joined.includes(' – ') || joined.includes(' - ')) ? INLINE_DECISION.exec(joined) : null;
  const title = inline ? inline[1]! : joined;
  // Case numbers in the title itself (`§ 12 Motion om X, KS 2023/456`).
  const inTitle = /\d/.test(title) ? [...labelledCaseNumbers(title).map((m) => m.written), ...findCaseNumbers(title, config).map((m) => m.caseNumber.canonical)] : [];
  if (inTitle.length) {
    const known = new Set(caseNumbers);
    for (const n of inTitle) if (!known.has(n)) known.add(n), caseNumbers.push(n);
  }
  return { title: inTitle.length ? stripCaseNumbers(title, config) : title, caseNumbers, malformed, inline: inline?.[2] ?? null, next: i };
}

/** A title line with the case number set apart after it: `## **Title** Bun/2021:271   041`, `Title        KS 2023/45`. */
function titleAndNumber(text: string, config: CaseNumberConfig): { title: string; numbers: string[] } {
  const segments = text.trim().split(/\*\*\s+|\s{3,}/);
  for (let k = 1; k < segments.length; k++) {
    const line = caseNumberLine(segments.slice(k).join(' '), config);
    if (line) return { title: plainLine(segments.slice(0, k).join(' ')), numbers: line.numbers };
  }
  return { title: plainLine(text), numbers: [] };
}

/** A case number split over two lines (`RS` ⏎ `2124:1-2022`), as narrow table columns print it. */
function splitNumber(lines: readonly SourceLine[], i: number, end: number, config: CaseNumberConfig): CaseNumberLine | null {
  const t = lines[i]!.text.trim();
  if (!/^[A-ZÅÄÖ]{1,6}$/.test(t) || i + 1 >= end) return null;
  // `FVIS` ⏎ `RS 1834-2023`: a number whole on the next line does not continue this one.
  const next = lines[i + 1]!.text.trim();
  if (caseNumberLine(next, config)) return null;
  return caseNumberLine(`${t} ${next}`, config);
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
  const head = readHead(lines, c, end, config);
  let textLines = 0;
  for (let i = head.next; i < end; i++) {
    const l = lines[i]!;
    if (isBlank(l)) continue;
    if (sectionKindOf(l)) return textLines === 0 ? 'strong' : 'weak';
    textLines++;
  }
  if (head.caseNumbers.length && textLines) return 'strong';
  return textLines >= 3 ? 'weak' : 'none';
}

function readParagraph(
  lines: readonly SourceLine[],
  c: HeadingCandidate,
  end: number,
  config: CaseNumberConfig,
  hasPages: boolean,
): Paragraf {
  const { title, caseNumbers, malformed, inline, next } = readHead(lines, c, end, config);
  let i = next;

  const sections: Section[] = inline ? [{ kind: 'beslut', heading: '', line: lines[c.index]!.n, text: inline }] : [];
  let current: { kind: Section['kind']; heading: string; line: number; text: string[] } | null = null;
  const flush = () => {
    if (!current) return;
    sections.push({ kind: current.kind, heading: current.heading, line: current.line, text: joinText(current.text) });
  };
  for (; i < end; i++) {
    const l = lines[i]!;
    if (l.furniture) continue;
    const kind = sectionKindOf(l);
    if (kind) {
      flush();
      current = { kind, heading: l.plain.replace(/\s*:$/, ''), line: l.n, text: [] };
      continue;
    }
    if (!current) {
      if (!l.text.trim()) continue;
      current = { kind: 'other', heading: '', line: l.n, text: [] };
    }
    current.text.push(l.text);
  }
  flush();

  const paragraph: Paragraf = {
    number: c.number,
    title,
    caseNumbers,
    sections,
    line: lines[c.index]!.n,
  };
  if (hasPages) paragraph.page = lines[c.index]!.page;
  if (malformed.length) paragraph.malformedCaseNumbers = malformed;
  return paragraph;
}

/** A title without the case numbers written into it (`Motion om X, KS 2023/456`, `Budget Dnr 2024-12`). */
function stripCaseNumbers(title: string, config: CaseNumberConfig): string {
  const unlabelled = withoutSpans(title, labelledCaseNumbers(title));
  const out = withoutSpans(unlabelled, findCaseNumbers(unlabelled, config));
  return out.slice(0, endBeforeDnr(out)).replace(/\s{2,}/g, ' ').trim();
}

const isSeparator = (c: string | undefined) => c === ',' || c === ';' || (c !== undefined && /\s/.test(c));

/**
 * Where a title ends without the separators and a bare "Dnr" its case numbers leave at its end
 * (`Budget, Dnr:` → `Budget`); walked back from the end, as a pattern anchored at `$` would rescan
 * a long run of separators once per position.
 */
function endBeforeDnr(text: string): number {
  let end = text.length;
  while (isSeparator(text[end - 1])) end--;
  const dnr = /dnr\.?:?$/i.exec(text.slice(Math.max(0, end - 5), end));
  if (dnr) {
    end -= dnr[0].length;
    while (isSeparator(text[end - 1])) end--;
  }
  return end;
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
