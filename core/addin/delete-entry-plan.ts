import type { DocumentSnapshot } from './snapshot.ts';
import { entryAroundControl, readStructure, type DocumentStructure } from './document-structure.ts';
import { planDeleteEntry, type PlanResult } from './renumber.ts';
import { findUntaggedReferences } from './untagged-references.ts';
import { formatNumber } from './references.ts';
import { plural } from '../text/plural.ts';

/** A reference the deletion does not put right, and the § it is written in, for the clerk to find it. */
export interface ReferenceLeft {
  text: string;
  /** "§ 230", or "före första paragrafen". */
  where: string;
}

/** What deleting an entry will do, said before the clerk confirms. */
export interface DeletionPreview {
  entryId: string;
  number: number | null;
  heading: string;
  /** Entries after it that get a new number. */
  renumbered: number;
  /** References written with the add-in whose text changes. */
  referencesUpdated: number;
  /**
   * References written with the add-in that point at the deleted § (alone or among others). The
   * text stays as the clerk wrote it: what the sentence should say instead is the clerk's call, and
   * Granska reports them until they are changed.
   */
  pointingAtDeleted: ReferenceLeft[];
  /** § mentions typed by hand that name the deleted § or a later one: renumbering cannot change them. */
  typedByHand: ReferenceLeft[];
}

export type DeletionResult = Extract<PlanResult, { ok: false }> | (Extract<PlanResult, { ok: true }> & { preview: DeletionPreview });

function whereIn(structure: DocumentStructure, entryId: string | null): string {
  const n = structure.entries.find((e) => e.entryId === entryId)?.number;
  return n === undefined || n === null ? 'före första paragrafen' : `i ${formatNumber(n)}`;
}

/** The entry the cursor is in, as the one "Ta bort paragraf" offers first; null when the cursor is in none. */
export function entryAtCursor(snapshot: DocumentSnapshot): string | null {
  const entry = entryAroundControl(readStructure(snapshot), snapshot, snapshot.selectedControlId);
  return entry && !entry.duplicate ? entry.entryId : null;
}

/**
 * "Ta bort paragraf": the plan (`planDeleteEntry`: the entry deleted, the entries after it
 * renumbered and every reference to them rewritten, in one plan that is exact or nothing) and what
 * it will do, so that the pane can say it before the clerk confirms.
 */
export function planEntryDeletion(snapshot: DocumentSnapshot, entryId: string): DeletionResult {
  const planned = planDeleteEntry(snapshot, entryId);
  if (!planned.ok) return planned;
  const structure = readStructure(snapshot);
  const entry = structure.entries.find((e) => e.entryId === entryId && !e.duplicate)!;
  const within = (index: number) => index >= entry.firstParagraph && index < entry.firstParagraph + entry.paragraphs.length;
  const rewritten = new Set(planned.plan.operations.flatMap((o) => (o.op === 'setControlText' ? [o.controlId] : [])));
  const references = structure.references.filter((ref) => ref.control.parentId !== entry.control.id);
  return {
    ...planned,
    preview: {
      entryId,
      number: entry.number,
      heading: entry.paragraphs.find((p) => p.text.trim() !== '')?.text.trim() ?? '',
      renumbered: planned.numbers.length,
      referencesUpdated: references.filter((ref) => rewritten.has(ref.control.id)).length,
      pointingAtDeleted: references.filter((ref) => ref.ids.includes(entryId)).map((ref) => ({ text: ref.control.text, where: whereIn(structure, ref.entryId) })),
      typedByHand:
        entry.number === null
          ? []
          : findUntaggedReferences(snapshot, structure)
              .filter((m) => !(entry.firstParagraph >= 0 && within(m.paragraphIndex)) && m.numbers.some((n) => n >= entry.number!))
              .map((m) => ({ text: m.text, where: whereIn(structure, m.entryId) })),
    },
  };
}

/** The confirmation's one line: "§ 226 tas bort, 8 paragrafer numreras om, 3 hänvisningar uppdateras, 1 hänvisning pekar på den borttagna paragrafen". */
export function deletionSentence(p: DeletionPreview): string {
  const parts = [`${p.number === null ? 'Paragrafen' : formatNumber(p.number)} tas bort`];
  if (p.renumbered > 0) parts.push(`${plural(p.renumbered, 'paragraf', 'paragrafer')} numreras om`);
  if (p.referencesUpdated > 0) parts.push(`${plural(p.referencesUpdated, 'hänvisning', 'hänvisningar')} uppdateras`);
  if (p.pointingAtDeleted.length > 0) parts.push(`${plural(p.pointingAtDeleted.length, 'hänvisning', 'hänvisningar')} pekar på den borttagna paragrafen`);
  return parts.join(', ');
}
