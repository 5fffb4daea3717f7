import type { Rule, RuleHit } from '../check/rule.ts';
import { PROFILE_IDS } from '../check/meeting-profile.ts';
import { isPartial } from '../check/support.ts';

export const continuousNumbering: Rule = {
  id: 'continuous-numbering',
  severity: 'error',
  description: 'Paragraferna är numrerade i följd, utan luckor eller dubbletter.',
  source: { kind: 'house-style', reference: 'Husstil: löpande paragrafnumrering inom året (protokollets innehåll, Kommunallagen (2017:725) 5 kap. 67 §)' },
  profiles: PROFILE_IDS,
  messages: {
    duplicate: '§ {{number}} förekommer två gånger. Numrera om så att varje paragraf har ett eget nummer.',
    'out-of-order': '§ {{number}} kommer efter § {{previous}}. Paragraferna ska stå i nummerordning.',
    gap: '{{missing}} saknas mellan § {{previous}} och § {{number}}. Numrera om paragraferna i följd.',
  },
  check({ protocol }) {
    const hits: RuleHit[] = [];
    const ps = protocol.paragrafer;
    // An extract holds only some of the protocol's paragraphs: a gap is expected there.
    const extract = isPartial(protocol);
    for (let i = 1; i < ps.length; i++) {
      const prev = ps[i - 1]!;
      const p = ps[i]!;
      if (p.number === prev.number) {
        hits.push({ paragraph: p, messageId: 'duplicate', data: { number: p.number } });
      } else if (p.number < prev.number) {
        hits.push({ paragraph: p, messageId: 'out-of-order', data: { number: p.number, previous: prev.number } });
      } else if (p.number > prev.number + 1 && !extract) {
        const missing = p.number - prev.number === 2 ? `§ ${prev.number + 1}` : `§§ ${prev.number + 1}–${p.number - 1}`;
        hits.push({ paragraph: p, messageId: 'gap', data: { missing, number: p.number, previous: prev.number } });
      }
    }
    return hits;
  },
};
