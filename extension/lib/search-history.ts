import type { MergedCaseHistory } from '../../core/history/merge-feeds.ts';
import type { HistoryStore } from './history-store.ts';

/**
 * The popup's search in the feeds `feedUrls`: a case number written any way finds that case (by its
 * case key); anything else searches titles.
 */
export async function searchHistory(store: HistoryStore, query: string, limit: number, feedUrls: readonly string[]): Promise<MergedCaseHistory[]> {
  const history = (await store.histories([query], feedUrls))[query];
  return history ? [history] : store.searchTitles(query, limit, feedUrls);
}
