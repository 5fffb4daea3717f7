import { caseKey } from '../casenumber/case-key.ts';
import type { Paragraf, Protocol } from '../model/protocol.ts';
import { decisionOf, sectionText } from '../model/sections.ts';
import type { CaseHistory, HistoryEntry } from './model.ts';
import { classifyOutcome } from './outcome.ts';
import { own } from '../text/own.ts';
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
function reservations(paragraph: Paragraf): string[] {
  const text = sectionText(paragraph, 'reservationer');
  if (!text) return [];
  return text
    .split(/\n\s*\n/)
    .map((block) => own(block.replace(/\s+/g, ' ').trim()))
    .filter(Boolean);
}

/** A meeting's paragraph, whichever file it was read from: the key that keeps a history from doubling. */
const meetingKey = (body: string, date: string, paragraph: number) =>
  `${body.toLocaleLowerCase('sv').replace(/\s+/g, ' ').trim()}|${date}|${paragraph}`;

/** A written form whose key drops nothing (no sub-number) is shown before one that does. */
const dropsPart = (written: string) => caseKey(written).length < written.replace(/\s+/g, '').length;

/**
 * How a case is shown: of the ways its protocols write it, a whole number before one with a
 * sub-number (`ABC-2024-00009` before `ABC-2024-00009:3`), then the most used, then the first in order.
 */
function shownAs(written: ReadonlyMap<string, number>): string {
  return [...written].sort(
    ([a, na], [b, nb]) => Number(dropsPart(a)) - Number(dropsPart(b)) || nb - na || (a < b ? -1 : a > b ? 1 : 0),
  )[0]![0];
}

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
  /** Per case key, how often each written form of the number was read. */
  private readonly written = new Map<string, Map<string, number>>();
  private protocols = 0;
  private paragraphs = 0;

  add(file: string, protocol: Protocol): AddResult {
    const { body, date } = protocol;
    if (!body) return { added: false, reason: 'organet (nämnd, styrelse, utskott) hittades inte i protokollet' };
    if (!date) return { added: false, reason: 'sammanträdesdatumet hittades inte i protokollet' };
    this.protocols++;
    this.paragraphs += protocol.paragrafer.length;
    let entries = 0;
    let duplicates = 0;
    for (const paragraph of protocol.paragrafer) {
      const decided = paragraph.caseNumbers.length ? decisionOf(paragraph, body) : null;
      if (!decided) continue;
      const decision = decided.text;
      const { outcome, proposedTo } = classifyOutcome(decision, { body, heading: decided.heading });
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
      for (const [caseId, caseNumber] of new Map(paragraph.caseNumbers.map((c) => [caseKey(c), c]))) {
        let forms = this.written.get(caseId);
        if (!forms) this.written.set(caseId, (forms = new Map()));
        const seen = forms.get(caseNumber);
        forms.set(seen === undefined ? own(caseNumber) : caseNumber, (seen ?? 0) + 1);
        let entriesOfCase = this.byCase.get(caseId);
        if (!entriesOfCase) this.byCase.set(caseId, (entriesOfCase = new Map()));
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

  /** The histories, sorted by case key, each with its entries in order. */
  cases(): CaseHistory[] {
    const keys = [...this.byCase.keys()].sort();
    return keys.map((key) => {
      const entries = [...this.byCase.get(key)!.values()].sort(compareEntries);
      return { caseNumber: shownAs(this.written.get(key)!), title: entries[entries.length - 1]!.title, entries };
    });
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
