import type { CaseNumberConfig } from '../../core/casenumber/index.ts';
import { caseNumberConfigOf, type ExtensionSettings } from './extension-settings.ts';
import type { HistoryStore } from './history-store.ts';

/**
 * The formats pages are scanned with: what the administrator or user set, else the formats the
 * synced feed learned from the organisation's protocols, else the built-in default.
 */
export async function pageCaseNumberConfig(settings: ExtensionSettings, store: HistoryStore): Promise<CaseNumberConfig> {
  return caseNumberConfigOf(settings, (await store.activeFeed())?.caseNumberFormats ?? []);
}
