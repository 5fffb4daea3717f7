import { z } from 'zod';
import { IsoDate } from '../model/protocol.ts';
import { addDays, longSwedishDate } from '../text/dates.ts';
import { lagstadgadTid, type Deadline } from './lagstadgad-tid.ts';

/** An ISO date that exists in the calendar (not `2025-02-30`); a text in another form gets IsoDate's message alone. */
export const CalendarDate = IsoDate.refine((d) => !IsoDate.safeParse(d).success || new Date(Date.parse(d) || 0).toISOString().startsWith(d), {
  message: 'datumet finns inte i kalendern',
});

export const AnslagDatesInput = z
  .object({
    /** The day the protocol (or the §) was justerat. */
    justerat: CalendarDate,
    /** The day the notice was, or will be, posted; by default the last day the law allows. */
    uppsatt: CalendarDate.optional(),
  })
  .refine((d) => d.uppsatt === undefined || d.uppsatt >= d.justerat, {
    path: ['uppsatt'],
    message: 'anslaget kan inte sättas upp före justeringen',
  });
export type AnslagDatesInput = z.infer<typeof AnslagDatesInput>;

export interface AnslagDates {
  justerat: string;
  /** The last day to post the notice: the second day after justering (KL 8 kap. 12 §), moved by lagen (1930:173). */
  senastUppsatt: Deadline;
  uppsatt: string;
  /** The last day to appeal: three weeks from the day the notice was posted (KL 13 kap. 5 §), moved by lagen (1930:173). */
  sistaDagAttOverklaga: Deadline;
  /** The first day the notice may come down: it stays up until the appeal period has run out (KL 8 kap. 12 §). */
  nedtagande: string;
  /** Why the dates are what they are, in Swedish, one sentence each: a moved deadline, a notice posted late. */
  notes: string[];
  /** The notice was posted after the last day the law allows. */
  late: boolean;
}

const MOVED_BY_LAW = 'lagen (1930:173) om beräkning av lagstadgad tid';

const movedNote = (counted: string, deadline: string, d: Deadline) =>
  d.moved
    ? [`${counted} (${longSwedishDate(d.moved.from)}) är ${d.moved.reason}; ${deadline} blir därför nästa vardag, ${longSwedishDate(d.date)} (${MOVED_BY_LAW}).`]
    : [];

/** The last day to post the notice of a justering: the second day after it (KL 8 kap. 12 §), moved by lagen (1930:173). */
export const latestPosting = (justerat: string): Deadline => lagstadgadTid(addDays(justerat, 2));

/** The last day to appeal: three weeks from the day the notice was posted (KL 13 kap. 5 §), moved by lagen (1930:173). */
export const lastDayToAppeal = (uppsatt: string): Deadline => lagstadgadTid(addDays(uppsatt, 21));

/** The dates of the justering notice, from the day of justering and, where known, the day of posting. */
export function anslagDates(input: AnslagDatesInput): AnslagDates {
  const { justerat } = input;
  const senastUppsatt = latestPosting(justerat);
  const uppsatt = input.uppsatt ?? senastUppsatt.date;
  const sistaDagAttOverklaga = lastDayToAppeal(uppsatt);
  const late = uppsatt > senastUppsatt.date;
  return {
    justerat,
    senastUppsatt,
    uppsatt,
    sistaDagAttOverklaga,
    nedtagande: addDays(sistaDagAttOverklaga.date, 1),
    late,
    notes: [
      // The posting deadline matters to a notice not yet posted, or posted after it.
      ...(input.uppsatt === undefined || late ? movedNote('Andra dagen efter justeringen', 'sista dagen att sätta upp anslaget', senastUppsatt) : []),
      ...(late
        ? [`Anslaget sätts upp ${longSwedishDate(uppsatt)}, efter den sista dagen ${longSwedishDate(senastUppsatt.date)} (kommunallagen 8 kap. 12 §); överklagandetiden räknas ändå från uppsättandet.`]
        : []),
      ...movedNote('Tre veckor efter uppsättandet', 'sista dagen att överklaga', sistaDagAttOverklaga),
    ],
  };
}
