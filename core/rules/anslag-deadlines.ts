import { lastDayToAppeal, latestPosting } from '../anslag/anslag-dates.ts';
import { readAnslagBlock } from '../anslag/anslag-block.ts';
import type { Rule, RuleHit } from '../check/rule.ts';
import { paragraphAtLine } from '../check/support.ts';
import { omedelbarJustering } from '../parse/omedelbar-justering.ts';
import { longSwedishDate } from '../text/dates.ts';

/** " (16 mars 2025 är en söndag)": why a deadline is not the day counted. */
const moved = (d: { moved: { from: string; reason: string } | null }) =>
  d.moved ? ` (${longSwedishDate(d.moved.from)} är ${d.moved.reason})` : '';

export const anslagDeadlines: Rule = {
  id: 'anslag-deadlines',
  severity: 'error',
  description:
    'Protokollets anslag/bevis stämmer med lagens frister: anslaget sätts upp senast andra dagen efter justeringen och sitter uppe tills överklagandetiden, tre veckor från uppsättandet, har gått ut (en frist som slutar på en lördag, söndag, helgdag, midsommarafton, julafton eller nyårsafton flyttas till nästa vardag).',
  source: { kind: 'law', reference: 'Kommunallagen (2017:725) 8 kap. 12 § och 13 kap. 5 §; lagen (1930:173) om beräkning av lagstadgad tid' },
  messages: {
    'posted-late':
      'Anslaget sätts upp {{uppsatt}}, men justeringen {{justering}} ska tillkännages senast andra dagen efter, {{latest}}{{moved}}. Rätta datumet för anslagets uppsättande eller justeringsdatumet.',
    'taken-down-early':
      'Anslaget tas ned {{nedtagande}}, innan överklagandetiden har gått ut: tre veckor från uppsättandet {{uppsatt}} är sista dag att överklaga {{lastDay}}{{moved}}. Låt anslaget sitta uppe till och med den dagen.',
  },
  check(ctx) {
    const { protocol, sourceText } = ctx;
    if (sourceText === null || !protocol.date) return [];
    const block = readAnslagBlock(sourceText);
    if (!block.uppsatt) return [];
    const uppsatt = block.uppsatt.date;
    const justerat = omedelbarJustering(protocol).protocol ? protocol.date : protocol.justeringDate;
    const hits: RuleHit[] = [];
    // A justering date written "senast den …" may be earlier in fact: only a posting after its deadline is
    // wrong for certain. One before the meeting is a typo justering-deadline reports.
    if (justerat && justerat >= protocol.date) {
      const latest = latestPosting(justerat);
      if (uppsatt > latest.date) {
        const { line } = block.uppsatt;
        hits.push({
          paragraph: paragraphAtLine(ctx, line),
          line,
          messageId: 'posted-late',
          data: { uppsatt: longSwedishDate(uppsatt), justering: longSwedishDate(justerat), latest: longSwedishDate(latest.date), moved: moved(latest) },
        });
      }
    }
    if (block.nedtagande) {
      const last = lastDayToAppeal(uppsatt);
      if (block.nedtagande.date < last.date) {
        const { line } = block.nedtagande;
        hits.push({
          paragraph: paragraphAtLine(ctx, line),
          line,
          messageId: 'taken-down-early',
          data: {
            nedtagande: longSwedishDate(block.nedtagande.date),
            uppsatt: longSwedishDate(uppsatt),
            lastDay: longSwedishDate(last.date),
            moved: moved(last),
          },
        });
      }
    }
    return hits;
  },
};
