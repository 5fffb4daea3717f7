import { z } from 'zod';
import { describeIssues, swedishErrors } from '../swedish-issues.ts';

/**
 * The Word document as the gateway reads it: paragraphs and content controls, with text as it
 * currently reads (tracked deletions left out, `getReviewedText('Current')` where WordApi 1.4 has
 * it). Everything the add-in's logic needs comes from one snapshot, and the body's text is sent
 * once: the gateway reads it in one `context.sync`, roughly
 *
 *   body.paragraphs.load('items/text,items/style,items/styleBuiltIn,items/parentContentControlOrNullObject/id')
 *   body.contentControls.load('items/id,items/tag,items/title,items/cannotEdit,items/cannotDelete,…')
 *   body.contentControls.getByTitle('Paragrafnummer' | 'Hänvisning').load('items/id,items/text')
 *
 * so an entry's paragraphs are found by the control they lie in, not by their text. Both lists are
 * in document order (Word lists nested controls after their parent), and the gateway passes the
 * result through `parseSnapshot`: a snapshot is data from outside, not trusted.
 */

export const SnapshotParagraph = z.object({
  text: z.string(),
  /** The style's name as Word shows it: localized for built-in styles ("Rubrik 2"), the custom name otherwise. */
  style: z.string().default(''),
  /** Locale-independent built-in style ("Heading2", "Normal"), or "Other" for custom styles. */
  styleBuiltIn: z.string().default('Other'),
  /**
   * The innermost content control the paragraph lies in (`parentContentControlOrNullObject`), null
   * when none; absent when the reader could not tell (then entries are found by their text).
   */
  controlId: z.number().int().nullable().optional(),
});
export type SnapshotParagraph = z.infer<typeof SnapshotParagraph>;

export const SnapshotControl = z.object({
  /** Word's id for the control: valid for this session, used to address it in an edit plan. */
  id: z.number().int(),
  tag: z.string().default(''),
  title: z.string().default(''),
  /**
   * As it currently reads. For an entry (block) control: its paragraphs' texts joined by "\r", empty
   * paragraphs left out (`entryText`); for an inline control (number, reference): its text.
   */
  text: z.string(),
  /** Locked against editing its content (`cannotEdit`): the add-in never writes into it. */
  cannotEdit: z.boolean().default(false),
  /** Locked against deletion (`cannotDelete`). */
  cannotDelete: z.boolean().default(false),
  /** The control this one lies in, null at the top; absent when the reader could not tell. */
  parentId: z.number().int().nullable().optional(),
  /** For entry controls (tag `protokoll:entry:…`): their paragraphs in order, where the reader gives them. */
  paragraphs: z.array(SnapshotParagraph).optional(),
});
export type SnapshotControl = z.infer<typeof SnapshotControl>;

export const DocumentSnapshot = z.object({
  /** Every paragraph of the body in order, including those inside entry controls. */
  paragraphs: z.array(SnapshotParagraph),
  /** Every content control of the body in document order, ours and others'. */
  controls: z.array(SnapshotControl),
  /**
   * The innermost content control around the selection (`getSelection().parentContentControlOrNullObject`),
   * so that a new entry can go after the one the clerk is in; null when the selection is in no control.
   */
  selectedControlId: z.number().int().nullable().default(null),
});
export type DocumentSnapshot = z.infer<typeof DocumentSnapshot>;
export type DocumentSnapshotInput = z.input<typeof DocumentSnapshot>;

/**
 * An entry's text as its control's: paragraph texts joined by "\r". Empty paragraphs are left out,
 * because Word leaves a paragraph deleted under Track Changes out of the control's current text
 * while the body still lists it (reading "").
 */
export function entryText(paragraphs: readonly { text: string }[]): string {
  return paragraphs
    .map((p) => p.text)
    .filter((t) => t !== '')
    .join('\r');
}

/** Parses what the gateway read; a malformed snapshot is a Swedish message, never a half-read document. */
export function parseSnapshot(raw: unknown): { ok: true; snapshot: DocumentSnapshot } | { ok: false; message: string } {
  const r = DocumentSnapshot.safeParse(raw, { error: swedishErrors });
  if (r.success) return { ok: true, snapshot: r.data };
  return { ok: false, message: `Dokumentet kunde inte läsas (${describeIssues(r.error, 1) || 'okänt fel'})` };
}
