import type { DocumentSnapshot } from '../../core/addin/snapshot.ts';
import { readStructure } from '../../core/addin/document-structure.ts';
import { BODY_NAME_ENDINGS } from '../../core/templates/body-names.ts';

/**
 * The name of the body that met (the organ, not the document's body text), from the cover page
 * (the paragraphs before the first entry): the first short line ending in a body word
 * ("Kulturnämndens arbetsutskott", a date after it allowed).
 */
export function meetingBodyFromCover(snapshot: DocumentSnapshot | null): string | null {
  if (!snapshot) return null;
  const first = readStructure(snapshot).entries[0]?.firstParagraph ?? -1;
  const cover = first >= 0 ? snapshot.paragraphs.slice(0, first) : snapshot.paragraphs.slice(0, 40);
  for (const p of cover) {
    const text = p.text.replace(/\s+\d{4}-\d{2}-\d{2}.*$/, '').trim();
    if (text.length > 80) continue;
    const lower = text.toLowerCase();
    if (BODY_NAME_ENDINGS.some((e) => lower.endsWith(e.ending))) return text;
  }
  return null;
}
