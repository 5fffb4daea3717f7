import { detectTemplate } from '../templates/index.ts';
import type { Rule } from '../check/rule.ts';
import { isPartial } from '../check/support.ts';

/** "Val av justerare", "Protokolljusterare", "Justering av protokollet": an entry about who justerar. */
const ABOUT_JUSTERING = /juster/i;

export const valAvJusterareMissing: Rule = {
  id: 'val-av-justerare-missing',
  severity: 'error',
  description: 'Protokollet visar vem som justerar det: en paragraf om val av justerare eller justerare på försättsbladet.',
  source: {
    kind: 'house-style',
    reference: 'Husstil: justerare väljs vid sammanträdet och antecknas i protokollet (justering enligt Kommunallagen (2017:725) 5 kap. 69–70 §§)',
  },
  messages: {
    missing:
      'Protokollet saknar val av justerare. Lägg till en paragraf ”Val av justerare” (vanligen direkt efter § {{first}}) som anger vem som justerar protokollet tillsammans med ordföranden och när, eller ange justerare på försättsbladet.',
  },
  check({ protocol }) {
    // A text without paragraphs is not a protocol draft; other rules say what is wrong with it.
    // In an extract the val av justerare may be in the paragraphs left out.
    if (!protocol.paragrafer.length || protocol.justerare.length || isPartial(protocol)) return [];
    if (protocol.paragrafer.some((p) => detectTemplate(p) === 'val-av-justerare' || ABOUT_JUSTERING.test(p.title))) return [];
    const first = protocol.paragrafer[0]!;
    return [
      {
        paragraph: null,
        line: first.line,
        messageId: 'missing',
        data: { first: first.number },
      },
    ];
  },
};
