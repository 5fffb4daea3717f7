import { browser } from 'wxt/browser';

/** The periodic sync: one alarm, created again only when the interval changes (so a restart does not reset its clock). */
export const SYNC_ALARM = 'protokoll-sync';

export async function ensureSyncAlarm(intervalMinutes: number): Promise<void> {
  const alarm = await browser.alarms.get(SYNC_ALARM);
  if (alarm?.periodInMinutes === intervalMinutes) return;
  await browser.alarms.create(SYNC_ALARM, { periodInMinutes: intervalMinutes, delayInMinutes: 1 });
}

/** Calls `sync` on every firing of the sync alarm. */
export function onSyncAlarm(sync: () => void): void {
  browser.alarms.onAlarm.addListener((alarm: { name: string }) => {
    if (alarm.name === SYNC_ALARM) sync();
  });
}
