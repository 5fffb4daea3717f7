import Holidays from 'date-holidays';
import { addDays } from '../text/dates.ts';

/**
 * Lagen (1930:173) om beräkning av lagstadgad tid: where an action is due on a day, or a period
 * ends on a day, that is a Saturday, Sunday or other allmän helgdag, midsommarafton, julafton or
 * nyårsafton, the action may be taken the next weekday.
 *
 * The allmänna helgdagar (lagen (1989:253)) are date-holidays' Swedish 'public' days; of its
 * 'bank' days only the three eves the law names count (påskafton, pingstafton and the other eves
 * are ordinary days under the law).
 */
const NAMED_EVES = new Set(['midsommarafton', 'julafton', 'nyårsafton']);

const sweden = new Holidays('SE');

/** Per year, the closed days that are not weekends, by ISO date, with their Swedish names. */
const closedByYear = new Map<number, Map<string, string>>();

function closedDaysOf(year: number): Map<string, string> {
  let days = closedByYear.get(year);
  if (!days) {
    days = new Map();
    // `date` is the local date in Sweden ("2024-12-24 00:00:00"), whatever the machine's time zone.
    for (const h of sweden.getHolidays(year, 'sv')) {
      if (h.type === 'public' || (h.type === 'bank' && NAMED_EVES.has(h.name))) days.set(h.date.slice(0, 10), h.name);
    }
    closedByYear.set(year, days);
  }
  return days;
}

const WEEKDAYS = ['söndag', 'måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag'];

/** `2024-12-24` → `tisdag`. */
export function weekdayName(isoDate: string): string {
  return WEEKDAYS[new Date(`${isoDate}T00:00:00Z`).getUTCDay()]!;
}

/**
 * Why the law moves a deadline that falls on this day, in Swedish ("en lördag", "julafton",
 * "långfredagen"), or null for a weekday on which the action can be taken.
 */
export function closedDayReason(isoDate: string): string | null {
  const holiday = closedDaysOf(Number(isoDate.slice(0, 4))).get(isoDate);
  if (holiday) return holiday;
  const day = new Date(`${isoDate}T00:00:00Z`).getUTCDay();
  return day === 0 || day === 6 ? `en ${WEEKDAYS[day]}` : null;
}

export interface Deadline {
  /** The day the action may still be taken. */
  date: string;
  /** The day the period ends by counting, when the law moved it, and why. */
  moved: { from: string; reason: string } | null;
}

/** The last day of a period ending on `isoDate`, moved to the next weekday where the law says so. */
export function lagstadgadTid(isoDate: string): Deadline {
  const reason = closedDayReason(isoDate);
  if (reason === null) return { date: isoDate, moved: null };
  let date = addDays(isoDate, 1);
  while (closedDayReason(date) !== null) date = addDays(date, 1);
  return { date, moved: { from: isoDate, reason } };
}
