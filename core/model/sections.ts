import type { Paragraf, Section, SectionKind } from './protocol.ts';

/** The text of all sections of one kind in a paragraph, joined; empty when it has none. */
export function sectionText(p: Paragraf, kind: SectionKind): string {
  // Rules ask this many times per paragraph; most paragraphs have one section of a kind or none.
  let text: string | null = null;
  for (const s of p.sections) if (s.kind === kind) text = text === null ? s.text : `${text}\n\n${s.text}`;
  return text ?? '';
}

export function hasSection(p: Paragraf, kind: SectionKind): boolean {
  return p.sections.some((s) => s.kind === kind);
}

/** The body a proposal's heading addresses: `Förslag till beslut i byggnadsnämnden`, `Arbetsutskottets förslag till kommunstyrelsen`. */
const ADDRESSEE = /(?<![\p{L}])förslag(?:\s+till\s+beslut)?\s+(?:i|till|för)\s+([\p{L}-]*(?:fullmäktige|styrelsen|nämnden|utskottet|beredningen|direktionen))(?![\p{L}])/iu;

/**
 * The proposal to another body than the one that met in which a paragraph ends: an arbetsutskott
 * or a beredning writes its outcome under such a heading and has no Beslut of its own. Where the
 * text does not say which body met, such a heading is taken at its word.
 */
export function proposalToAnotherBody(p: Paragraf, body: string | null): Section | null {
  const meeting = new Set(body?.toLowerCase().split(/[^\p{L}-]+/u));
  return (
    p.sections.find((s) => {
      if (s.kind !== 'forslagTillBeslut' || !s.text.trim()) return false;
      const addressee = ADDRESSEE.exec(s.heading)?.[1]?.toLowerCase();
      return !!addressee && !meeting.has(addressee);
    }) ?? null
  );
}

/** What the meeting did in a paragraph: its Beslut sections, else its proposal to another body; null when it records neither. */
export function decisionOf(p: Paragraf, body: string | null): { heading: string; text: string } | null {
  const beslut = p.sections.find((s) => s.kind === 'beslut');
  if (beslut) return { heading: beslut.heading, text: sectionText(p, 'beslut') };
  const proposal = proposalToAnotherBody(p, body);
  return proposal ? { heading: proposal.heading, text: proposal.text } : null;
}
