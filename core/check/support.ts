import type { Paragraf, Protocol, SectionKind } from '../model/protocol.ts';
import type { RuleContext } from './rule.ts';

import { hasSection, sectionText } from '../model/sections.ts';
import { words } from '../text/words.ts';

export { hasSection, sectionText };

/**
 * Whether the text may hold only some of the protocol's §§: an extract, or §§ without the cover.
 * What such a text leaves out (§§ between, the val av justerare, the justering) is no finding.
 */
export function isPartial(protocol: Protocol): boolean {
  return protocol.extract === true || protocol.hasCover === false;
}

export function sectionLine(p: Paragraf, kind: SectionKind): number {
  return p.sections.find((s) => s.kind === kind)?.line ?? p.line;
}

// Per protocol, each paragraph's successor: rules ask for every paragraph, and indexOf would make that quadratic.
const successors = new WeakMap<readonly Paragraf[], Map<Paragraf, Paragraf>>();
function nextParagraph(paragraphs: readonly Paragraf[]): Map<Paragraf, Paragraf> {
  let map = successors.get(paragraphs);
  if (!map) {
    map = new Map();
    for (let i = 0; i + 1 < paragraphs.length; i++) map.set(paragraphs[i]!, paragraphs[i + 1]!);
    successors.set(paragraphs, map);
  }
  return map;
}

/** The last source line that belongs to a paragraph (the line before the next one starts). */
export function paragraphEndLine(ctx: RuleContext, p: Paragraf): number {
  const next = nextParagraph(ctx.protocol.paragrafer).get(p);
  return next ? next.line - 1 : (ctx.sourceLines?.length ?? p.line);
}

/**
 * The source line where `needle` first occurs inside paragraph `p`, searching from `from`;
 * falls back to `from` where the source has no lines (a Word snapshot).
 */
export function lineOf(ctx: RuleContext, p: Paragraf, needle: string | RegExp, from: number = p.line): number {
  if (!ctx.sourceLines) return from;
  const end = paragraphEndLine(ctx, p);
  const found = typeof needle === 'string' ? (l: string) => l.includes(needle) : (l: string) => needle.test(l);
  for (let n = from; n <= end; n++) if (found(ctx.sourceLines[n - 1] ?? '')) return n;
  return from;
}

/** The paragraph a source line belongs to, or null for the cover and table of contents. */
export function paragraphAtLine(ctx: RuleContext, line: number): Paragraf | null {
  const ps = ctx.protocol.paragrafer;
  for (let i = ps.length - 1; i >= 0; i--) if (ps[i]!.line <= line) return ps[i]!;
  return null;
}

/** A paragraph's text cut into sentences, each with its line breaks folded to spaces. */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\n\s*\n/)
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/** Text compared for meaning, not layout: bullets, "att"-lists and spacing do not count. */
export function comparableText(text: string): string {
  return text
    .toLowerCase()
    .replace(/[•\-–]\s/g, ' ')
    .replace(/[^\p{L}\p{N}%]+/gu, ' ')
    .trim();
}

/** Titles compared for meaning: a title wrapped or hyphenated across lines is the same title. */
export function sameTitle(a: string, b: string): boolean {
  return comparableText(a).replace(/ /g, '') === comparableText(b).replace(/ /g, '');
}


/** "Arbetsutskottet föreslår att regionstyrelsen beslutar": the lead line of a proposal to another body. */
const PROPOSAL_LEAD = words('^\\s*[\\p{L} -]{0,60}?<föreslår\\s+(?:att\\s+)?(?:[\\p{L}-]+\\s+){0,5}?[\\p{L}-]+\\s+(?:att\\s+)?beslutar?>\\s*:?');

/**
 * What a Förslag till beslut or a Beslut decides, for comparing the two: the lead line of an
 * utskott's proposal ("… föreslår att regionstyrelsen beslutar") is left out, so that a Beslut
 * forwarding the förslag word for word is the same as the förslag.
 */
export function decisionContent(text: string): string {
  return comparableText(/föreslår/i.test(text) ? text.replace(PROPOSAL_LEAD, '') : text);
}

/** A yrkande made at the meeting: a Yrkanden section with content, or "yrkar" in the Förslag till beslut. */
const YRKANDE_WORD = words('<yrk(?:ar|as|ade|ande|andet|anden|andena)>');
const NO_YRKANDEN = words('^\\s*(?:inga|inget)\\s+(?:yrkanden?|förslag)>');
export function recordsYrkande(p: Paragraf): boolean {
  const yrkanden = sectionText(p, 'yrkanden').trim();
  return (yrkanden !== '' && !NO_YRKANDEN.test(yrkanden)) || YRKANDE_WORD.test(sectionText(p, 'forslagTillBeslut'));
}

/**
 * How the chair put the question, wherever the § writes it (a Beslut, an "Överläggning"):
 * "ordföranden ställer proposition", "ordförande prövar …", "Propositionsordning", "finner att
 * nämnden bifaller …".
 */
const CHAIR_PUTS_QUESTION = [
  '<(?:ordförande|ordföranden)\\s+(?:[^.\\n]{0,80}?\\s)?(?:frågar|frågade|ställer|ställde|prövar|prövade|finner|fann)>',
  '<ställer\\s+[^.\\n]{0,200}?\\s+mot\\s',
  '<(?:ställer|ställde)\\s+proposition',
  '<propositionsordning',
  '<finner\\s+att\\s+(?:[\\p{L}-]+\\s+){1,6}?(?:beslutar|beslutat|beslutade|bifaller|bifallit|biföll|antar|antagit|antog|avslår|avslagit|godkänner|godkänt)>',
];
const CHAIR_ANYWHERE = words(CHAIR_PUTS_QUESTION.join('|'));

/**
 * Next to the yrkanden, also the meeting's assent written inline: "…, vilket arbetsutskottet
 * godkänner", or any "finner att …".
 */
const INLINE_DECISION_PROCESS = words(
  [
    ...CHAIR_PUTS_QUESTION,
    '<vilket\\s+(?:[\\p{L}-]+\\s+){1,3}?(?:godkänner|godkände|bifaller|biföll|beslutar|beslutade|antar|antog|instämmer|instämde)>',
    '<finner\\s+att>',
  ].join('|'),
);

/**
 * Sections the chair's words are not looked for in: the yrkanden and the proposal (read with the
 * looser pattern above) and those that describe the matter, where a "finner att" is the office's.
 */
const NOT_THE_CHAIR: readonly SectionKind[] = ['sammanfattning', 'beslutsunderlag', 'yrkanden', 'forslagTillBeslut'];

/** Whether the paragraph records how the meeting chose: a Beslutsgång, an Omröstning, or the same said inline. */
export function recordsDecisionProcess(p: Paragraf): boolean {
  if (p.sections.some((s) => (s.kind === 'beslutsgang' || s.kind === 'omrostning') && s.text.trim())) return true;
  if (INLINE_DECISION_PROCESS.test(`${sectionText(p, 'yrkanden')}\n${sectionText(p, 'forslagTillBeslut')}`)) return true;
  return p.sections.some((s) => !NOT_THE_CHAIR.includes(s.kind) && CHAIR_ANYWHERE.test(s.text));
}
