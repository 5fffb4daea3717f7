import type { Rule, RuleHit } from '../check/rule.ts';
import { yrkandenCompete } from '../check/competing-yrkanden.ts';
import { hasSection, recordsDecisionProcess, sectionLine } from '../check/support.ts';

export const yrkandenWithoutBeslutsgang: Rule = {
  id: 'yrkanden-without-beslutsgang',
  severity: 'error',
  description:
    'När yrkanden står mot varandra (avslag, ändring, tillägg, återremiss, bordläggning eller bifall till olika förslag) redovisar paragrafen hur ordföranden lade fram förslagen och hur beslutet fattades: en Beslutsgång, en Propositionsordning, en Omröstning eller samma sak skriven i löptexten (”…, vilket arbetsutskottet godkänner”, ”ordföranden ställer proposition …”). Yrkar alla bifall till samma förslag, eller följer beslutet ett ensamt yrkande, behövs ingen beslutsgång.',
  source: {
    kind: 'law',
    reference: 'Kommunallagen (2017:725) 5 kap. 67 § 2 (i vilken ordning ordföranden har lagt fram förslag till beslut); för nämnder 6 kap. 35 §',
  },
  messages: {
    'no-beslutsgang':
      '§ {{number}} {{title}} har yrkanden men ingen beslutsgång. Skriv under rubriken Beslutsgång i vilken ordning ordföranden ställde förslagen och vad mötet beslutade.',
  },
  check(ctx) {
    const hits: RuleHit[] = [];
    for (const p of ctx.protocol.paragrafer) {
      if (!yrkandenCompete(p) || recordsDecisionProcess(p)) continue;
      hits.push({
        paragraph: p,
        line: sectionLine(p, hasSection(p, 'yrkanden') ? 'yrkanden' : 'forslagTillBeslut'),
        messageId: 'no-beslutsgang',
        data: { number: p.number, title: p.title },
      });
    }
    return hits;
  },
};
