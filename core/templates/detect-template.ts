import type { Paragraf, SectionKind } from '../model/protocol.ts';
import { classifyOutcome } from '../history/outcome.ts';
import type { TemplateId } from './template.ts';
import { TEMPLATES } from './templates.ts';

/** What shows that a § decides something: a proposal, yrkanden, how the chair put them, a Beslut heading. */
const DECISION_SECTIONS: readonly SectionKind[] = ['forslagTillBeslut', 'yrkanden', 'beslutsgang', 'omrostning', 'beslut'];

const TITLE_PATTERNS = TEMPLATES.flatMap((t) => (t.titlePattern ? [{ id: t.id, pattern: new RegExp(t.titlePattern, 'iu') }] : []));

/**
 * Which paragraph type a parsed § entry is, so that rules can hold it to its type (a val av
 * justerare needs no diarienummer; a beredningsärende proposes rather than decides). Formal items
 * are told by their title, the rest by what their sections record; a § with no decision content
 * at all (a report from a course, an item withheld from the web version) is one where the meeting
 * was told something.
 */
export function detectTemplate(p: Paragraf): TemplateId {
  let id = detected.get(p);
  if (!id) detected.set(p, (id = detectOnce(p)));
  return id;
}

// Several rules ask the same paragraph's type; a parsed paragraph is not changed afterwards.
const detected = new WeakMap<Paragraf, TemplateId>();

/** The type whose title pattern a title matches (formal items: föredragningslista, justerare, information …), or null. */
export function templateByTitle(title: string): TemplateId | null {
  const t = title.replace(/\s+/g, ' ').trim();
  return TITLE_PATTERNS.find((p) => p.pattern.test(t))?.id ?? null;
}

function detectOnce(p: Paragraf): TemplateId {
  const byTitle = templateByTitle(p.title);
  if (byTitle) return byTitle;
  const has = (kind: SectionKind) => p.sections.some((s) => s.kind === kind);
  if (!DECISION_SECTIONS.some(has)) return 'informationsarende';
  const beslut = p.sections.filter((s) => s.kind === 'beslut').map((s) => s.text).join('\n');
  const outcome = classifyOutcome(beslut).outcome;
  if (has('omrostning')) return 'omrostning';
  if (outcome === 'referredBack') return 'aterremiss';
  if (has('yrkanden') || has('beslutsgang')) return 'yrkanden';
  if (outcome === 'proposed') return 'beredningsarende';
  if (outcome === 'informationNoted' && !has('forslagTillBeslut')) return 'informationsarende';
  return 'beslutsarende';
}
