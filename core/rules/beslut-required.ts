import type { Paragraf } from '../model/protocol.ts';
import { proposalToAnotherBody } from '../model/sections.ts';
import { detectTemplate, getTemplate, type TemplateId } from '../templates/index.ts';
import type { Rule, RuleHit } from '../check/rule.ts';
import { hasSection, sectionLine, sectionText } from '../check/support.ts';
import { words } from '../text/words.ts';

/**
 * Formal items are often written without a Beslut heading ("Nicklas Sandström (M) utses att
 * justera protokollet …" under Sammanfattning). What a clerk checks there is that the choice is
 * stated, wherever it stands.
 */
const FORMAL_CHOICE: Partial<Record<TemplateId, { pattern: RegExp; messageId: string }>> = {
  'val-av-justerare': {
    pattern: words('<(?:utses|utsågs|utsedd|utsedda|väljs|valdes|vald|valda)>'),
    messageId: 'justerare-not-stated',
  },
  foredragningslista: {
    pattern: words('<(?:fastställs|fastställdes|fastställd|godkänns|godkändes|godkänd|antas|antogs)>'),
    messageId: 'foredragningslista-not-stated',
  },
};

function formalChoiceStated(p: Paragraf, template: TemplateId): boolean {
  const formal = FORMAL_CHOICE[template];
  return !!formal && p.sections.some((s) => formal.pattern.test(s.text));
}

export const beslutRequired: Rule = {
  id: 'beslut-required',
  severity: 'error',
  description:
    'Varje paragraf som fattar ett beslut (den har ett förslag till beslut, yrkanden, en beslutsgång eller en omröstning) har rubriken Beslut med text under. För val av justerare och fastställande av föredragningslista räcker att valet står i paragrafen; information, meddelanden, anmälan av delegationsbeslut, frågor, interpellationer, mötets öppnande och paragrafer utan beslutsinnehåll (rapporter, ärenden som inte publiceras i sin helhet) behöver inget beslut, och ett utskotts förslag till ett annat organ (”Förslag till beslut i byggnadsnämnden”) är paragrafens utfall.',
  source: { kind: 'law', reference: 'Kommunallagen (2017:725) 5 kap. 67 § 4 (vilka beslut som har fattats); för nämnder 6 kap. 35 §' },
  messages: {
    'empty-beslut': '§ {{number}} {{title}} har rubriken Beslut men ingen text under den. Skriv vad som beslutades.',
    'justerare-not-stated': '§ {{number}} {{title}} säger inte vem som utsågs att justera protokollet. Skriv det under rubriken Beslut.',
    'foredragningslista-not-stated': '§ {{number}} {{title}} säger inte att föredragningslistan fastställdes. Skriv det under rubriken Beslut.',
    missing: '§ {{number}} {{title}} saknar beslut. Skriv vad som beslutades under rubriken Beslut.',
  },
  check(ctx) {
    const hits: RuleHit[] = [];
    for (const p of ctx.protocol.paragrafer) {
      if (sectionText(p, 'beslut').trim()) continue;
      const template = detectTemplate(p);
      if (formalChoiceStated(p, template)) continue;
      const formal = FORMAL_CHOICE[template];
      if (hasSection(p, 'beslut')) {
        hits.push({
          paragraph: p,
          line: sectionLine(p, 'beslut'),
          messageId: 'empty-beslut',
          data: { number: p.number, title: p.title },
        });
      } else if (formal || (getTemplate(template).needsBeslut && !proposalToAnotherBody(p, ctx.protocol.body))) {
        hits.push({
          paragraph: p,
          messageId: formal?.messageId ?? 'missing',
          data: { number: p.number, title: p.title },
        });
      }
    }
    return hits;
  },
};
