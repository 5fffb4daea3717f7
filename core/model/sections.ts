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

/** A proposal heading addressed to another body: `Förslag till beslut i byggnadsnämnden`, `Arbetsutskottets förslag till kommunstyrelsen`. */
const PROPOSAL_TO_ANOTHER_BODY = /förslag(?: till beslut)?\s+(?:i|till)\s+[\p{L}-]*(?:nämnd|styrelse|fullmäktige|utskott|beredning)/iu;

/**
 * What the meeting did in a paragraph: its Beslut sections, or, where an utskott or a beredning
 * writes its outcome as a proposal to another body without a Beslut heading, that proposal. Null
 * when the paragraph records neither.
 */
export function decisionOf(p: Paragraph): { heading: string; text: string } | null {
  const beslut = p.sections.find((s) => s.kind === 'beslut');
  if (beslut) return { heading: beslut.heading, text: sectionText(p, 'beslut') };
  const proposal = p.sections.find((s) => s.kind === 'forslagTillBeslut' && PROPOSAL_TO_ANOTHER_BODY.test(s.heading));
  return proposal ? { heading: proposal.heading, text: proposal.text } : null;
}
