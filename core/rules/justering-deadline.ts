import { z } from 'zod';
import { addDays, daysBetween, longSwedishDate } from '../text/dates.ts';
import type { Rule, RuleContext } from '../check/rule.ts';
import { paragraphAtLine } from '../check/support.ts';

/**
 * The source line that states the justering date: one holding the date (ISO, or day and month
 * as in "9 december", whose year may wrap onto the next line) that mentions justering itself
 * or follows a line that does.
 */
function justeringLine(ctx: RuleContext, isoDate: string): number | null {
  const lines = ctx.sourceLines;
  if (!lines) return null;
  const dayMonth = longSwedishDate(isoDate).replace(/\s\d{4}$/, '');
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!.replace(/\s+/g, ' ');
    if (!l.includes(isoDate) && !l.toLowerCase().includes(dayMonth)) continue;
    if (/juster/i.test(l) || /juster/i.test(lines[i - 1] ?? '')) return i + 1;
  }
  return null;
}

/** The deadline: days after the meeting by which the protocol must be justerat. */
export const JusteringDeadlineOptions = z.object({ justeringDays: z.number().int().positive().default(14) });
export type JusteringDeadlineOptions = z.infer<typeof JusteringDeadlineOptions>;

export const justeringDeadline: Rule<JusteringDeadlineOptions> = {
  id: 'justering-deadline',
  severity: 'error',
  description: 'Protokollet justeras senast 14 dagar efter sammanträdet (fristen går att konfigurera) och inte före sammanträdesdagen.',
  source: { kind: 'law', reference: 'Kommunallagen (2017:725) 5 kap. 69–70 §§' },
  messages: {
    late: 'Justeringen är satt till {{justering}}, {{days}} dagar efter sammanträdet {{meeting}}. Protokollet ska justeras senast {{limit}} dagar efter sammanträdet: ändra tiden för justering{{where}} till senast {{latest}}.',
    'before-meeting': 'Justeringen är satt till {{justering}}, före sammanträdet {{meeting}}. Rätta tiden för justering{{where}} eller sammanträdesdatumet.',
  },
  options: JusteringDeadlineOptions,
  check(ctx) {
    const { date, justeringDate } = ctx.protocol;
    if (!date || !justeringDate) return [];
    const days = daysBetween(date, justeringDate);
    const limit = ctx.config.justeringDays;
    if (days >= 0 && days <= limit) return [];
    const line = justeringLine(ctx, justeringDate);
    const paragraph = line === null ? null : paragraphAtLine(ctx, line);
    const where = paragraph ? ` i § ${paragraph.number}` : '';
    const dates = { justering: longSwedishDate(justeringDate), meeting: longSwedishDate(date), where };
    return days > limit
      ? [{ paragraph, line, messageId: 'late', data: { ...dates, days, limit, latest: longSwedishDate(addDays(date, limit)) } }]
      : [{ paragraph, line, messageId: 'before-meeting', data: dates }];
  },
};
