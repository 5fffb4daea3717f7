import { caseKey } from '../../../core/casenumber/case-key.ts';
import type { CaseHistory } from '../../../core/history/model.ts';
import { MAX_CASES_PER_MESSAGE } from '../../lib/messages.ts';

export type FetchHistories = (caseNumbers: string[]) => Promise<Record<string, CaseHistory | null>>;

/**
 * The histories of the page's cases, asked for in one message per batch and kept here, so a card
 * paints from memory instead of waiting for the service worker to wake and read IndexedDB. Kept by
 * case key: `ABC-2024-00009:3` and `ABC-2024-00009` on one page are one case, asked for once.
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
    return this.known.get(caseKey(caseNumber));
  }

  /** Asks, in one message (more only past the per-message limit), for every case not asked for before. */
  async prefetch(caseNumbers: readonly string[]): Promise<void> {
    const missing = new Map<string, string>();
    for (const c of caseNumbers) {
      const key = caseKey(c);
      if (!this.asked.has(key) && !missing.has(key)) missing.set(key, c);
    }
    if (!missing.size) return;
    for (const key of missing.keys()) this.asked.add(key);
    try {
      const asked = [...missing.values()];
      const batches: string[][] = [];
      for (let i = 0; i < asked.length; i += MAX_CASES_PER_MESSAGE) batches.push(asked.slice(i, i + MAX_CASES_PER_MESSAGE));
      const answers = Object.assign({}, ...(await Promise.all(batches.map((b) => this.fetch(b))))) as Record<string, CaseHistory | null>;
      for (const [key, c] of missing) this.known.set(key, answers[c] ?? null);
      for (const l of this.listeners) l(asked);
    } catch (error) {
      // Ask again next time rather than remember a failure as "not in the feed".
      for (const key of missing.keys()) this.asked.delete(key);
      throw error;
    }
  }

  /** After a sync: forget everything and ask again for these case numbers. */
  async refresh(caseNumbers: readonly string[]): Promise<void> {
    this.known.clear();
    this.asked.clear();
    await this.prefetch(caseNumbers);
  }

  /** Calls `listener` with the case numbers each answer was asked for (one writing per case). */
  onAnswer(listener: (caseNumbers: string[]) => void): void {
    this.listeners.add(listener);
  }
}
