import type { CaseHistory } from '../../core/history/model.ts';
import type { HistoryStore } from './history-store.ts';

/** The popup's search: a case number written any way finds that case (by its case key); anything else searches titles. */
export async function searchHistory(store: HistoryStore, query: string, limit: number): Promise<CaseHistory[]> {
  const history = (await store.histories([query]))[query];
  return history ? [history] : store.searchTitles(query, limit);
}
