import { z } from 'zod';

/**
 * What the add-in asks the gateway to do to the document. The gateway queues every operation of a
 * plan and applies them in ONE `context.sync`, so a plan applies whole or not at all. Operations
 * address controls by the session ids of the snapshot the plan was made from.
 *
 * No operation drops the clerk's text: text is only replaced inside our own number and reference
 * controls (and only when it still reads `from`), entries are inserted next to existing content, and
 * an entry is deleted only when the clerk asked for exactly that. With Track Changes on, Word records
 * these edits like any other (the gateway does not switch tracking off).
 */

const ControlId = z.number().int();

/** Where a new entry goes: before or after an existing entry control, or at the end of the body. */
export const EntryPosition = z.discriminatedUnion('at', [
  z.object({ at: z.literal('before'), controlId: ControlId }),
  z.object({ at: z.literal('after'), controlId: ControlId }),
  z.object({ at: z.literal('end') }),
]);
export type EntryPosition = z.infer<typeof EntryPosition>;

export const InsertEntry = z.object({
  op: z.literal('insertEntry'),
  /** The stable id in the new entry's tags (the first one's, when the package holds several entries). */
  entryId: z.string().min(1),
  /** WordprocessingML package (`pkg:package`) for `insertOoxml`, from core/ooxml: one `w:sdt` per entry. */
  ooxml: z.string().min(1),
  position: EntryPosition,
});

/** Rewrites the text of one of our number (`§ 225`) or reference (`§§ 223-224`) controls. */
export const SetControlText = z.object({
  op: z.literal('setControlText'),
  controlId: ControlId,
  /** The text the snapshot had; a gateway that finds other text there refuses the whole plan. */
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

/** Writes a new reference control (`§ 225`, tag `protokoll:ref:…`) in place of the selection's insertion point. */
export const InsertReference = z.object({
  op: z.literal('insertReference'),
  tag: z.string().min(1),
  text: z.string().min(1),
  at: z.literal('selection'),
});

/**
 * Rewrites an entry in place (the clerk filled in a skeleton entry with the form): the control and
 * its tag stay, its content becomes `ooxml` (the entry's paragraphs, without the outer control).
 * Refused when the entry's text is no longer `from`, so nothing typed since the form opened is lost.
 */
export const ReplaceEntry = z.object({
  op: z.literal('replaceEntry'),
  controlId: ControlId,
  entryId: z.string().min(1),
  /** The entry's text as the snapshot read it (paragraphs joined by "\r", as ContentControl.text gives them). */
  from: z.string(),
  ooxml: z.string().min(1),
});

/** Deletes an entry control with its content: only ever planned when the clerk chose "Ta bort paragraf". */
export const DeleteEntry = z.object({
  op: z.literal('deleteEntry'),
  controlId: ControlId,
  entryId: z.string().min(1),
});

export const EditOperation = z.discriminatedUnion('op', [InsertEntry, ReplaceEntry, SetControlText, SetControlTag, InsertReference, DeleteEntry]);
export type EditOperation = z.infer<typeof EditOperation>;

export const EditPlan = z.object({
  /** Swedish, one line: what the plan does, for the status line ("Paragraf infogad, 6 paragrafer numrerades om"). */
  summary: z.string(),
  operations: z.array(EditOperation),
});
export type EditPlan = z.infer<typeof EditPlan>;
