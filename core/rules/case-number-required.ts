import { parseCaseNumber, resolveFormats } from '../casenumber/index.ts';
import { detectTemplate, getTemplate } from '../templates/index.ts';
import type { Rule, RuleHit } from '../check/rule.ts';
import { lineOf } from '../check/support.ts';

export const caseNumberRequired: Rule = {
  id: 'case-number-required',
  severity: 'error',
  description:
    'Varje ärende som kräver diarienummer (enligt konfigurationen) har ett diarienummer i organisationens format, och inget diarienummer är från ett senare år än sammanträdet.',
  source: {
    kind: 'house-style',
    reference: 'Husstil: ärendets diarienummer står under rubriken (registrering enligt offentlighets- och sekretesslagen (2009:400) 5 kap. 1 §)',
  },
  check(ctx) {
    const { protocol, config } = ctx;
    const example = resolveFormats(config.caseNumbers)
      .map((f) => f.example)
      .join(' eller ');
    const meetingYear = protocol.date ? Number(protocol.date.slice(0, 4)) : null;
    const hits: RuleHit[] = [];
    for (const p of protocol.paragraphs) {
      const malformed = p.malformedCaseNumbers ?? [];
      for (const raw of malformed) {
        hits.push({
          paragraph: p,
          line: lineOf(ctx, p, raw),
          message: `§ ${p.number}: ”${raw}” är inte ett diarienummer i rätt form. Skriv det som till exempel ${example}.`,
        });
      }
      const template = detectTemplate(p);
      if (!p.caseNumbers.length && !malformed.length && config.caseNumberRequiredFor.includes(template)) {
        hits.push({
          paragraph: p,
          message: `§ ${p.number} ${p.title} saknar diarienummer (${getTemplate(template).label.toLowerCase()}). Skriv ärendets diarienummer under rubriken, till exempel ${example}.`,
        });
      }
      if (meetingYear === null) continue;
      for (const canonical of p.caseNumbers) {
        const year = parseCaseNumber(canonical, config.caseNumbers)?.year;
        if (year !== undefined && year > meetingYear) {
          hits.push({
            paragraph: p,
            line: lineOf(ctx, p, canonical),
            message: `§ ${p.number}: diarienumret ${canonical} är från ${year}, efter sammanträdet ${protocol.date}. Kontrollera årtalet i diarienumret.`,
          });
        }
      }
    }
    return hits;
  },
};
