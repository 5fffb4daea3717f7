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

const byDate = (a: { date: string }, b: { date: string }) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);

/**
 * The histories one case has in several feeds (in the order the feeds are configured) as one,
 * entries oldest first. A sort by date alone is stable, so on one date each feed keeps its own
 * order (a proposal before what the receiving body did). An entry two feeds both publish (the same
 * body, date and paragraph: a region that also indexes a municipality's protocols) is shown once,
 * from the first feed. The case number is written as the first feed writes it; the title is the
 * one of the feed that has the latest entry. Null when no feed has the case.
 */
export function mergeCaseHistories(found: readonly FeedCase[]): MergedCaseHistory | null {
  const seen = new Set<string>();
  const entries: { entry: SourcedEntry; title: string }[] = [];
  for (const { organisation, history } of found) {
    for (const entry of history.entries) {
      const id = `${entry.body}\u0000${entry.date}\u0000${entry.paragraph}`;
      if (seen.has(id)) continue;
      seen.add(id);
      entries.push({ entry: organisation ? { ...entry, organisation } : entry, title: history.title });
    }
  }
  if (!found.length || !entries.length) return null;
  entries.sort((a, b) => byDate(a.entry, b.entry));
  return { caseNumber: found[0]!.history.caseNumber, title: entries.at(-1)!.title, entries: entries.map((e) => e.entry) };
}
