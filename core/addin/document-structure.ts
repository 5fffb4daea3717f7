import type { DocumentSnapshot, SnapshotControl, SnapshotParagraph } from './snapshot.ts';
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

  let cursor = 0;
  for (const entry of entries) {
    const at = locate(snapshot.paragraphs, entry.paragraphs, cursor);
    if (at >= 0) {
      entry.firstParagraph = at;
      cursor = at + entry.paragraphs.length;
      // The body's paragraphs carry styles even when the gateway gave the entry's text only.
      entry.paragraphs = snapshot.paragraphs.slice(at, cursor);
    }
    entry.number = leadingNumber(entry.numberControl?.text) ?? leadingNumber(entry.paragraphs[0]?.text);
  }

  const regionOf: number[] = [];
  let region = -1;
  for (let i = 0; i < snapshot.paragraphs.length; i++) {
    while (region + 1 < entries.length && entries[region + 1]!.firstParagraph >= 0 && entries[region + 1]!.firstParagraph <= i) region++;
    regionOf.push(region);
  }
  return { entries, references, regionOf, inlineTexts };
}

/** The entry a control lies in or is: for a new entry's default place after the one the clerk is in. */
export function entryAroundControl(structure: DocumentStructure, snapshot: DocumentSnapshot, controlId: number | null): DocumentEntry | null {
  if (controlId === null) return null;
  const direct = structure.entries.find((e) => e.control.id === controlId);
  if (direct) return direct;
  let current: DocumentEntry | null = null;
  for (const control of snapshot.controls) {
    const entry = structure.entries.find((e) => e.control === control);
    if (entry) current = entry;
    if (control.id === controlId) return current && current.control.text.includes(control.text) ? current : null;
  }
  return null;
}
