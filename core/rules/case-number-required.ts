import { z } from 'zod';
import { parseCaseNumber, resolveFormats } from '../casenumber/index.ts';
import { detectTemplate, getTemplate, TEMPLATE_IDS, TEMPLATES } from '../templates/index.ts';
import type { Rule, RuleHit } from '../check/rule.ts';
import { lineOf } from '../check/support.ts';

/** Which paragraph types need a case number: by default those whose template says so; the formal items do not. */
export const CaseNumberRequiredOptions = z.object({
  caseNumberRequiredFor: z
    .array(z.enum(TEMPLATE_IDS))
    .default(TEMPLATES.filter((t) => t.needsCaseNumber).map((t) => t.id)),
});

export const caseNumberRequired: Rule<z.infer<typeof CaseNumberRequiredOptions>> = {
  id: 'case-number-required',
  severity: 'error',
  description:
    'Varje ärende som kräver diarienummer (enligt konfigurationen) har ett diarienummer i organisationens format, och inget diarienummer är från ett senare år än sammanträdet.',
  source: {
    kind: 'house-style',
    reference: 'Husstil: ärendets diarienummer står under rubriken (registrering enligt offentlighets- och sekretesslagen (2009:400) 5 kap. 1 §)',
  },
  messages: {
    malformed: '§ {{number}}: ”{{written}}” är inte ett diarienummer i rätt form. Skriv det som till exempel {{example}}.',
    missing: '§ {{number}} {{title}} saknar diarienummer ({{type}}). Skriv ärendets diarienummer under rubriken, till exempel {{example}}.',
    'after-meeting': '§ {{number}}: diarienumret {{caseNumber}} är från {{year}}, efter sammanträdet {{date}}. Kontrollera årtalet i diarienumret.',
  },
  options: CaseNumberRequiredOptions,
  check(ctx) {
    const { protocol, config } = ctx;
    const example = resolveFormats(config.caseNumbers)
      .map((f) => f.example)
      .join(' eller ');
    const meeting = protocol.date ? { date: protocol.date, year: Number(protocol.date.slice(0, 4)) } : null;
    const hits: RuleHit[] = [];
    for (const p of protocol.paragrafer) {
      const malformed = p.malformedCaseNumbers ?? [];
      for (const raw of malformed) {
        hits.push({
          paragraph: p,
          line: lineOf(ctx, p, raw),
          messageId: 'malformed',
          data: { number: p.number, written: raw, example },
        });
      }
      const template = detectTemplate(p);
      if (!p.caseNumbers.length && !malformed.length && config.caseNumberRequiredFor.includes(template)) {
        hits.push({
          paragraph: p,
          messageId: 'missing',
          data: { number: p.number, title: p.title, type: getTemplate(template).label.toLowerCase(), example },
        });
      }
      if (meeting === null) continue;
      for (const canonical of p.caseNumbers) {
        const year = parseCaseNumber(canonical, config.caseNumbers)?.year;
        if (year !== undefined && year > meeting.year) {
          hits.push({
            paragraph: p,
            line: lineOf(ctx, p, canonical),
            messageId: 'after-meeting',
            data: { number: p.number, caseNumber: canonical, year, date: meeting.date },
          });
        }
      }
    }
    return hits;
  },
};
