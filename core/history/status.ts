import type { CaseHistory, HistoryEntry, Outcome } from './model.ts';

/** A short Swedish label for each outcome, for lists and badges. "Förslag" never says "beslut". */
export const OUTCOME_LABELS: Record<Outcome, string> = {
  decided: 'Beslut',
  proposed: 'Förslag (inte slutligt beslut)',
  referredBack: 'Återremiss',
  tabled: 'Bordläggning',
  informationNoted: 'Information noterad',
  rejected: 'Avslag',
};

/**
 * A body's name as it reads inside a sentence: Swedish writes "regionstyrelsen" in lower case
 * mid-sentence; an acronym ("RS", "HSN") or an already lower-case name is left as it is.
 */
export function bodyInSentence(body: string): string {
  const first = body.split(/\s/, 1)[0] ?? '';
  if (first.length > 1 && first === first.toUpperCase()) return body;
  return body.charAt(0).toLowerCase() + body.slice(1);
}

/** What one entry did, the way a person would say it: "Föreslagen till regionstyrelsen 2024-12-05". */
export function describeEntry(entry: HistoryEntry): string {
  const by = bodyInSentence(entry.body);
  switch (entry.outcome) {
    case 'proposed':
      return entry.proposedTo
        ? `Föreslagen till ${bodyInSentence(entry.proposedTo)} ${entry.date}`
        : `Föreslagen av ${by} ${entry.date}`;
    case 'decided':
      return `Beslutad av ${by} ${entry.date}`;
    case 'referredBack':
      return `Återremitterad av ${by} ${entry.date}`;
    case 'tabled':
      return `Bordlagd av ${by} ${entry.date}`;
    case 'informationNoted':
      return `Informationen noterad av ${by} ${entry.date}`;
    case 'rejected':
      return `Avslagen av ${by} ${entry.date}`;
  }
}

/** The latest entry: entries are kept in the order the case went (see `build.ts`). */
export function latestEntry(history: CaseHistory): HistoryEntry {
  return history.entries[history.entries.length - 1]!;
}

/** A case's current status, derived from its latest entry. */
export function currentStatus(history: CaseHistory): string {
  return describeEntry(latestEntry(history));
}
