import type { Rule, RuleHit } from './rule.ts';
import { hasSection, recordsDecisionProcess, recordsYrkande, sectionLine } from './support.ts';

export const yrkandenWithoutBeslutsgang: Rule = {
  id: 'yrkanden-without-beslutsgang',
  severity: 'error',
  description:
    'När yrkanden har framställts redovisar paragrafen hur ordföranden lade fram förslagen och hur beslutet fattades: en Beslutsgång, en Omröstning eller samma sak skriven i löptexten (”…, vilket arbetsutskottet godkänner”).',
  source: {
    kind: 'law',
    reference: 'Kommunallagen (2017:725) 5 kap. 67 § 2 (i vilken ordning ordföranden har lagt fram förslag till beslut); för nämnder 6 kap. 35 §',
  },
  check(ctx) {
    const hits: RuleHit[] = [];
    for (const p of ctx.protocol.paragraphs) {
      if (!recordsYrkande(p) || recordsDecisionProcess(p)) continue;
      hits.push({
        paragraph: p,
        line: sectionLine(p, hasSection(p, 'yrkanden') ? 'yrkanden' : 'forslagTillBeslut'),
        message: `§ ${p.number} ${p.title} har yrkanden men ingen beslutsgång. Skriv under rubriken Beslutsgång i vilken ordning ordföranden ställde förslagen och vad mötet beslutade.`,
      });
    }
    return hits;
  },
};
