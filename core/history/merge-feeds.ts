import { z } from 'zod';
import { CaseHistory, HistoryEntry } from './model.ts';

/**
 * One case's history from several feeds, one feed per organisation (a region's and its
 * municipalities'): a case a municipality sends on to the region is in both. The clients look a
 * case up by its case key in every feed and merge what they find here, each entry marked with the
 * organisation whose feed it came from.
 */

export const SourcedEntry = HistoryEntry.extend({
  /** The organisation whose feed holds the entry; absent when only one unnamed feed is read. */
  organisation: z.string().optional(),
});
export type SourcedEntry = z.infer<typeof SourcedEntry>;

/** A case history as the clients show it: a feed's own, or several feeds' merged. */
export const MergedCaseHistory = CaseHistory.extend({ entries: z.array(SourcedEntry).min(1) });
export type MergedCaseHistory = z.infer<typeof MergedCaseHistory>;

export interface FeedCase {
  /** The name the feed's entries are shown with (see `organisationLabel`). */
  organisation: string | undefined;
  history: CaseHistory;
}

/**
 * The name a feed's entries are shown with: the manifest's organisation; else, among several
 * feeds, the feed's host, so that entries can still be told apart; else (one unnamed feed) none.
 */
export function organisationLabel(organisation: string | undefined, feedUrl: string, feedCount: number): string | undefined {
  if (organisation) return organisation;
  if (feedCount < 2) return undefined;
  try {
    return new URL(feedUrl).host;
  } catch {
    return feedUrl;
  }
}

/**
 * The histories one case has in several feeds (in the order the feeds are configured) as one.
 * Each feed's entries keep their own order (a proposal before what the receiving body did on the
 * same date); the feeds are interleaved by date, taking the next entry from the feed whose next
 * entry is the earliest, the first feed on a tie. An entry an earlier feed also publishes (the same
 * body, date and paragraph: a region that also indexes a municipality's protocols) is shown once,
 * from the earlier feed. The case number is written as the first feed writes it; the title is the
 * one of the feed whose entry comes last. Null when no feed has the case.
 */
export function mergeCaseHistories(found: readonly FeedCase[]): MergedCaseHistory | null {
  const idOf = (entry: HistoryEntry) => `${entry.body}\u0000${entry.date}\u0000${entry.paragraph}`;
  const earlier = new Set<string>();
  const queues = found.map(({ organisation, history }) => {
    const own = history.entries.filter((entry) => !earlier.has(idOf(entry)));
    for (const entry of history.entries) earlier.add(idOf(entry));
    return { organisation, title: history.title, entries: own, at: 0 };
  });
  const entries: SourcedEntry[] = [];
  let title = '';
  for (;;) {
    let next: (typeof queues)[number] | undefined;
    for (const queue of queues) {
      const head = queue.entries[queue.at];
      if (head && (!next || head.date < next.entries[next.at]!.date)) next = queue;
    }
    if (!next) break;
    const entry = next.entries[next.at++]!;
    entries.push(next.organisation ? { ...entry, organisation: next.organisation } : entry);
    title = next.title;
  }
  if (!entries.length) return null;
  return { caseNumber: found[0]!.history.caseNumber, title, entries };
}
