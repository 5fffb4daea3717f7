import type { DocumentSnapshot, SnapshotControl, SnapshotParagraph } from './snapshot.ts';
import type { EntryPosition } from './edit-plan.ts';
import { parseTag } from './tags.ts';
import { findSectionMentions, sameText } from './references.ts';

/** A § entry the add-in wrote (a control tagged `protokoll:entry:<id>`), as found in a snapshot. */
export interface DocumentEntry {
  entryId: string;
  control: SnapshotControl;
  /** The inline `protokoll:num:<id>` control holding "§ 225"; null when the clerk deleted it. */
  numberControl: SnapshotControl | null;
  /** The number as the document writes it now, or null when none can be read. */
  number: number | null;
  paragraphs: SnapshotParagraph[];
  /** Index into `snapshot.paragraphs` of the entry's first paragraph; -1 when it could not be placed. */
  firstParagraph: number;
  /** True for the second and later controls carrying the same id (an entry copied and pasted). */
  duplicate: boolean;
}

/** A reference the add-in wrote: a control tagged `protokoll:ref:<id>,…` reading "§ 225" or "§§ 223-224". */
export interface DocumentReference {
  control: SnapshotControl;
  ids: string[];
  /** The entry it is written in (by document order), or null before the first entry. */
  entryId: string | null;
}

export interface DocumentStructure {
  entries: DocumentEntry[];
  references: DocumentReference[];
  /** For each body paragraph, the index into `entries` of the region it lies in (an entry and what follows it up to the next), or -1 before the first. */
  regionOf: number[];
  /** For each region (index+1; 0 is before the first entry), the texts of our inline controls in it. */
  inlineTexts: string[][];
}

const lines = (text: string): SnapshotParagraph[] =>
  text.split(/\r\n|\r|\n/).map((t) => ({ text: t, style: '', styleBuiltIn: 'Other' }));

/** Where a run of paragraphs starts in the body, searching from `from`; -1 when it does not occur. */
function locate(body: readonly SnapshotParagraph[], run: readonly SnapshotParagraph[], from: number): number {
  if (run.length === 0) return -1;
  for (let j = from; j + run.length <= body.length; j++) {
    if (run.every((p, k) => sameText(body[j + k]!.text, p.text))) return j;
  }
  return -1;
}

function leadingNumber(text: string | undefined): number | null {
  const m = text === undefined ? undefined : findSectionMentions(text)[0];
  return m && m.start <= 1 ? (m.numbers[0] ?? null) : null;
}

/**
 * Reads the add-in's structure out of a snapshot: entries with their numbers, references with their
 * targets, and which body paragraphs belong to which entry. Controls that are not ours are ignored.
 * Word lists controls in document order, parents before the controls inside them, so an inline
 * control belongs to the region of the last entry listed before it.
 */
export function readStructure(snapshot: DocumentSnapshot): DocumentStructure {
  const entries: DocumentEntry[] = [];
  const references: DocumentReference[] = [];
  const inlineTexts: string[][] = [[]];
  const seen = new Set<string>();
  for (const control of snapshot.controls) {
    const tag = parseTag(control.tag);
    if (!tag) continue;
    const region = entries.length;
    if (tag.kind === 'entry') {
      entries.push({
        entryId: tag.id,
        control,
        numberControl: null,
        number: null,
        paragraphs: control.paragraphs ?? lines(control.text),
        firstParagraph: -1,
        duplicate: seen.has(tag.id),
      });
      seen.add(tag.id);
      inlineTexts.push([]);
    } else if (tag.kind === 'num') {
      // The number control sits in its entry's heading, so it follows its entry in the list.
      const owner = entries[region - 1];
      const target = owner?.entryId === tag.id && !owner.numberControl ? owner : entries.find((e) => e.entryId === tag.id && !e.numberControl);
      if (target) target.numberControl = control;
      inlineTexts[region]!.push(control.text);
    } else {
      references.push({ control, ids: tag.ids, entryId: entries[region - 1]?.entryId ?? null });
      inlineTexts[region]!.push(control.text);
    }
  }

  const extents = controlExtents(snapshot);
  let cursor = 0;
  for (const entry of entries) {
    // Where the reader says which control each paragraph lies in, the entry is its paragraphs;
    // otherwise it is found by its text, in document order.
    const extent = extents?.get(entry.control.id);
    const at = extents ? (extent ? extent[0] : -1) : locate(snapshot.paragraphs, entry.paragraphs, cursor);
    const length = extent ? extent[1] - extent[0] + 1 : entry.paragraphs.length;
    if (at >= 0) {
      entry.firstParagraph = at;
      cursor = at + length;
      // The body's paragraphs carry styles even when the gateway gave the entry's text only.
      entry.paragraphs = snapshot.paragraphs.slice(at, cursor);
    } else if (extents) entry.paragraphs = [];
    entry.number = leadingNumber(entry.numberControl?.text) ?? leadingNumber(entry.paragraphs.find((p) => p.text !== '')?.text);
  }

  const regionOf: number[] = [];
  let region = -1;
  for (let i = 0; i < snapshot.paragraphs.length; i++) {
    while (region + 1 < entries.length && entries[region + 1]!.firstParagraph >= 0 && entries[region + 1]!.firstParagraph <= i) region++;
    regionOf.push(region);
  }
  return { entries, references, regionOf, inlineTexts };
}

/**
 * For each control that paragraphs lie in (directly or in a control inside it), the first and last
 * of them; null when the snapshot does not say which control a paragraph lies in.
 */
function controlExtents(snapshot: DocumentSnapshot): Map<number, [number, number]> | null {
  if (snapshot.paragraphs.length === 0 || snapshot.paragraphs.some((p) => p.controlId === undefined)) return null;
  const parent = new Map(snapshot.controls.map((c) => [c.id, c.parentId ?? null]));
  const extents = new Map<number, [number, number]>();
  snapshot.paragraphs.forEach((p, i) => {
    const seen = new Set<number>();
    for (let id = p.controlId ?? null; id !== null && !seen.has(id); id = parent.get(id) ?? null) {
      seen.add(id);
      const e = extents.get(id);
      if (e) e[1] = i;
      else extents.set(id, [i, i]);
    }
  });
  return extents;
}

/** The entry a control lies in or is: for a new entry's default place after the one the clerk is in. */
export function entryAroundControl(structure: DocumentStructure, snapshot: DocumentSnapshot, controlId: number | null): DocumentEntry | null {
  if (controlId === null) return null;
  const direct = structure.entries.find((e) => e.control.id === controlId);
  if (direct) return direct;
  const byId = new Map(snapshot.controls.map((c) => [c.id, c]));
  if (byId.get(controlId)?.parentId !== undefined) {
    // The reader said which control each control lies in: walk out to an entry.
    const seen = new Set<number>();
    for (let id: number | null = controlId; id !== null && !seen.has(id); id = byId.get(id)?.parentId ?? null) {
      seen.add(id);
      const entry = structure.entries.find((e) => e.control.id === id);
      if (entry) return entry;
    }
    return null;
  }
  let current: DocumentEntry | null = null;
  for (const control of snapshot.controls) {
    const entry = structure.entries.find((e) => e.control === control);
    if (entry) current = entry;
    if (control.id === controlId) return current && current.control.text.includes(control.text) ? current : null;
  }
  return null;
}

/**
 * The first line of a signature or anslag block (the end of the protocol): "Vid protokollet",
 * "Justeras", "Underskrifter", "Ordförande", "Justerare", "Anslag/Bevis", "Protokollet är justerat".
 */
const SIGNATURE_START =
  /^(?:vid protokollet|justeras|justerat|underskrift(?:er)?|sekreterare|ordförande|justerare|justerande|justerandes?\s+sign\w*|ordförandes?\s+sign\w*|anslag(?:\s*\/\s*bevis)?|anslagsbevis|bevis(?:\s+om\s+anslag)?|protokollet\s+(?:är\s+)?justerat|intygande|utdragsbestyrkande|ort\s+och\s+datum)\b/i;
/** Lines of a signature block are short: a label, a name, a date, a line to sign on. */
const SIGNATURE_LINE_MAX = 90;

/** The outermost content control a paragraph lies in, or null. */
function topControlOf(snapshot: DocumentSnapshot, index: number): number | null {
  const parent = new Map(snapshot.controls.map((c) => [c.id, c.parentId ?? null]));
  let top: number | null = null;
  const seen = new Set<number>();
  for (let id = snapshot.paragraphs[index]?.controlId ?? null; id !== null && !seen.has(id); id = parent.get(id) ?? null) {
    seen.add(id);
    top = id;
  }
  return top;
}

/**
 * Where the protocol's content ends: the index of the first paragraph of what trails it (content
 * controls of the template that are not entries, blank paragraphs, and, after a § entry, a
 * signature or anslag block), or the number of paragraphs when nothing trails. Only paragraphs
 * after `from` (the last § entry's heading, -1 when there is none) are considered: without a §, a
 * signature block is the cover page's and the first entry goes after it.
 */
export function trailingBlockStart(snapshot: DocumentSnapshot, structure: DocumentStructure, from: number): number {
  const paragraphs = snapshot.paragraphs;
  const ours = new Set(structure.entries.map((e) => e.control.id));
  let tail = paragraphs.length;
  while (tail - 1 > from) {
    const top = topControlOf(snapshot, tail - 1);
    if (paragraphs[tail - 1]!.text.trim() === '' || (top !== null && !ours.has(top))) tail--;
    else break;
  }
  if (from < 0) return tail;
  for (let i = tail - 1; i > from; i--) {
    const text = paragraphs[i]!.text.trim();
    const top = topControlOf(snapshot, i);
    if (text.length > SIGNATURE_LINE_MAX || /^§\s*\d/.test(text) || (top !== null && ours.has(top))) break;
    if (SIGNATURE_START.test(text)) tail = i;
  }
  return tail;
}

/**
 * Where a new entry goes when it goes last: after the last § entry's range, never inside a content
 * control that ends the body and never after a signature or anslag block. After our last entry when
 * it is the last § of the document; otherwise (hand-written §§ after it, or no entries yet) before
 * what trails the content, or at the end of a body that ends in a plain paragraph.
 */
export function endPosition(snapshot: DocumentSnapshot, structure: DocumentStructure): EntryPosition {
  const entries = structure.entries.filter((e) => e.firstParagraph >= 0);
  const last = entries.at(-1);
  const lastEnd = last ? last.firstParagraph + last.paragraphs.length - 1 : -1;
  const handWritten = snapshot.paragraphs.findLastIndex((p, i) => i > lastEnd && /^§\s*\d/.test(p.text.trim()) && topControlOf(snapshot, i) === null);
  if (last && handWritten < 0) return { at: 'after', controlId: last.control.id };
  const from = Math.max(lastEnd, handWritten);
  const tail = trailingBlockStart(snapshot, structure, from);
  if (tail >= snapshot.paragraphs.length) return { at: 'end' };
  // Before the outermost control that trails the content, or before the block's first paragraph.
  const top = topControlOf(snapshot, tail);
  return top !== null ? { at: 'before', controlId: top } : { at: 'beforeParagraph', index: tail };
}
