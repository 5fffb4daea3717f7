import type { Rule } from '../check/rule.ts';
import { PROFILE_IDS } from '../check/meeting-profile.ts';

export const continuousNumbering: Rule = {
  id: 'continuous-numbering',
  severity: 'error',
  description: 'Paragraferna är numrerade i följd, utan luckor eller dubbletter.',
  source: { kind: 'house-style', reference: 'Husstil: löpande paragrafnumrering inom året (protokollets innehåll, Kommunallagen (2017:725) 5 kap. 67 §)' },
  profiles: PROFILE_IDS,
  check({ protocol }) {
    const hits = [];
    const ps = protocol.paragraphs;
    // An extract (no cover page) holds only some of the protocol's paragraphs: a gap is expected there.
    const extract = protocol.hasCover === false;
    for (let i = 1; i < ps.length; i++) {
      const prev = ps[i - 1]!;
      const p = ps[i]!;
      if (p.number === prev.number) {
        hits.push({ paragraph: p, message: `§ ${p.number} förekommer två gånger. Numrera om så att varje paragraf har ett eget nummer.` });
      } else if (p.number < prev.number) {
        hits.push({ paragraph: p, message: `§ ${p.number} kommer efter § ${prev.number}. Paragraferna ska stå i nummerordning.` });
      } else if (p.number > prev.number + 1 && !extract) {
        const missing = p.number - prev.number === 2 ? `§ ${prev.number + 1} saknas` : `§§ ${prev.number + 1}–${p.number - 1} saknas`;
        hits.push({ paragraph: p, message: `${missing} mellan § ${prev.number} och § ${p.number}. Numrera om paragraferna i följd.` });
      }
    }
    return hits;
  },
};
