import { z } from 'zod';
import { IsoDate } from '../model/protocol.ts';

/**
 * What an entry did to the case. "proposed" (an utskott or board proposing to another body)
 * must never read as "decided": that mix-up is the classic complaint about decision trackers.
 */
export const OUTCOMES = ['decided', 'proposed', 'referredBack', 'tabled', 'informationNoted', 'rejected'] as const;
export const Outcome = z.enum(OUTCOMES);
export type Outcome = z.infer<typeof Outcome>;

export const HistorySource = z.object({
  /** The file's path relative to the indexed folder, with `/` separators. */
  file: z.string(),
  /** An absolute http(s) link to the file, when the feed was built with `--base-url`; no `javascript:`, `data:` or `file:`. */
  url: z.url({ protocol: /^https?$/, error: 'källans länk ska börja med http:// eller https://' }).optional(),
  page: z.number().int().positive().optional(),
});
export type HistorySource = z.infer<typeof HistorySource>;

/** How a source is named to a person: its link, else its file, with the page. */
export function sourceName(source: HistorySource): string {
  const where = source.url ?? source.file;
  return source.page ? `${where}, sidan ${source.page}` : where;
}

export const HistoryEntry = z.object({
  body: z.string(),
  date: IsoDate,
  paragraph: z.number().int().nonnegative(),
  title: z.string(),
  decision: z.string(),
  outcome: Outcome,
  /** The body a proposal goes to ("regionstyrelsen"), for outcome "proposed". */
  proposedTo: z.string().nullable(),
  reservations: z.array(z.string()),
  source: HistorySource,
});
export type HistoryEntry = z.infer<typeof HistoryEntry>;

export const CaseHistory = z.object({
  /** As the protocols write it; the history is keyed on its `caseKey` (core/casenumber). */
  caseNumber: z.string(),
  /** The title of the latest entry. */
  title: z.string(),
  /** Oldest first; on one date a proposal comes before what the receiving body did. */
  entries: z.array(HistoryEntry).min(1),
});
export type CaseHistory = z.infer<typeof CaseHistory>;
