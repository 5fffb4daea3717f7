import type { Paragraf } from '../../../core/model/protocol.ts';
import { TEMPLATES, emptyEntryInput, fillTemplate, type BodyName, type TemplateId } from '../../../core/templates/index.ts';
import { findPlaceholders } from '../../../core/templates/placeholders.ts';
import { emptyDraft, type EntryDraft } from './entry-draft.ts';

/**
 * What each paragraph type writes in each section before the clerk has written anything: the
 * skeleton's own text. Such text is not the clerk's, so the form starts empty there and the
 * template writes it again (with the clerk's input filled in, for example the justerare).
 */
function skeletonTexts(body: BodyName): Map<string, Set<string>> {
  const texts = new Map<string, Set<string>>();
  for (const t of TEMPLATES) {
    for (const s of fillTemplate(emptyEntryInput(t.id, 1), { body }).sections) {
      if (!texts.has(s.kind)) texts.set(s.kind, new Set());
      texts.get(s.kind)!.add(s.text.trim());
    }
  }
  return texts;
}

/** A section's text as the form shows it: the skeleton's text, or text that is only placeholders, counts as empty. */
function ownText(text: string | undefined, skeleton?: Set<string>): string {
  if (!text || skeleton?.has(text.trim())) return '';
  let rest = text;
  for (const p of findPlaceholders(text).reverse()) rest = rest.slice(0, p.index) + rest.slice(p.index + p.text.length);
  return rest.trim() ? text.trim() : '';
}

/**
 * The form filled from an entry already in the document (a skeleton from the agenda, or text the
 * clerk typed in Word), so that writing it again through the form keeps what the clerk wrote.
 */
export function draftFromEntry(entry: Paragraf, type: TemplateId, body: BodyName): EntryDraft {
  const skeleton = skeletonTexts(body);
  const section = (kind: string) => ownText(entry.sections.find((s) => s.kind === kind)?.text, skeleton.get(kind));
  return {
    ...emptyDraft(type),
    title: ownText(entry.title),
    caseNumbers: entry.caseNumbers.join(', '),
    sammanfattning: section('sammanfattning'),
    forslagTillBeslut: section('forslagTillBeslut'),
    beslut: section('beslut'),
    beslutsunderlag: section('beslutsunderlag'),
  };
}
