import type { Paragraph, Protocol } from '../model/protocol.ts';
import { hasSection, sectionText } from '../model/sections.ts';
import type { CaseHistory, HistoryEntry } from './model.ts';
import { classifyOutcome } from './outcome.ts';
import { unwrapLines } from '../text/unwrap.ts';

export interface HistoryCounts {
  protocols: number;
  paragraphs: number;
  cases: number;
  entries: number;
}

/** What happened to a protocol handed to the builder. */
export type AddResult =
  | { added: true; entries: number; duplicates: number }
  | { added: false; reason: string };


/** Each reservation is a block of text separated from the next by a blank line, with its lines joined. */
function reservations(paragraph: Paragraph): string[] {
  const text = sectionText(paragraph, 'reservationer');
  if (!text) return [];
  return text
    .split(/\n\s*\n/)
    .map((block) => own(block.replace(/\s+/g, ' ').trim()))
    .filter(Boolean);
}

/**
 * A copy of a string that shares no memory with the text it was cut from: JavaScript engines keep
 * a whole protocol's text alive for one substring of it, and the builder outlives the protocols.
 */
const own = (s: string): string => JSON.parse(JSON.stringify(s)) as string;

/** A meeting's paragraph, whichever file it was read from: the key that keeps a history from doubling. */
const meetingKey = (body: string, date: string, paragraph: number) =>
  `${body.toLocaleLowerCase('sv').replace(/\s+/g, ' ').trim()}|${date}|${paragraph}`;

/**
 * The order of a case's entries: by date; on one date a proposal comes before what the receiving
 * body did with it, then by body and §.
 */
export function compareEntries(a: HistoryEntry, b: HistoryEntry): number {
  return (
    a.date.localeCompare(b.date) ||
    Number(b.outcome === 'proposed') - Number(a.outcome === 'proposed') ||
    a.body.localeCompare(b.body, 'sv') ||
    a.paragraph - b.paragraph ||
    a.source.file.localeCompare(b.source.file)
  );
}

/**
 * Builds case histories from protocols, one protocol at a time, keeping only the entries (the
 * output), so that memory does not grow with the protocols' full text. A paragraph with several
 * case numbers gives an entry to each; a paragraph of a meeting already read (the same body, date
 * and §, e.g. the PDF and the Word file of one protocol) is counted once, from the file whose name
 * sorts first, so the result does not depend on the order files are read in.
 */
export class HistoryBuilder {
  private readonly byCase = new Map<string, Map<string, HistoryEntry>>();
  private protocols = 0;
  private paragraphs = 0;

  add(file: string, protocol: Protocol): AddResult {
    const { body, date } = protocol;
    if (!body) return { added: false, reason: 'organet (nämnd, styrelse, utskott) hittades inte i protokollet' };
    if (!date) return { added: false, reason: 'sammanträdesdatumet hittades inte i protokollet' };
    this.protocols++;
    this.paragraphs += protocol.paragraphs.length;
    let entries = 0;
    let duplicates = 0;
    for (const paragraph of protocol.paragraphs) {
      if (!hasSection(paragraph, 'beslut') || !paragraph.caseNumbers.length) continue;
      const decision = sectionText(paragraph, 'beslut');
      const { outcome, proposedTo } = classifyOutcome(decision);
      const entry: HistoryEntry = {
        body: own(body),
        date: own(date),
        paragraph: paragraph.number,
        title: own(paragraph.title),
        decision: own(unwrapLines(decision)),
        outcome,
        proposedTo,
        reservations: reservations(paragraph),
        source: paragraph.page ? { file, page: paragraph.page } : { file },
      };
      const key = meetingKey(body, date, paragraph.number);
      for (const caseNumber of new Set(paragraph.caseNumbers)) {
        let entriesOfCase = this.byCase.get(caseNumber);
        if (!entriesOfCase) this.byCase.set(caseNumber, (entriesOfCase = new Map()));
        const existing = entriesOfCase.get(key);
        if (existing) {
          duplicates++;
          if (existing.source.file.localeCompare(file) <= 0) continue;
        } else entries++;
        entriesOfCase.set(key, entry);
      }
    }
    return { added: true, entries, duplicates };
  }

  /** The histories, sorted by case number, each with its entries in order. */
  cases(): CaseHistory[] {
    const cases: CaseHistory[] = [];
    for (const [caseNumber, byKey] of this.byCase) {
      const entries = [...byKey.values()].sort(compareEntries);
      cases.push({ caseNumber, title: entries[entries.length - 1]!.title, entries });
    }
    return cases.sort((a, b) => (a.caseNumber < b.caseNumber ? -1 : a.caseNumber > b.caseNumber ? 1 : 0));
  }

  counts(): HistoryCounts {
    let entries = 0;
    for (const byKey of this.byCase.values()) entries += byKey.size;
    return { protocols: this.protocols, paragraphs: this.paragraphs, cases: this.byCase.size, entries };
  }
}

/** All at once, for callers that have the protocols in hand. */
export function buildHistory(protocols: Iterable<{ file: string; protocol: Protocol }>): CaseHistory[] {
  const builder = new HistoryBuilder();
  for (const { file, protocol } of protocols) builder.add(file, protocol);
  return builder.cases();
}
