import type { Paragraph, SectionKind } from '../model/protocol.ts';
import type { RuleContext } from './rule.ts';

/** The text of all sections of one kind in a paragraph, joined. */
export function sectionText(p: Paragraph, kind: SectionKind): string {
  return p.sections
    .filter((s) => s.kind === kind)
    .map((s) => s.text)
    .join('\n\n');
}

export function hasSection(p: Paragraph, kind: SectionKind): boolean {
  return p.sections.some((s) => s.kind === kind);
}

export function sectionLine(p: Paragraph, kind: SectionKind): number {
  return p.sections.find((s) => s.kind === kind)?.line ?? p.line;
}

/** The last source line that belongs to a paragraph (the line before the next one starts). */
export function paragraphEndLine(ctx: RuleContext, p: Paragraph): number {
  const i = ctx.protocol.paragraphs.indexOf(p);
  const next = ctx.protocol.paragraphs[i + 1];
  return next ? next.line - 1 : (ctx.sourceLines?.length ?? p.line);
}

/**
 * The source line where `needle` first occurs inside paragraph `p`, searching from `from`;
 * falls back to `from` where the source has no lines (a Word snapshot).
 */
export function lineOf(ctx: RuleContext, p: Paragraph, needle: string, from: number = p.line): number {
  if (!ctx.sourceLines) return from;
  const end = paragraphEndLine(ctx, p);
  for (let n = from; n <= end; n++) if (ctx.sourceLines[n - 1]?.includes(needle)) return n;
  return from;
}

/** Text compared for meaning, not layout: bullets, "att"-lists and spacing do not count. */
export function comparableText(text: string): string {
  return text
    .toLowerCase()
    .replace(/[•\-–]\s/g, ' ')
    .replace(/[^\p{L}\p{N}%]+/gu, ' ')
    .trim();
}
