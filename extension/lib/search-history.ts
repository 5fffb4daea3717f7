import type { CaseNumberConfig } from '../../core/casenumber/index.ts';
import { normaliseCaseNumber } from '../../core/casenumber/index.ts';
import type { CaseHistory } from '../../core/history/model.ts';
import type { HistoryStore } from './history-store.ts';

/** The popup's search: a case number written any way the formats accept finds that case; anything else searches titles. */
export async function searchHistory(store: HistoryStore, query: string, limit: number, config: CaseNumberConfig): Promise<CaseHistory[]> {
  const canonical = normaliseCaseNumber(query, config);
  if (canonical) {
    const history = (await store.histories([canonical]))[canonical];
    if (history) return [history];
  }
  return store.searchTitles(query, limit);
}
