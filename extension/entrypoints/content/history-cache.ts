import type { CaseHistory } from '../../../core/history/model.ts';
import { MAX_CASES_PER_MESSAGE } from '../../../core/messages.ts';

export type FetchHistories = (caseNumbers: string[]) => Promise<Record<string, CaseHistory | null>>;

/**
 * The histories of the page's cases, asked for in one message per batch and kept here, so a card
 * paints from memory instead of waiting for the service worker to wake and read IndexedDB.
 */
export class HistoryCache {
  private readonly fetch: FetchHistories;
  private readonly known = new Map<string, CaseHistory | null>();
  private readonly asked = new Set<string>();
  private readonly listeners = new Set<(caseNumbers: string[]) => void>();

  constructor(fetch: FetchHistories) {
    this.fetch = fetch;
  }

  /** undefined: not answered yet; null: the feed does not have the case. */
  get(caseNumber: string): CaseHistory | null | undefined {
    return this.known.get(caseNumber);
  }

  /** Asks, in one message (more only past the per-message limit), for every case number not asked for before. */
  async prefetch(caseNumbers: readonly string[]): Promise<void> {
    const missing = caseNumbers.filter((c) => !this.asked.has(c));
    if (!missing.length) return;
    for (const c of missing) this.asked.add(c);
    try {
      const batches: string[][] = [];
      for (let i = 0; i < missing.length; i += MAX_CASES_PER_MESSAGE) batches.push(missing.slice(i, i + MAX_CASES_PER_MESSAGE));
      const answers = Object.assign({}, ...(await Promise.all(batches.map((b) => this.fetch(b))))) as Record<string, CaseHistory | null>;
      for (const c of missing) this.known.set(c, answers[c] ?? null);
      for (const l of this.listeners) l(missing);
    } catch (error) {
      // Ask again next time rather than remember a failure as "not in the feed".
      for (const c of missing) this.asked.delete(c);
      throw error;
    }
  }

  /** After a sync: forget everything and ask again for these case numbers. */
  async refresh(caseNumbers: readonly string[]): Promise<void> {
    this.known.clear();
    this.asked.clear();
    await this.prefetch(caseNumbers);
  }

  onAnswer(listener: (caseNumbers: string[]) => void): void {
    this.listeners.add(listener);
  }
}
