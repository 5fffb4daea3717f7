import { z } from 'zod';
import { describeIssues, swedishErrors } from '../swedish-issues.ts';

/**
 * The Word document as the gateway reads it (WordApi 1.3 only: paragraphs, content controls,
 * no bookmarks or tracked-change APIs). Everything the add-in's logic needs comes from one
 * snapshot; the gateway reads it in one `context.sync`, roughly:
 *
 *   body.paragraphs.load('items/text,items/style,items/styleBuiltIn')
 *   body.contentControls.load('items/id,items/tag,items/title,items/text')
 *   // entry controls' paragraphs: each entry control's `paragraphs` with the same properties
 *
 * Both lists are in document order (Word returns nested controls after their parent), and the
 * gateway passes the result through `parseSnapshot`: a snapshot is data from outside, not trusted.
 */

export const SnapshotParagraph = z.object({
  text: z.string(),
  /** The style's name as Word shows it: localized for built-in styles ("Rubrik 2"), the custom name otherwise. */
  style: z.string().default(''),
  /** Locale-independent built-in style ("Heading2", "Normal"), or "Other" for custom styles. */
  styleBuiltIn: z.string().default('Other'),
});
export type SnapshotParagraph = z.infer<typeof SnapshotParagraph>;

export const SnapshotControl = z.object({
  /** Word's id for the control: valid for this session, used to address it in an edit plan. */
  id: z.number().int(),
  tag: z.string().default(''),
  title: z.string().default(''),
  text: z.string(),
  /** For entry controls (tag `protokoll:entry:…`): their paragraphs in order. Absent for inline controls. */
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

/** Parses what the gateway read; a malformed snapshot is a Swedish message, never a half-read document. */
export function parseSnapshot(raw: unknown): { ok: true; snapshot: DocumentSnapshot } | { ok: false; message: string } {
  const r = DocumentSnapshot.safeParse(raw, { error: swedishErrors });
  if (r.success) return { ok: true, snapshot: r.data };
  return { ok: false, message: `Dokumentet kunde inte läsas (${describeIssues(r.error, 1) || 'okänt fel'})` };
}
