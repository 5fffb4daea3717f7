import type { CaseNumberConfig } from '../../core/casenumber/index.ts';
import { unionOfLearnedFormats } from '../../core/history/feed-formats.ts';
import { caseNumberConfigOf, feedUrlsOf, type ExtensionSettings } from './extension-settings.ts';
import type { HistoryStore } from './history-store.ts';

/**
 * The formats pages are scanned with: what the administrator or user set, else the formats every
 * synced feed learned from its organisation's protocols (a page may cite a region's and a
 * municipality's numbers), else the built-in default.
 */
export async function pageCaseNumberConfig(settings: ExtensionSettings, store: HistoryStore): Promise<CaseNumberConfig> {
  const feeds = await store.activeFeeds(feedUrlsOf(settings));
  return caseNumberConfigOf(settings, unionOfLearnedFormats(feeds.map((feed) => feed.caseNumberFormats)));
}
