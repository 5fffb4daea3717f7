import { describe, expect, it } from 'vitest';
import { closedDayReason, lagstadgadTid, weekdayName } from '../../core/anslag/lagstadgad-tid.ts';
import { addDays } from '../../core/text/dates.ts';

/** Every weekday of a year on which the law moves a deadline. */
function closedWeekdays(year: number): string[] {
  const days: string[] = [];
  for (let d = `${year}-01-01`; d.startsWith(String(year)); d = addDays(d, 1)) {
    const reason = closedDayReason(d);
    if (reason && !reason.startsWith('en ')) days.push(`${d} ${reason}`);
  }
  return days;
}

describe('the days lagen (1930:173) moves a deadline from', () => {
  it('are the allmänna helgdagar and the three eves the law names, and no other day', () => {
    expect(closedWeekdays(2025)).toEqual([
      '2025-01-01 nyårsdagen',
      '2025-01-06 trettondedag jul',
      '2025-04-18 långfredagen',
      '2025-04-20 påskdagen',
      '2025-04-21 annandag påsk',
      '2025-05-01 första maj',
      '2025-05-29 Kristi himmelsfärdsdag',
      '2025-06-06 nationaldagen',
      '2025-06-08 pingstdagen',
      '2025-06-20 midsommarafton',
      '2025-06-21 midsommardagen',
      '2025-11-01 alla helgons dag',
      '2025-12-24 julafton',
      '2025-12-25 juldagen',
      '2025-12-26 annandag jul',
      '2025-12-31 nyårsafton',
    ]);
  });

  it('leave other eves and days off by custom ordinary weekdays', () => {
    // Skärtorsdagen, valborgsmässoafton, annandag pingst (no longer a helgdag), allhelgonaafton, trettondagsafton.
    for (const d of ['2025-04-17', '2025-04-30', '2025-06-09', '2025-10-31', '2024-01-05']) expect(closedDayReason(d), d).toBeNull();
  });

  it('include Saturdays and Sundays', () => {
    expect(closedDayReason('2025-03-15')).toBe('en lördag');
    expect(closedDayReason('2025-03-16')).toBe('en söndag');
    expect(weekdayName('2025-03-17')).toBe('måndag');
  });
});

describe('the holidays, whatever the machine’s time zone', () => {
  it('are the Swedish dates east and west of Sweden', () => {
    const zone = process.env.TZ;
    try {
      // A year per zone, so that each is read afresh under it.
      for (const [tz, year] of [['Pacific/Kiritimati', 2031], ['America/Los_Angeles', 2032]] as const) {
        process.env.TZ = tz;
        expect([`${year}-12-24`, `${year}-12-31`, `${year}-01-01`].map(closedDayReason), tz).toEqual(['julafton', 'nyårsafton', 'nyårsdagen']);
        expect(closedDayReason(`${year}-12-23`) ?? 'vardag', tz).not.toBe('julafton');
      }
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });
});

describe('lagstadgadTid', () => {
  it('keeps a deadline on a weekday', () => {
    expect(lagstadgadTid('2025-03-17')).toEqual({ date: '2025-03-17', moved: null });
  });

  it('moves a deadline to the next weekday past a run of closed days', () => {
    expect(lagstadgadTid('2025-04-18')).toEqual({ date: '2025-04-22', moved: { from: '2025-04-18', reason: 'långfredagen' } });
    expect(lagstadgadTid('2025-12-24')).toEqual({ date: '2025-12-29', moved: { from: '2025-12-24', reason: 'julafton' } });
    expect(lagstadgadTid('2025-06-20')).toEqual({ date: '2025-06-23', moved: { from: '2025-06-20', reason: 'midsommarafton' } });
  });

  it('moves a deadline across the turn of the year', () => {
    expect(lagstadgadTid('2024-12-31')).toEqual({ date: '2025-01-02', moved: { from: '2024-12-31', reason: 'nyårsafton' } });
    expect(lagstadgadTid('2027-12-31')).toEqual({ date: '2028-01-03', moved: { from: '2027-12-31', reason: 'nyårsafton' } });
  });
});
