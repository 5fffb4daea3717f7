import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { pageCaseNumberConfig } from '../../lib/case-number-config.ts';
import { sha256WebCrypto } from '../../lib/feed-sync.ts';
import { HistoryStore } from '../../lib/history-store.ts';
import { broadcastDataChanged, serveBackground } from '../../lib/messaging.ts';
import { searchHistory } from '../../lib/search-history.ts';
import { ensureSyncAlarm, onSyncAlarm } from '../../lib/sync-alarm.ts';
import { feedUrlsOf, fetchLimitsOf } from '../../lib/extension-settings.ts';
import { loadSettings, onSettingsChanged } from '../../lib/settings.ts';
import { missingOrigins, registerSiteScripts } from '../../lib/site-access.ts';
import { sitePatternOf } from '../../lib/site-pattern.ts';
import { readSyncStatus } from '../../lib/sync-status.ts';
import { createSyncService } from '../../lib/sync-service.ts';

export default defineBackground(() => {
  let opening: Promise<HistoryStore> | null = null;
  /** The store, opened once per worker life and opened again when the connection was lost. */
  async function store(): Promise<HistoryStore> {
    opening ??= HistoryStore.open();
    const open = await opening;
    if (!open.closed) return open;
    opening = null;
    return store();
  }

  const sync = createSyncService({
    store,
    fetch: (input, init) => fetch(input, init),
    sha256: sha256WebCrypto,
    feedUrls: async () => feedUrlsOf((await loadSettings()).settings),
    limits: async () => fetchLimitsOf((await loadSettings()).settings),
    mayFetch: async (feedUrl) => (await missingOrigins([sitePatternOf(feedUrl)])).length === 0,
    onNewData: () => broadcastDataChanged('histories'),
  });

  serveBackground({
    histories: async ({ caseNumbers }) => ({ histories: await (await store()).histories(caseNumbers, feedUrlsOf((await loadSettings()).settings)) }),
    getSettings: async () => {
      const { settings, locked, problems } = await loadSettings();
      return { settings, locked, problems, caseNumbers: await pageCaseNumberConfig(settings, await store()) };
    },
    syncNow: async () => ({ status: await sync.syncNow() }),
    syncStatus: async () => ({ status: await readSyncStatus() }),
    search: async ({ query, limit }) => ({ results: await searchHistory(await store(), query, limit, feedUrlsOf((await loadSettings()).settings)) }),
  });

  /**
   * Brings alarms, content-script registrations and data in line with the settings. The steps are
   * independent: a site the browser refuses must not stop the sync.
   */
  async function apply(reason: 'installed' | 'started' | 'settings' | 'permissions'): Promise<void> {
    const { settings } = await loadSettings();
    const steps = await Promise.allSettled([
      ensureSyncAlarm(settings.syncIntervalMinutes),
      registerSiteScripts(settings.sites),
      reason === 'settings' ? broadcastDataChanged('settings') : undefined,
      (async () => {
        // A feed new in the settings (or never synced well) is fetched at once; the others keep their schedule.
        const feedUrls = feedUrlsOf(settings);
        const synced = await (await store()).activeFeeds(feedUrls);
        if (feedUrls.length && (reason === 'installed' || synced.length < feedUrls.length)) await sync.syncNow();
      })(),
    ]);
    for (const step of steps) {
      if (step.status === 'rejected') console.error('protokoll: kunde inte tillämpa inställningarna', step.reason);
    }
  }
  const applyLogged = (reason: Parameters<typeof apply>[0]) =>
    apply(reason).catch((error: unknown) => console.error('protokoll: kunde inte läsa inställningarna', error));

  onSyncAlarm(() => void sync.syncNow());
  browser.runtime.onInstalled.addListener(() => void applyLogged('installed'));
  browser.runtime.onStartup.addListener(() => void applyLogged('started'));
  browser.permissions.onAdded.addListener(() => void applyLogged('permissions'));
  browser.permissions.onRemoved.addListener(() => void applyLogged('permissions'));
  onSettingsChanged(() => void applyLogged('settings'));
  void sync.recover();
});
