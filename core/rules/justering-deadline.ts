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

export const justeringDeadline: Rule = {
  id: 'justering-deadline',
  severity: 'error',
  description: 'Protokollet justeras senast 14 dagar efter sammanträdet (fristen går att konfigurera) och inte före sammanträdesdagen.',
  source: { kind: 'law', reference: 'Kommunallagen (2017:725) 5 kap. 69–70 §§' },
  check(ctx) {
    const { date, justeringDate } = ctx.protocol;
    if (!date || !justeringDate) return [];
    const days = daysBetween(date, justeringDate);
    const limit = ctx.config.justeringDays;
    if (days >= 0 && days <= limit) return [];
    const line = justeringLine(ctx, justeringDate);
    const paragraph = line === null ? null : paragraphAtLine(ctx, line);
    const where = paragraph ? ` i § ${paragraph.number}` : '';
    const message =
      days > limit
        ? `Justeringen är satt till ${longSwedishDate(justeringDate)}, ${days} dagar efter sammanträdet ${longSwedishDate(date)}. Protokollet ska justeras senast ${limit} dagar efter sammanträdet: ändra tiden för justering${where} till senast ${longSwedishDate(addDays(date, limit))}.`
        : `Justeringen är satt till ${longSwedishDate(justeringDate)}, före sammanträdet ${longSwedishDate(date)}. Rätta tiden för justering${where} eller sammanträdesdatumet.`;
    return [{ paragraph, line, message }];
  },
};
