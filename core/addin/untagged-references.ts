import type { DocumentSnapshot } from './snapshot.ts';
import type { DocumentStructure } from './document-structure.ts';
import { findSectionMentions, sameText } from './references.ts';

/** A `§ NNN` written by hand (not through the add-in): found and reported, never rewritten. */
export interface UntaggedReference {
  /** Index into `snapshot.paragraphs`. */
  paragraphIndex: number;
  text: string;
  /** Where the mention starts in the paragraph's text. */
  start: number;
  numbers: number[];
  /** The entry whose region the paragraph lies in, or null before the first entry. */
  entryId: string | null;
  /** The paragraph around the mention, shortened, so the clerk recognises the place. */
  context: string;
}

function around(text: string, start: number, end: number): string {
  const from = Math.max(0, start - 40);
  const to = Math.min(text.length, end + 40);
  return `${from > 0 ? '…' : ''}${text.slice(from, to).trim()}${to < text.length ? '…' : ''}`;
}

/**
 * Every § mention in the body that is not the text of one of our number or reference controls.
 * Our controls' texts are taken off per region (an entry and what follows it), so a hand-typed
 * "se § 225" next to a tagged "§ 225" is still found.
 */
export function findUntaggedReferences(snapshot: DocumentSnapshot, structure: DocumentStructure): UntaggedReference[] {
  const pending = structure.inlineTexts.map((texts) => [...texts]);
  const found: UntaggedReference[] = [];
  const headings = new Set(structure.entries.map((e) => e.firstParagraph));
  snapshot.paragraphs.forEach((paragraph, i) => {
    const region = structure.regionOf[i] ?? -1;
    const bag = pending[region + 1] ?? [];
    for (const m of findSectionMentions(paragraph.text)) {
      // An entry's own "§ 225" heading is its number, not a reference (a lost number control is reported on its own).
      if (headings.has(i) && m.start <= 1 && !bag.some((t) => sameText(t, m.text))) continue;
      const k = bag.findIndex((t) => sameText(t, m.text));
      if (k >= 0) {
        bag.splice(k, 1);
        continue;
      }
      found.push({
        paragraphIndex: i,
        text: m.text,
        start: m.start,
        numbers: m.numbers,
        entryId: structure.entries[region]?.entryId ?? null,
        context: around(paragraph.text, m.start, m.end),
      });
    }
  });
  return found;
}
