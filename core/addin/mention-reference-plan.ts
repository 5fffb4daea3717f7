import type { DocumentSnapshot } from './snapshot.ts';
import { WrapReference } from './edit-plan.ts';
import { readStructure } from './document-structure.ts';
import { quote } from './plan-check.ts';
import { formatNumber } from './references.ts';
import { referenceTag } from './tags.ts';
import { findUntaggedReferences, type UntaggedReference } from './untagged-references.ts';
import type { PlanResult } from './renumber.ts';

/** How many times `text` occurs before `start`, as a search from the paragraph's start finds it (each match after the last). */
function occurrenceAt(paragraph: string, text: string, start: number): number | null {
  let k = 0;
  for (let at = paragraph.indexOf(text); at >= 0; at = paragraph.indexOf(text, at + text.length), k++) {
    if (at === start) return k;
    if (at > start) return null;
  }
  return null;
}

/** The entries a mention's numbers name, in document order; or the first number no entry has. */
function targets(snapshot: DocumentSnapshot, numbers: readonly number[]): { ok: true; ids: string[] } | { ok: false; missing: number } {
  const entries = readStructure(snapshot).entries.filter((e) => !e.duplicate);
  const ids: string[] = [];
  for (const n of numbers) {
    const entry = entries.find((e) => e.number === n);
    if (!entry) return { ok: false, missing: n };
    ids.push(entry.entryId);
  }
  return { ok: true, ids };
}

/** Whether "Gör om till hänvisning" can be offered for a mention: every number it names is a § of this protocol. */
export function convertible(snapshot: DocumentSnapshot, mention: UntaggedReference): boolean {
  return targets(snapshot, mention.numbers).ok && WrapReference.shape.text.safeParse(mention.text).success;
}

/**
 * "Gör om till hänvisning": a § mention typed by hand (`se § 225`, reported by
 * `findUntaggedReferences`) becomes a reference control tagged with the entries it names, so that
 * renumbering keeps it right. The text stays exactly as the clerk typed it; the plan expects the
 * paragraph (and the entry around it) to read exactly as when the mention was found.
 */
export function planMentionToReference(snapshot: DocumentSnapshot, mention: Pick<UntaggedReference, 'paragraphIndex' | 'text' | 'start'>): PlanResult {
  const paragraph = snapshot.paragraphs[mention.paragraphIndex];
  const found = paragraph ? findUntaggedReferences(snapshot, readStructure(snapshot)).find((m) => m.paragraphIndex === mention.paragraphIndex && m.start === mention.start && m.text === mention.text) : undefined;
  if (!paragraph || !found) return { ok: false, message: `Inget ändrades: ${quote(mention.text)} står inte längre där det stod. Läs in dokumentet igen och försök på nytt.`, reload: true };
  if (!WrapReference.shape.text.safeParse(found.text).success) {
    return { ok: false, message: `Inget ändrades: ${quote(found.text)} har ett tecken som inte kan sökas fram i Word (till exempel ett hårt mellanslag). Skriv om hänvisningen med Infoga hänvisning.` };
  }
  const to = targets(snapshot, found.numbers);
  if (!to.ok) return { ok: false, message: `Inget ändrades: ${formatNumber(to.missing)} finns inte i det här protokollet, så ${quote(found.text)} kan inte bli en hänvisning som följer numreringen.` };
  const occurrence = occurrenceAt(paragraph.text, found.text, found.start);
  if (occurrence === null) return { ok: false, message: `Inget ändrades: ${quote(found.text)} kan inte skiljas från texten runt den. Skriv om hänvisningen med Infoga hänvisning.` };
  const entry = paragraph.controlId === null || paragraph.controlId === undefined ? undefined : snapshot.controls.find((c) => c.id === paragraph.controlId);
  return {
    ok: true,
    plan: {
      summary: `${quote(found.text)} är nu en hänvisning som följer numreringen`,
      operations: [{ op: 'wrapReference', paragraphIndex: mention.paragraphIndex, text: found.text, occurrence, tag: referenceTag(to.ids) }],
      // The control the paragraph lies in is written to: it must read as before and be editable.
      controls: entry ? [{ controlId: entry.id, tag: entry.tag, text: entry.text, use: 'write', what: `paragrafen där ${quote(found.text)} står` }] : [],
      paragraphs: [{ index: mention.paragraphIndex, text: paragraph.text, what: `stycket med ${quote(found.text)}` }],
    },
    numbers: [],
    problems: [],
  };
}
