import type { Rule, RuleHit } from '../check/rule.ts';
import { decisionContent, recordsDecisionProcess, recordsYrkande, sectionLine, sectionText } from '../check/support.ts';

export const beslutDiffersWithoutYrkande: Rule = {
  id: 'beslut-differs-without-yrkande',
  severity: 'warning',
  description:
    'Ett Beslut som skiljer sig från Förslag till beslut har ett protokollfört yrkande eller en beslutsgång som förklarar ändringen.',
  source: {
    kind: 'law',
    reference: 'Kommunallagen (2017:725) 5 kap. 67 § 1 (vilka förslag och yrkanden som har lagts fram och inte tagits tillbaka); för nämnder 6 kap. 35 §',
  },
  messages: {
    'unexplained-change':
      '§ {{number}} {{title}}: beslutet skiljer sig från förslaget till beslut, men inget yrkande eller någon beslutsgång är protokollförd. Skriv in yrkandet som ändrade förslaget, eller rätta beslutet så att det följer förslaget.',
  },
  check(ctx) {
    const hits: RuleHit[] = [];
    for (const p of ctx.protocol.paragrafer) {
      const proposalText = sectionText(p, 'forslagTillBeslut');
      const decisionText = sectionText(p, 'beslut');
      // The same words as written need no closer look; most decisions follow the proposal so.
      if (proposalText === decisionText) continue;
      const proposal = decisionContent(proposalText);
      const decision = decisionContent(decisionText);
      if (!proposal || !decision || proposal === decision) continue;
      if (recordsYrkande(p) || recordsDecisionProcess(p)) continue;
      hits.push({
        paragraph: p,
        line: sectionLine(p, 'beslut'),
        messageId: 'unexplained-change',
        data: { number: p.number, title: p.title },
      });
    }
    return hits;
  },
};
