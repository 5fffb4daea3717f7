import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SYNC_ALARM, ensureSyncAlarm, onSyncAlarm } from '../../extension/lib/sync-alarm.ts';

beforeEach(() => fakeBrowser.reset());

describe('periodic sync', () => {
  it('keeps one alarm at the configured interval and leaves it alone when nothing changed', async () => {
    await ensureSyncAlarm(360);
    const first = await fakeBrowser.alarms.get(SYNC_ALARM);
    expect(first?.periodInMinutes).toBe(360);
    await ensureSyncAlarm(360);
    expect((await fakeBrowser.alarms.get(SYNC_ALARM))?.scheduledTime).toBe(first?.scheduledTime);
    await ensureSyncAlarm(60);
    expect((await fakeBrowser.alarms.getAll()).map((a: { name: string; periodInMinutes?: number }) => [a.name, a.periodInMinutes])).toEqual([[SYNC_ALARM, 60]]);
  });

  it('syncs when its alarm fires, not on other alarms', async () => {
    let syncs = 0;
    onSyncAlarm(() => syncs++);
    await fakeBrowser.alarms.onAlarm.trigger({ name: 'annat', scheduledTime: Date.now() });
    await fakeBrowser.alarms.onAlarm.trigger({ name: SYNC_ALARM, scheduledTime: Date.now(), periodInMinutes: 360 });
    expect(syncs).toBe(1);
  });
});
