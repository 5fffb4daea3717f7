import { z } from 'zod';

/**
 * What the add-in asks the gateway to do to the document. A plan is made from a snapshot and says,
 * besides its operations, exactly what it expects to find: the text (as it currently reads, tracked
 * deletions left out), the tag and the editability of every content control it touches, and the
 * text of every body paragraph it places something next to. The gateway reads the document one
 * sync before writing, compares every expectation exactly in code (`checkPlan`), and writes only
 * when all of them hold; otherwise nothing is written and the clerk is told in Swedish what changed.
 *
 * No operation drops the clerk's text: text is only replaced inside our own number and reference
 * controls, entries are inserted next to existing content, an entry is deleted only when the clerk
 * asked for exactly that, and filling in an entry rewrites only the paragraphs of the sections the
 * clerk edited in the form. With Track Changes on, Word records these edits like any other (the
 * gateway never switches tracking off).
 */

const ControlId = z.number().int();

/** What a plan does to a control it touches. */
export const ControlUse = z.enum([
  /** A new entry is inserted before or after it: it must still be there, with its text. */
  'anchor',
  /** Its text, tag or content is rewritten: it must also be editable (`cannotEdit` false). */
  'write',
  /** It is deleted: it must also be deletable (`cannotDelete` false). */
  'delete',
]);
export type ControlUse = z.infer<typeof ControlUse>;

export const ControlExpectation = z.object({
  controlId: ControlId,
  tag: z.string(),
  /**
   * The control's text as the snapshot read it. For an entry (block) control, its paragraphs'
   * texts joined by "\r", empty paragraphs left out (see `entryText`); for an inline control, its text.
   */
  text: z.string(),
  use: ControlUse,
  /** Swedish, for the clerk: "numret i § 105", "paragrafen § 12 Budget 2026". */
  what: z.string(),
});
export type ControlExpectation = z.infer<typeof ControlExpectation>;

/** A body paragraph a plan inserts before: it must still be at that index with that text. */
export const ParagraphExpectation = z.object({
  index: z.number().int().nonnegative(),
  text: z.string(),
  what: z.string(),
});
export type ParagraphExpectation = z.infer<typeof ParagraphExpectation>;

/**
 * Where a new entry goes: before or after a content control (an entry, or a control of the
 * organisation's template), before a body paragraph (a signature or anslag block), or at the end of
 * a body that does not end in a content control (`body.insertOoxml(…, 'End')` would land inside it).
 */
export const EntryPosition = z.discriminatedUnion('at', [
  z.object({ at: z.literal('before'), controlId: ControlId }),
  z.object({ at: z.literal('after'), controlId: ControlId }),
  z.object({ at: z.literal('beforeParagraph'), index: z.number().int().nonnegative() }),
  z.object({ at: z.literal('end') }),
]);
export type EntryPosition = z.infer<typeof EntryPosition>;

export const InsertEntry = z.object({
  op: z.literal('insertEntry'),
  /** The stable id in the new entry's tags (the first one's, when the package holds several entries). */
  entryId: z.string().min(1),
  /** Every entry id in the package, so that a failed plan can take the inserted entries out again. */
  entryIds: z.array(z.string().min(1)).min(1),
  /** WordprocessingML package (`pkg:package`) for `insertOoxml`, from core/ooxml: one `w:sdt` per entry. */
  ooxml: z.string().min(1),
  position: EntryPosition,
});

/** Rewrites the text of one of our number (`§ 225`) or reference (`§§ 223-224`) controls. */
export const SetControlText = z.object({
  op: z.literal('setControlText'),
  controlId: ControlId,
  /** The text the snapshot had (also among the plan's expectations). */
  from: z.string(),
  to: z.string(),
});

/** Retags a reference control (its target list changed, e.g. an entry it pointed at was deleted). */
export const SetControlTag = z.object({
  op: z.literal('setControlTag'),
  controlId: ControlId,
  from: z.string(),
  to: z.string(),
});

/** Writes a new reference control (`§ 225`, tag `protokoll:ref:…`) at the end of the selection. */
export const InsertReference = z.object({
  op: z.literal('insertReference'),
  tag: z.string().min(1),
  text: z.string().min(1),
  at: z.literal('selection'),
});

/**
 * Makes a § mention typed by hand (`se § 225`) into a reference control, so that renumbering keeps
 * it right: the text stays exactly as typed and gets the reference's tag and title. The paragraph is
 * among the plan's expectations with its exact text; the mention is found in it as a Word search
 * from the paragraph's start finds it, `occurrence` times past earlier ones.
 */
export const WrapReference = z.object({
  op: z.literal('wrapReference'),
  paragraphIndex: z.number().int().nonnegative(),
  /** The mention as typed; only § signs, digits, spaces, dashes, commas and "och", so a Word search reads it literally. */
  text: z.string().regex(/^§§? ?\d[\d ,\-–och]*$/),
  occurrence: z.number().int().nonnegative(),
  tag: z.string().min(1),
});

/**
 * Rewrites some paragraphs of an entry in place (the clerk filled in or corrected sections with the
 * form): paragraphs `start … start+from.length-1` of the entry become the paragraphs of `ooxml`
 * (none when `ooxml` is null). With `from` empty, the new paragraphs go after paragraph `start-1`.
 * Every other paragraph of the entry is left exactly as it is, text and formatting.
 */
export const ReplaceParagraphs = z.object({
  op: z.literal('replaceParagraphs'),
  controlId: ControlId,
  entryId: z.string().min(1),
  /** Index among the entry's own paragraphs (0 is its heading). */
  start: z.number().int().nonnegative(),
  /** The exact texts of the paragraphs replaced, as the snapshot read them. */
  from: z.array(z.string()),
  /** The text of paragraph `start-1` when `from` is empty (the paragraph the new ones follow). */
  after: z.string().optional(),
  ooxml: z.string().min(1).nullable(),
  /** The new paragraphs' texts, for the memory document and for taking the change back. */
  to: z.array(z.string()),
});

/**
 * Rewrites a run of body paragraphs that lie in no content control (the protocol's table of
 * contents), line for line: paragraphs `start … start+from.length-1` read `from` (also among the
 * plan's paragraph expectations) and become `to`. Lines keep their paragraph's formatting; extra
 * lines follow the last one in its formatting; lines left over are deleted, last of all.
 */
export const RewriteParagraphs = z.object({
  op: z.literal('rewriteParagraphs'),
  start: z.number().int().nonnegative(),
  from: z.array(z.string()).min(1),
  to: z.array(z.string().min(1)).min(1),
});

/** Deletes an entry control with its content: only ever planned when the clerk chose "Ta bort paragraf". */
export const DeleteEntry = z.object({
  op: z.literal('deleteEntry'),
  controlId: ControlId,
  entryId: z.string().min(1),
});

export const EditOperation = z.discriminatedUnion('op', [InsertEntry, ReplaceParagraphs, RewriteParagraphs, SetControlText, SetControlTag, InsertReference, WrapReference, DeleteEntry]);
export type EditOperation = z.infer<typeof EditOperation>;

export const EditPlan = z.object({
  /** Swedish, one line: what the plan does, for the status line ("§ 12 infogad, 6 paragrafer numrerades om"). */
  summary: z.string(),
  operations: z.array(EditOperation),
  /** Every control the operations touch, as the snapshot the plan was made from read it. */
  controls: z.array(ControlExpectation),
  /** Every body paragraph an operation is placed by. */
  paragraphs: z.array(ParagraphExpectation).default([]),
});
export type EditPlan = z.infer<typeof EditPlan>;
export type EditPlanInput = z.input<typeof EditPlan>;

/**
 * The order a gateway writes a plan in, so that a failure part-way can be taken back: first the
 * edits that can be undone exactly (numbers, tags, new entries, a new or wrapped reference), then the rewritten
 * paragraphs of an entry from the bottom up (undone from what was read before), and a deleted entry
 * or rewritten table of contents (whose surplus lines are deleted) last, so that nothing runs after
 * the one edit that cannot be undone. A plan has at most one of those.
 */
export function writeOrder(operations: readonly EditOperation[]): EditOperation[] {
  const rank = (op: EditOperation) => (op.op === 'deleteEntry' || op.op === 'rewriteParagraphs' ? 3 : op.op === 'replaceParagraphs' ? 2 : 1);
  return [...operations].sort((a, b) => {
    const r = rank(a) - rank(b);
    if (r !== 0) return r;
    // Paragraphs of the same entry from the bottom up: a lower edit never moves a higher one; at
    // the same place the rewrite before the insertion that goes in front of it.
    return a.op === 'replaceParagraphs' && b.op === 'replaceParagraphs' ? b.start - a.start || b.from.length - a.from.length : 0;
  });
}
