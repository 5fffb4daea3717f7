import type { Paragraf } from '../model/protocol.ts';
import { entryContentOoxml, entryOoxml } from '../ooxml/entry.ts';
import { insertablePackage } from '../ooxml/insertable.ts';
import { resolveEntryStyles, type EntryStyleNames } from '../ooxml/styles.ts';
import type { DocumentSnapshot } from './snapshot.ts';
import type { EditOperation, EditPlan, EntryPosition } from './edit-plan.ts';
import { entryAroundControl, readStructure, type DocumentEntry, type DocumentStructure } from './document-structure.ts';
import { findUntaggedReferences, type UntaggedReference } from './untagged-references.ts';
import { formatNumber, formatReference, sameText } from './references.ts';
import { referenceTag } from './tags.ts';
import { plural } from '../text/plural.ts';

/** Something a plan could not put right by itself; the task pane lists these for the clerk. */
export type RenumberProblem =
  | { kind: 'untaggedReference'; reference: UntaggedReference; message: string }
  | { kind: 'brokenReference'; controlId: number; missingIds: string[]; message: string }
  | { kind: 'missingNumber'; entryId: string; controlId: number; message: string }
  | { kind: 'duplicateEntry'; entryId: string; controlId: number; message: string };

export interface NumberChange {
  entryId: string;
  from: number | null;
  to: number;
}

export type PlanResult =
  | { ok: true; plan: EditPlan; numbers: NumberChange[]; problems: RenumberProblem[] }
  | { ok: false; message: string };

/** An entry in the order the document will have once the plan is applied. */
interface Slot {
  entryId: string;
  existing: DocumentEntry | null;
}

/** The number the first entry carries: numbering continues from the previous meeting, so it is read, not assumed. */
function firstNumber(structure: DocumentStructure, fallback: number): number {
  return structure.entries.find((e) => !e.duplicate && e.number !== null)?.number ?? fallback;
}

/**
 * The operations that make numbers follow document order and every tagged reference follow its
 * entries, for the order `slots` (the document's entries, with any planned insertion or deletion).
 */
function renumberOperations(
  structure: DocumentStructure,
  slots: readonly Slot[],
  start: number,
): { operations: EditOperation[]; numbers: NumberChange[]; problems: RenumberProblem[]; references: number } {
  const operations: EditOperation[] = [];
  const problems: RenumberProblem[] = [];
  const numbers: NumberChange[] = [];
  const numberOf = new Map<string, number>();
  slots.forEach((slot, i) => {
    const to = start + i;
    if (!numberOf.has(slot.entryId)) numberOf.set(slot.entryId, to);
    const entry = slot.existing;
    if (!entry) return;
    if (entry.number !== to) numbers.push({ entryId: slot.entryId, from: entry.number, to });
    const control = entry.numberControl;
    if (control) {
      if (!sameText(control.text, formatNumber(to))) operations.push({ op: 'setControlText', controlId: control.id, from: control.text, to: formatNumber(to) });
    } else {
      problems.push({
        kind: 'missingNumber',
        entryId: entry.entryId,
        controlId: entry.control.id,
        message: `Paragrafnumret i ”${entry.paragraphs[0]?.text.trim() ?? ''}” är inte längre kopplat till tillägget: skriv § ${to} för hand`,
      });
    }
    if (entry.duplicate) {
      problems.push({
        kind: 'duplicateEntry',
        entryId: entry.entryId,
        controlId: entry.control.id,
        message: `§ ${to} är en kopia av en annan paragraf: hänvisningar till den pekar på originalet`,
      });
    }
  });

  let references = 0;
  for (const ref of structure.references) {
    const live = ref.ids.filter((id) => numberOf.has(id));
    const missing = ref.ids.filter((id) => !numberOf.has(id));
    if (missing.length > 0) {
      problems.push({
        kind: 'brokenReference',
        controlId: ref.control.id,
        missingIds: missing,
        message:
          live.length > 0
            ? `Hänvisningen ”${ref.control.text}” pekade också på en paragraf som inte finns längre`
            : `Hänvisningen ”${ref.control.text}” pekar på en paragraf som inte finns längre: ändra eller ta bort den`,
      });
    }
    if (live.length === 0) continue;
    const text = formatReference(live.map((id) => numberOf.get(id)!));
    if (missing.length > 0) operations.push({ op: 'setControlTag', controlId: ref.control.id, from: ref.control.tag, to: referenceTag(live) });
    if (!sameText(ref.control.text, text)) {
      operations.push({ op: 'setControlText', controlId: ref.control.id, from: ref.control.text, to: text });
      references++;
    }
  }
  return { operations, numbers, problems, references };
}

function untaggedProblems(snapshot: DocumentSnapshot, structure: DocumentStructure): RenumberProblem[] {
  return findUntaggedReferences(snapshot, structure).map((reference) => ({
    kind: 'untaggedReference',
    reference,
    message: `”${reference.text}” är inskrivet för hand och ändras inte när paragrafer numreras om: kontrollera det (${reference.context})`,
  }));
}

function summary(lead: string, renumbered: number, references: number): string {
  const parts = [lead];
  if (renumbered > 0) parts.push(`${plural(renumbered, 'paragraf', 'paragrafer')} numrerades om`);
  if (references > 0) parts.push(`${plural(references, 'hänvisning', 'hänvisningar')} uppdaterades`);
  return parts.join(', ');
}

export interface RenumberOptions {
  /** The first number when no entry has a readable one yet. */
  firstNumber?: number;
}

/** Numbers from document order, references after their entries; hand-written § mentions reported. */
export function planRenumber(snapshot: DocumentSnapshot, options: RenumberOptions = {}): PlanResult {
  const structure = readStructure(snapshot);
  const slots = structure.entries.map((e) => ({ entryId: e.entryId, existing: e }));
  const r = renumberOperations(structure, slots, firstNumber(structure, options.firstNumber ?? 1));
  const lead = r.operations.length === 0 ? 'Numreringen stämmer' : 'Numreringen har rättats';
  return {
    ok: true,
    plan: { summary: summary(lead, r.numbers.length, r.references), operations: r.operations },
    numbers: r.numbers,
    problems: [...r.problems, ...untaggedProblems(snapshot, structure)],
  };
}

/** Where a new entry goes when the clerk has not said: after the entry the cursor is in, else last. */
export function defaultEntryPosition(snapshot: DocumentSnapshot): EntryPosition {
  const entry = entryAroundControl(readStructure(snapshot), snapshot, snapshot.selectedControlId);
  return entry ? { at: 'after', controlId: entry.control.id } : { at: 'end' };
}

function slotIndex(structure: DocumentStructure, position: EntryPosition): number | null {
  if (position.at === 'end') return structure.entries.length;
  const i = structure.entries.findIndex((e) => e.control.id === position.controlId);
  if (i < 0) return null;
  return position.at === 'before' ? i : i + 1;
}

export interface InsertEntryRequest {
  /** The filled entry (from `fillTemplate`); its number is set from where it lands. */
  paragraph: Paragraf;
  entryId: string;
  position?: EntryPosition;
  /** The organisation's style names; the document's own styles are used when it has them. */
  styleNames?: EntryStyleNames;
  firstNumber?: number;
}

/**
 * Inserting one entry: the entry's OOXML and, in the same plan, the new numbers of every entry
 * after it and the new text of every reference. The entry's number comes from its place.
 */
export function planInsertEntry(snapshot: DocumentSnapshot, request: InsertEntryRequest): PlanResult & { number?: number } {
  return planInsertEntries(snapshot, [request]);
}

/** Several entries inserted together at one place, in the given order (an agenda's skeleton). */
export function planInsertEntries(
  snapshot: DocumentSnapshot,
  requests: readonly InsertEntryRequest[],
): PlanResult & { number?: number } {
  const structure = readStructure(snapshot);
  const first = requests[0];
  if (!first) return { ok: false, message: 'Inget att infoga' };
  const ids = new Set(structure.entries.map((e) => e.entryId));
  for (const r of requests) {
    if (ids.has(r.entryId)) return { ok: false, message: `Id ${r.entryId} finns redan i dokumentet` };
    ids.add(r.entryId);
  }
  const position = first.position ?? defaultEntryPosition(snapshot);
  const at = slotIndex(structure, position);
  if (at === null) return { ok: false, message: 'Paragrafen som den nya skulle placeras vid finns inte längre i dokumentet: läs in dokumentet igen' };
  const slots: Slot[] = structure.entries.map((e) => ({ entryId: e.entryId, existing: e }));
  slots.splice(at, 0, ...requests.map((r) => ({ entryId: r.entryId, existing: null })));
  const start = firstNumber(structure, first.firstNumber ?? first.paragraph.number);
  // Inserted before the first entry, the new one takes the number the document started with.
  const r = renumberOperations(structure, slots, start);
  const { styles, houseStyles } = resolveEntryStyles(snapshot.paragraphs, first.styleNames);
  const body = requests.map((req, k) => entryOoxml({ ...req.paragraph, number: start + at + k }, req.entryId, styles)).join('');
  const insert: EditOperation = { op: 'insertEntry', entryId: first.entryId, ooxml: insertablePackage(body, houseStyles), position };
  const lead = requests.length === 1 ? `${formatNumber(start + at)} infogad` : `${formatReference(requests.map((_, i) => start + at + i))} infogade`;
  return {
    ok: true,
    plan: { summary: summary(lead, r.numbers.length, r.references), operations: [insert, ...r.operations] },
    numbers: r.numbers,
    problems: r.problems,
    number: start + at,
  };
}

/** Deleting the entry the clerk chose, renumbering what follows and its references in the same plan. */
export function planDeleteEntry(snapshot: DocumentSnapshot, entryId: string): PlanResult {
  const structure = readStructure(snapshot);
  const entry = structure.entries.find((e) => e.entryId === entryId && !e.duplicate);
  if (!entry) return { ok: false, message: 'Paragrafen finns inte längre i dokumentet: läs in dokumentet igen' };
  const slots = structure.entries.filter((e) => e !== entry).map((e) => ({ entryId: e.entryId, existing: e }));
  const start = firstNumber(structure, 1);
  const r = renumberOperations(structure, slots, start);
  const lead = `${entry.number === null ? 'Paragrafen' : formatNumber(entry.number)} borttagen`;
  return {
    ok: true,
    plan: {
      summary: summary(lead, r.numbers.length, r.references),
      operations: [{ op: 'deleteEntry', controlId: entry.control.id, entryId }, ...r.operations],
    },
    numbers: r.numbers,
    problems: r.problems,
  };
}

/**
 * Rewriting an entry the clerk filled in with the form (a skeleton from the agenda, or an entry
 * being corrected). It keeps its control, id and place; its number is the one its place gives.
 */
export function planReplaceEntry(
  snapshot: DocumentSnapshot,
  request: { entryId: string; paragraph: Paragraf; styleNames?: EntryStyleNames; firstNumber?: number },
): PlanResult & { number?: number } {
  const structure = readStructure(snapshot);
  const at = structure.entries.findIndex((e) => e.entryId === request.entryId && !e.duplicate);
  const entry = structure.entries[at];
  if (!entry) return { ok: false, message: 'Paragrafen finns inte längre i dokumentet: läs in dokumentet igen' };
  // Its number control is rewritten with the rest of it, so renumbering leaves it alone.
  const slots = structure.entries.map((e) => ({ entryId: e.entryId, existing: e === entry ? null : e }));
  const start = firstNumber(structure, request.firstNumber ?? request.paragraph.number);
  const r = renumberOperations(structure, slots, start);
  const number = start + at;
  const { styles, houseStyles } = resolveEntryStyles(snapshot.paragraphs, request.styleNames);
  const content = entryContentOoxml({ ...request.paragraph, number }, entry.entryId, styles);
  return {
    ok: true,
    plan: {
      summary: summary(`${formatNumber(number)} uppdaterad`, r.numbers.length, r.references),
      operations: [{ op: 'replaceEntry', controlId: entry.control.id, entryId: entry.entryId, from: entry.control.text, ooxml: insertablePackage(content, houseStyles) }, ...r.operations],
    },
    numbers: r.numbers,
    problems: r.problems,
    number,
  };
}

/** A new reference at the cursor to the given entries, with the text their numbers give today. */
export function planInsertReference(snapshot: DocumentSnapshot, entryIds: readonly string[]): PlanResult {
  const structure = readStructure(snapshot);
  const numbers: number[] = [];
  for (const id of entryIds) {
    const n = structure.entries.find((e) => e.entryId === id && !e.duplicate)?.number;
    if (n === undefined || n === null) return { ok: false, message: 'Paragrafen det hänvisas till saknar nummer: numrera om först' };
    numbers.push(n);
  }
  if (numbers.length === 0) return { ok: false, message: 'Välj minst en paragraf att hänvisa till' };
  const text = formatReference(numbers);
  return {
    ok: true,
    plan: { summary: `Hänvisning till ${text} infogad`, operations: [{ op: 'insertReference', tag: referenceTag(entryIds), text, at: 'selection' }] },
    numbers: [],
    problems: [],
  };
}

