import type { RuleContext, Rule, RuleHit } from '../check/rule.ts';
import { isPartial, sameTitle } from '../check/support.ts';
import { PROFILE_IDS } from '../check/meeting-profile.ts';

/**
 * Whether the source text opens with the table of contents: then the text was cut out of a longer
 * document (the first page of a PDF lost in extraction), and the entries before the first one listed
 * may simply be missing from the text, not from the protocol.
 */
function textStartsWithToc(ctx: RuleContext, firstTocLine: number): boolean {
  if (!ctx.sourceLines) return false;
  return ctx.sourceLines.slice(0, firstTocLine - 1).every((l) => l.trim() === '');
}

export const tocMatchesBody: Rule = {
  id: 'toc-matches-body',
  severity: 'warning',
  description: 'Innehållsförteckningen stämmer med paragraferna: varje rad finns som paragraf med samma rubrik, och varje paragraf finns i förteckningen.',
  source: { kind: 'house-style', reference: 'Husstil: innehållsförteckningen speglar protokollets paragrafer' },
  profiles: PROFILE_IDS,
  messages: {
    'listed-twice': '§ {{number}} står två gånger i innehållsförteckningen. Ta bort den ena raden.',
    'not-in-protocol':
      'Innehållsförteckningen tar upp § {{number}} {{title}}, men den paragrafen finns inte i protokollet. Ta bort raden eller lägg till paragrafen.',
    'title-differs': '§ {{number}} heter ”{{tocTitle}}” i innehållsförteckningen men ”{{title}}” i protokollet. Ändra så att rubrikerna är lika.',
    'not-in-toc': '§ {{number}} {{title}} saknas i innehållsförteckningen. Lägg till den där.',
  },
  check(ctx) {
    const { toc, paragrafer } = ctx.protocol;
    if (!toc?.length) return [];
    const hits: RuleHit[] = [];
    const byNumber = new Map(paragrafer.map((p) => [p.number, p]));
    const listed = new Set<number>();
    for (const entry of toc) {
      if (listed.has(entry.number)) {
        hits.push({ paragraph: null, line: entry.line, messageId: 'listed-twice', data: { number: entry.number } });
        continue;
      }
      listed.add(entry.number);
      const p = byNumber.get(entry.number);
      if (!p) {
        // An extract holds only some of the listed paragraphs.
        if (isPartial(ctx.protocol)) continue;
        hits.push({
          paragraph: null,
          line: entry.line,
          messageId: 'not-in-protocol',
          data: { number: entry.number, title: entry.title },
        });
      } else if (!sameTitle(entry.title, p.title)) {
        hits.push({
          paragraph: p,
          line: entry.line,
          messageId: 'title-differs',
          data: { number: p.number, tocTitle: entry.title, title: p.title },
        });
      }
    }
    const first = toc[0]!;
    const headCut = textStartsWithToc(ctx, first.line);
    for (const p of paragrafer) {
      if (listed.has(p.number) || (headCut && p.number < first.number)) continue;
      hits.push({ paragraph: p, messageId: 'not-in-toc', data: { number: p.number, title: p.title } });
    }
    return hits;
  },
};
