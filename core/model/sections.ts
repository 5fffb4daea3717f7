import type { Paragraph, SectionKind } from './protocol.ts';

/** The text of all sections of one kind in a paragraph, joined; empty when it has none. */
export function sectionText(p: Paragraph, kind: SectionKind): string {
  return p.sections
    .filter((s) => s.kind === kind)
    .map((s) => s.text)
    .join('\n\n');
}

export function hasSection(p: Paragraph, kind: SectionKind): boolean {
  return p.sections.some((s) => s.kind === kind);
}
