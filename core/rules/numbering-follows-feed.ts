import type { Rule } from '../check/rule.ts';
import { isPartial } from '../check/support.ts';
import { sourceName } from '../history/model.ts';
import { bodyInSentence } from '../history/status.ts';
import { paragraphRange } from '../text/paragraph-range.ts';

export const numberingFollowsFeed: Rule = {
  id: 'numbering-follows-feed',
  severity: 'warning',
  description:
    'Protokollets första paragraf följer på den sista i organets förra protokoll samma år, enligt beslutshistoriken (bara när granskningen får ett flöde, --feed).',
  source: { kind: 'house-style', reference: 'Husstil: paragraferna numreras i en följd över året per organ' },
  messages: {
    overlaps:
      'Protokollet börjar på § {{first}}, men förra protokollet för {{body}} i beslutshistoriken, {{date}}, slutar på § {{last}} ({{source}}). Paragraferna numreras i en följd över året: det här protokollet bör börja på § {{next}}.',
    gap:
      'Protokollet börjar på § {{first}}, men förra protokollet för {{body}} i beslutshistoriken, {{date}}, slutar på § {{last}} ({{source}}): {{missing}} saknas. Beslutshistoriken har bara paragrafer med diarienummer, så jämför med det protokollet innan du numrerar om.',
  },
  check({ protocol, previousMeeting }) {
    const first = protocol.paragrafer[0];
    // An extract starts wherever its §§ do.
    if (!previousMeeting || !first || isPartial(protocol)) return [];
    const last = previousMeeting.lastParagraph;
    const next = last + 1;
    if (first.number === next) return [];
    const data = { first: first.number, body: bodyInSentence(protocol.body ?? previousMeeting.body), date: previousMeeting.date, last, next, source: sourceName(previousMeeting.source) };
    if (first.number < next) return [{ paragraph: first, messageId: 'overlaps', data }];
    const missing = paragraphRange(Array.from({ length: Math.min(first.number - next, 1000) }, (_, i) => next + i));
    return [{ paragraph: first, messageId: 'gap', data: { ...data, missing } }];
  },
};
