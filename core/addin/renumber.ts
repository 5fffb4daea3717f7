import type { Paragraf, Section } from '../model/protocol.ts';
import { entryContentOoxml, entryOoxml } from '../ooxml/entry.ts';
import { insertablePackage } from '../ooxml/insertable.ts';
import { resolveEntryStyles, type EntryStyleNames, type EntryStyles } from '../ooxml/styles.ts';
import { findPlaceholders } from '../templates/placeholders.ts';
import type { DocumentSnapshot, SnapshotControl } from './snapshot.ts';
import type { ControlExpectation, ControlUse, EditOperation, EditPlan, EntryPosition, ParagraphExpectation } from './edit-plan.ts';
import { endPosition, entryAroundControl, readStructure, type DocumentEntry, type DocumentStructure } from './document-structure.ts';
import { entryLayout, type SectionLayout } from './entry-paragraph.ts';
import { describeChange, quote } from './plan-check.ts';
import { findUntaggedReferences, type UntaggedReference } from './untagged-references.ts';
import { formatNumber, formatReference, sameText } from './references.ts';
import { parseTag, referenceTag } from './tags.ts';
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
  /** `reload`: the plan was made from what the pane read earlier, and reading the document again helps. */
  | { ok: false; message: string; reload?: boolean };

/** How a control is named to the clerk in a message. */
function controlLabel(structure: DocumentStructure, control: SnapshotControl): string {
  const tag = parseTag(control.tag);
  if (tag?.kind === 'entry') {
    const entry = structure.entries.find((e) => e.control === control);
    const heading = entry?.paragraphs.find((p) => p.text.trim() !== '')?.text.trim();
    return heading ? `paragrafen ${quote(heading)}` : 'paragrafen';
  }
  if (tag?.kind === 'num') {
    const entry = structure.entries.find((e) => e.numberControl === control);
    const title = entry?.paragraphs.find((p) => p.text.trim() !== '')?.text.trim();
    return title ? `paragrafnumret i ${quote(title)}` : `paragrafnumret ${quote(control.text)}`;
  }
  if (tag?.kind === 'ref') return `hänvisningen ${quote(control.text)}`;
  return control.title ? `innehållskontrollen ${quote(control.title)}` : 'innehållskontrollen';
}

/** The expectations of a plan: each control once, with the strongest use any operation makes of it. */
class Expectations {
  private readonly byId = new Map<number, ControlExpectation>();
  readonly paragraphs: ParagraphExpectation[] = [];
  private readonly structure: DocumentStructure;
  constructor(structure: DocumentStructure) {
    this.structure = structure;
  }
  control(control: SnapshotControl, use: ControlUse): void {
    const rank = { anchor: 0, write: 1, delete: 2 } as const;
    const had = this.byId.get(control.id);
    if (had && rank[had.use] >= rank[use]) return;
    this.byId.set(control.id, { controlId: control.id, tag: control.tag, text: control.text, use, what: controlLabel(this.structure, control) });
  }
  paragraph(index: number, text: string, what: string): void {
    this.paragraphs.push({ index, text, what });
  }
  get controls(): ControlExpectation[] {
    return [...this.byId.values()];
  }
}

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
  expect: Expectations = new Expectations(structure),
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
      if (!sameText(control.text, formatNumber(to))) {
        operations.push({ op: 'setControlText', controlId: control.id, from: control.text, to: formatNumber(to) });
        expect.control(control, 'write');
      }
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
    if (missing.length > 0) {
      operations.push({ op: 'setControlTag', controlId: ref.control.id, from: ref.control.tag, to: referenceTag(live) });
      expect.control(ref.control, 'write');
    }
    if (!sameText(ref.control.text, text)) {
      operations.push({ op: 'setControlText', controlId: ref.control.id, from: ref.control.text, to: text });
      expect.control(ref.control, 'write');
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
  const expect = new Expectations(structure);
  const r = renumberOperations(structure, slots, firstNumber(structure, options.firstNumber ?? 1), expect);
  const lead = r.operations.length === 0 ? 'Numreringen stämmer' : 'Numreringen har rättats';
  return {
    ok: true,
    plan: { summary: summary(lead, r.numbers.length, r.references), operations: r.operations, controls: expect.controls, paragraphs: expect.paragraphs },
    numbers: r.numbers,
    problems: [...r.problems, ...untaggedProblems(snapshot, structure)],
  };
}

/**
 * Where a new entry goes when it goes last: after the last § entry's range, never inside a content
 * control that ends the body, never after a signature or anslag block (see `endPosition`).
 */
export function lastEntryPosition(snapshot: DocumentSnapshot): EntryPosition {
  return endPosition(snapshot, readStructure(snapshot));
}

/** Where a new entry goes when the clerk has not said: after the entry the cursor is in, else last. */
export function defaultEntryPosition(snapshot: DocumentSnapshot): EntryPosition {
  const structure = readStructure(snapshot);
  const entry = entryAroundControl(structure, snapshot, snapshot.selectedControlId);
  return entry && !entry.duplicate ? { at: 'after', controlId: entry.control.id } : endPosition(snapshot, structure);
}

/**
 * The slot among the entries a position gives, in document order. "At the end" of the plan's
 * caller becomes a concrete place here (`endPosition`), so nothing is ever inserted into a control
 * that ends the body.
 */
function slotIndex(snapshot: DocumentSnapshot, structure: DocumentStructure, position: EntryPosition): number | null {
  if (position.at === 'end') return structure.entries.length;
  if (position.at === 'beforeParagraph') {
    if (position.index > snapshot.paragraphs.length) return null;
    return structure.entries.filter((e) => e.firstParagraph >= 0 && e.firstParagraph < position.index).length;
  }
  const i = structure.entries.findIndex((e) => e.control.id === position.controlId);
  if (i >= 0) return position.at === 'before' ? i : i + 1;
  // Another control (the organisation's template): the entries before it in document order.
  const at = snapshot.controls.findIndex((c) => c.id === position.controlId);
  if (at < 0) return null;
  const before = new Set(snapshot.controls.slice(0, position.at === 'before' ? at : at + 1).map((c) => c.id));
  return structure.entries.filter((e) => before.has(e.control.id)).length;
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
  const requested = first.position ?? defaultEntryPosition(snapshot);
  // "At the end" is never the body's end when that lies inside a control or after a signature block.
  const position = requested.at === 'end' ? endPosition(snapshot, structure) : requested;
  const at = slotIndex(snapshot, structure, position);
  if (at === null) return { ok: false, message: 'Paragrafen som den nya skulle placeras vid finns inte längre i dokumentet', reload: true };
  const expect = new Expectations(structure);
  if (position.at === 'before' || position.at === 'after') {
    const anchor = snapshot.controls.find((c) => c.id === position.controlId);
    if (anchor) expect.control(anchor, 'anchor');
  } else if (position.at === 'beforeParagraph') {
    const text = snapshot.paragraphs[position.index]?.text ?? '';
    expect.paragraph(position.index, text, `stycket ${quote(text)}, som den nya paragrafen skulle stå före,`);
  }
  const slots: Slot[] = structure.entries.map((e) => ({ entryId: e.entryId, existing: e }));
  slots.splice(at, 0, ...requests.map((r) => ({ entryId: r.entryId, existing: null })));
  const start = firstNumber(structure, first.firstNumber ?? first.paragraph.number);
  // Inserted before the first entry, the new one takes the number the document started with.
  const r = renumberOperations(structure, slots, start, expect);
  const { styles, houseStyles } = resolveEntryStyles(snapshot.paragraphs, first.styleNames);
  const body = requests.map((req, k) => entryOoxml({ ...req.paragraph, number: start + at + k }, req.entryId, styles)).join('');
  const insert: EditOperation = { op: 'insertEntry', entryId: first.entryId, entryIds: requests.map((q) => q.entryId), ooxml: insertablePackage(body, houseStyles), position };
  const lead = requests.length === 1 ? `${formatNumber(start + at)} infogad` : `${formatReference(requests.map((_, i) => start + at + i))} infogade`;
  return {
    ok: true,
    plan: { summary: summary(lead, r.numbers.length, r.references), operations: [insert, ...r.operations], controls: expect.controls, paragraphs: expect.paragraphs },
    numbers: r.numbers,
    problems: r.problems,
    number: start + at,
  };
}

/** Deleting the entry the clerk chose, renumbering what follows and its references in the same plan. */
export function planDeleteEntry(snapshot: DocumentSnapshot, entryId: string): PlanResult {
  const structure = readStructure(snapshot);
  const entry = structure.entries.find((e) => e.entryId === entryId && !e.duplicate);
  if (!entry) return { ok: false, message: 'Paragrafen finns inte längre i dokumentet', reload: true };
  const slots = structure.entries.filter((e) => e !== entry).map((e) => ({ entryId: e.entryId, existing: e }));
  const start = firstNumber(structure, 1);
  const expect = new Expectations(structure);
  expect.control(entry.control, 'delete');
  // References written inside the deleted entry go with it: nothing to renumber there.
  const outside = { ...structure, references: structure.references.filter((ref) => ref.control.parentId !== entry.control.id) };
  const r = renumberOperations(outside, slots, start, expect);
  const lead = `${entry.number === null ? 'Paragrafen' : formatNumber(entry.number)} borttagen`;
  return {
    ok: true,
    plan: {
      summary: summary(lead, r.numbers.length, r.references),
      operations: [{ op: 'deleteEntry', controlId: entry.control.id, entryId }, ...r.operations],
      controls: expect.controls,
      paragraphs: expect.paragraphs,
    },
    numbers: r.numbers,
    problems: r.problems,
  };
}

/** A part of an entry the form writes: its title, its case numbers, or a section (an `other` one by its heading). */
export type EntryPart = 'title' | 'caseNumbers' | Section['kind'] | `other:${string}`;

/** The part a section is, so that the form's sections meet the document's. */
export function sectionPart(section: { kind: Section['kind']; heading: string }): EntryPart {
  return section.kind === 'other' ? `other:${section.heading.trim().toLowerCase()}` : section.kind;
}

export interface ReplaceEntryRequest {
  entryId: string;
  /** The entry as the form builds it; its number is set from its place. */
  paragraph: Paragraf;
  /** The organisation's style names; the document's own styles are used when it has them. */
  styleNames?: EntryStyleNames;
  firstNumber?: number;
  /**
   * The entry's text (`entryText` of its paragraphs) when the form was filled from it. When the
   * document reads otherwise now, the clerk or a co-author changed it in Word: nothing is written.
   */
  expectedText?: string;
  /**
   * The parts the clerk edited in the form. The others keep the document's text and formatting even
   * where the form would write them differently. Absent: every part that differs is written.
   */
  edited?: readonly EntryPart[];
}

/** One planned rewrite of some of an entry's paragraphs (indexes among its own paragraphs). */
interface Rewrite {
  start: number;
  count: number;
  /** The new paragraphs' OOXML (body content), "" for none. */
  content: string;
  /** The new paragraphs' texts. */
  to: string[];
  /** What the clerk sees it replace: "Sammanfattning", "rubriken". */
  label: string;
}

/** A section's text as the form compares it: lines trimmed at the end, blank lines left out. */
const comparable = (text: string) =>
  text
    .split(/\r\n|\r|\n/)
    .map((l) => l.trimEnd())
    .filter((l) => l.trim() !== '')
    .join('\n');

/** Text that is only the template's placeholders (`[Skriv …]`): not the clerk's. */
function onlyPlaceholders(text: string): boolean {
  let rest = text;
  for (const p of findPlaceholders(text).reverse()) rest = rest.slice(0, p.index) + rest.slice(p.index + p.text.length);
  return rest.trim() === '';
}

/** The entry's paragraphs as OOXML body content, one string per paragraph (`entryContentOoxml`, split). */
function paragraphChunks(content: string): string[] {
  return content.split(/(?<=<\/w:p>)/).filter((c) => c.trim() !== '');
}

/** The paragraphs one part of an entry is written as, in the entry's styles. */
function partChunks(p: Paragraf, entryId: string, styles: EntryStyles, part: 'heading' | 'caseLine' | Section | { bodyOf: Section }): string[] {
  const bare = { ...p, caseNumbers: [], sections: [] };
  if (part === 'heading') return paragraphChunks(entryContentOoxml(bare, entryId, styles)).slice(0, 1);
  if (part === 'caseLine') return paragraphChunks(entryContentOoxml({ ...bare, caseNumbers: p.caseNumbers }, entryId, styles)).slice(1);
  const section = 'bodyOf' in part ? part.bodyOf : part;
  const chunks = paragraphChunks(entryContentOoxml({ ...bare, sections: [section] }, entryId, styles)).slice(1);
  return 'bodyOf' in part ? chunks.slice(1) : chunks;
}

const sectionLines = (s: Section) => comparable(s.text).split('\n').filter(Boolean);

/**
 * Filling in an entry the clerk chose in the form (a skeleton from the agenda, or an entry being
 * corrected): only the parts that differ, and that the clerk edited, are rewritten, paragraph by
 * paragraph; every other paragraph of the entry stays exactly as it is, text and formatting. A
 * section the form has and the entry lacks is added in the form's order; a section the entry has
 * and the form lacks is kept, unless it is only the template's placeholders (`[Skriv …]`), which
 * are never the clerk's text and are written over or taken out whether edited or not. The entry keeps its
 * control, id and place; its number is the one its place gives.
 */
export function planReplaceEntry(snapshot: DocumentSnapshot, request: ReplaceEntryRequest): PlanResult & { number?: number; replaces?: string[] } {
  const structure = readStructure(snapshot);
  const at = structure.entries.findIndex((e) => e.entryId === request.entryId && !e.duplicate);
  const entry = structure.entries[at];
  if (!entry) return { ok: false, message: 'Paragrafen som skulle fyllas i finns inte längre i dokumentet. Inget ändrades.', reload: true };
  if (request.expectedText !== undefined && entry.control.text !== request.expectedText) {
    return {
      ok: false,
      message: `Inget ändrades: paragrafen ${describeChange(request.expectedText, entry.control.text)} i Word sedan formuläret fylldes i. Läs in dokumentet igen och fyll i formuläret på nytt.`,
      reload: true,
    };
  }
  const { styles, houseStyles } = resolveEntryStyles(snapshot.paragraphs, request.styleNames);
  const start = firstNumber(structure, request.firstNumber ?? request.paragraph.number);
  const number = start + at;
  const p = { ...request.paragraph, number };
  const layout = entryLayout(entry);
  const texts = entry.paragraphs.map((x) => x.text);
  const edited = (part: EntryPart) => !request.edited || request.edited.includes(part);
  const rewrites: Rewrite[] = [];
  const rewrite = (start: number, count: number, chunks: string[], to: string[], label: string) => rewrites.push({ start, count, content: chunks.join(''), to, label });

  // The heading, with the number control in it, only when the title changes.
  const title = p.title.replace(/\s+/g, ' ').trim();
  const headingReplaced = edited('title') && title !== layout.title.replace(/\s+/g, ' ').trim();
  if (headingReplaced) rewrite(layout.headingIndex, 1, partChunks(p, entry.entryId, styles, 'heading'), [`${formatNumber(number)} ${title}`], 'rubriken');

  // The case-number line.
  if (edited('caseNumbers') && p.caseNumbers.join(', ') !== layout.caseNumbers.join(', ')) {
    const chunks = p.caseNumbers.length > 0 ? partChunks(p, entry.entryId, styles, 'caseLine') : [];
    const to = p.caseNumbers.length > 0 ? [p.caseNumbers.join(', ')] : [];
    if (layout.caseLineIndex !== null) rewrite(layout.caseLineIndex, 1, chunks, to, 'diarienumret');
    else if (chunks.length > 0) rewrite(layout.headingIndex + 1, 0, chunks, to, 'diarienumret');
  }

  // The sections, in the form's order, each matched with the document's section of the same kind.
  const used = new Set<SectionLayout>();
  let insertAt = (layout.caseLineIndex ?? layout.headingIndex) + 1;
  for (const s of p.sections) {
    const part = sectionPart(s);
    const d = layout.sections.find((x) => !used.has(x) && sectionPart(x) === part);
    if (d) {
      used.add(d);
      insertAt = d.end;
      // The template's placeholders are never the clerk's text: the form writes over them even unedited.
      if ((!edited(part) && !onlyPlaceholders(d.text)) || comparable(d.text) === comparable(s.text) || comparable(s.text) === '') continue;
      const keepHeading = d.headingIndex !== null && d.heading.trim().toLowerCase() === s.heading.trim().toLowerCase();
      if (keepHeading) rewrite(d.start, d.end - d.start, partChunks(p, entry.entryId, styles, { bodyOf: s }), sectionLines(s), s.heading);
      else rewrite(d.headingIndex ?? d.start, d.end - (d.headingIndex ?? d.start), partChunks(p, entry.entryId, styles, s), [s.heading, ...sectionLines(s)], s.heading);
    } else if (edited(part) && comparable(s.text) !== '') {
      rewrite(insertAt, 0, partChunks(p, entry.entryId, styles, s), [s.heading, ...sectionLines(s)], s.heading);
    }
  }
  // The template's placeholders the form does not write again go; the clerk's own text stays.
  for (const d of layout.sections) {
    if (used.has(d) || !onlyPlaceholders(d.text) || d.headingIndex === null) continue;
    rewrite(d.headingIndex, d.end - d.headingIndex, [], [], d.heading);
  }

  const expect = new Expectations(structure);
  if (rewrites.length > 0) expect.control(entry.control, 'write');
  // A rewritten heading brings its own number control; renumbering leaves that one alone.
  const slots = structure.entries.map((e) => ({ entryId: e.entryId, existing: e === entry && headingReplaced ? null : e }));
  const r = renumberOperations(structure, slots, start, expect);
  const operations: EditOperation[] = rewrites.map((w) => ({
    op: 'replaceParagraphs',
    controlId: entry.control.id,
    entryId: entry.entryId,
    start: w.start,
    from: texts.slice(w.start, w.start + w.count),
    ...(w.count === 0 && w.start > 0 ? { after: texts[w.start - 1] } : {}),
    ooxml: w.content ? insertablePackage(w.content, houseStyles) : null,
    to: w.to,
  }));
  const replaces = rewrites.map((w) => w.label);
  const lead = rewrites.length > 0 ? `${formatNumber(number)} uppdaterad (${replaces.join(', ')})` : `${formatNumber(number)} stämmer redan med formuläret`;
  return {
    ok: true,
    plan: { summary: summary(lead, r.numbers.length, r.references), operations: [...operations, ...r.operations], controls: expect.controls, paragraphs: expect.paragraphs },
    numbers: r.numbers,
    problems: r.problems,
    number,
    replaces,
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
    plan: { summary: `Hänvisning till ${text} infogad`, operations: [{ op: 'insertReference', tag: referenceTag(entryIds), text, at: 'selection' }], controls: [], paragraphs: [] },
    numbers: [],
    problems: [],
  };
}

