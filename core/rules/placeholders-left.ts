import type { Paragraf } from '../model/protocol.ts';
import { findPlaceholders } from '../templates/index.ts';
import type { Rule, RuleContext, RuleHit } from '../check/rule.ts';
import { paragraphAtLine } from '../check/support.ts';
import { PROFILE_IDS } from '../check/meeting-profile.ts';

const hit = (paragraph: Paragraf | null, line: number, found: string, where: string): RuleHit => ({
  paragraph,
  line,
  messageId: 'placeholder-left',
  data: { placeholder: found.replace(/\s+/g, ' '), where },
});

/**
 * Placeholders in the source text, each at its exact line; the patterns read a line break as a
 * space, to find one that wrapped: "Klicka eller tryck här för att⏎ange text.".
 */
function inSource(ctx: RuleContext, text: string): RuleHit[] {
  const hits: RuleHit[] = [];
  let line = 1;
  let nextBreak = text.indexOf('\n');
  for (const f of findPlaceholders(text)) {
    while (nextBreak !== -1 && nextBreak < f.index) {
      line++;
      nextBreak = text.indexOf('\n', nextBreak + 1);
    }
    const paragraph = paragraphAtLine(ctx, line);
    hits.push(hit(paragraph, line, f.text, paragraph ? `i § ${paragraph.number}` : 'på försättsbladet'));
  }
  return hits;
}

/** Without source lines (a Word snapshot): the paragraphs' titles and sections, at the line of the heading. */
function inParagraphs(ctx: RuleContext): RuleHit[] {
  const hits: RuleHit[] = [];
  for (const p of ctx.protocol.paragrafer) {
    for (const f of findPlaceholders(p.title)) hits.push(hit(p, p.line, f.text, `i rubriken till § ${p.number}`));
    for (const s of p.sections) {
      const where = `under ${s.heading || 'texten'} i § ${p.number}`;
      for (const f of findPlaceholders(s.text)) hits.push(hit(p, s.line, f.text, where));
    }
  }
  return hits;
}

export const placeholdersLeft: Rule = {
  id: 'placeholders-left',
  severity: 'error',
  description: 'Inga platshållare från mallen står kvar i protokollet (”[Skriv …]”, ”Klicka eller tryck här för att ange text.”, ”XX”).',
  source: { kind: 'house-style', reference: 'Husstil: ett protokoll går inte till justering med mallens platshållare kvar' },
  profiles: PROFILE_IDS,
  messages: {
    'placeholder-left':
      'Mallens platshållare ”{{placeholder}}” står kvar {{where}}. Skriv in den riktiga texten eller ta bort platshållaren innan protokollet går till justering.',
  },
  check(ctx) {
    return ctx.sourceText !== null ? inSource(ctx, ctx.sourceText) : inParagraphs(ctx);
  },
};
