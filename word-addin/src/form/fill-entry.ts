import type { DocumentEntry } from '../../../core/addin/document-structure.ts';
import { readStructure } from '../../../core/addin/document-structure.ts';
import { entryParagraph } from '../../../core/addin/entry-paragraph.ts';
import { planReplaceEntry, sectionPart, type EntryPart, type PlanResult } from '../../../core/addin/renumber.ts';
import type { DocumentSnapshot } from '../../../core/addin/snapshot.ts';
import type { CaseNumberConfig } from '../../../core/casenumber/index.ts';
import type { Paragraf } from '../../../core/model/protocol.ts';
import type { EntryStyleNames } from '../../../core/ooxml/styles.ts';
import type { BodyName, EntryInputIssue, TemplateId } from '../../../core/templates/index.ts';
import { draftFromEntry } from './draft-from-entry.ts';
import { buildEntry } from './draft-to-input.ts';
import type { EntryDraft } from './entry-draft.ts';

/**
 * "Fyll i en befintlig": the form filled from an entry in the document, and what it was filled
 * from. The entry is read when the form is filled, not when the clerk submits, so that a Word edit
 * in between (the clerk's or a co-author's) is noticed and nothing is written over it; and only the
 * parts the clerk edited in the form are written, so every other part of the entry (Yrkanden,
 * Reservation, "Beslutet skickas till", its formatting) stays exactly as it is.
 */
export interface FillSession {
  entryId: string;
  /** The entry's text when the form was filled (`entryText`). */
  expectedText: string;
  /** The form as it was filled from the entry. */
  baseline: EntryDraft;
}

/** Fills the form from an entry as the pane read it. */
export function startFill(entry: DocumentEntry, type: TemplateId, body: BodyName): { session: FillSession; draft: EntryDraft } {
  const draft = draftFromEntry(entryParagraph(entry), type, body);
  return { session: { entryId: entry.entryId, expectedText: entry.control.text, baseline: draft }, draft };
}

/** An entry's parts and their text, as the form would write them. */
function partsOf(p: Paragraf): Map<EntryPart, string> {
  const parts = new Map<EntryPart, string>([
    ['title', p.title.trim()],
    ['caseNumbers', p.caseNumbers.join(', ')],
  ]);
  for (const s of p.sections) parts.set(sectionPart(s), `${s.heading}\n${s.text}`.trim());
  return parts;
}

/**
 * The parts the clerk changed in the form since it was filled: those the form writes differently
 * now than it would have written them then. Undefined when the form as filled cannot be built (a
 * skeleton with required fields still empty): then every part that differs from the entry is written.
 */
export function editedParts(session: FillSession, draft: EntryDraft, body: BodyName, config?: CaseNumberConfig): EntryPart[] | undefined {
  const before = buildEntry({ ...session.baseline, type: draft.type }, 1, body, config);
  const now = buildEntry(draft, 1, body, config);
  if (!before.ok || !now.ok) return undefined;
  const was = partsOf(before.entry);
  const is = partsOf(now.entry);
  return [...new Set([...was.keys(), ...is.keys()])].filter((part) => was.get(part) !== is.get(part));
}

export type FillPlan = (PlanResult & { replaces?: string[]; number?: number }) | { ok: false; message: string; issues: EntryInputIssue[]; reload?: undefined };

/** The plan that writes the clerk's edits into the entry in the document as it reads now. */
export function planFill(
  current: DocumentSnapshot,
  session: FillSession,
  draft: EntryDraft,
  body: BodyName,
  options: { styleNames?: EntryStyleNames; caseNumbers?: CaseNumberConfig } = {},
): FillPlan {
  const built = buildEntry(draft, 1, body, options.caseNumbers);
  if (!built.ok) return { ok: false, message: 'Paragrafen uppdaterades inte. Rätta följande:', issues: built.issues };
  return planReplaceEntry(current, {
    entryId: session.entryId,
    paragraph: built.entry,
    expectedText: session.expectedText,
    edited: editedParts(session, draft, body, options.caseNumbers),
    ...(options.styleNames ? { styleNames: options.styleNames } : {}),
  });
}

/**
 * After "Läs in dokumentet igen": the form takes what changed in Word, and keeps what the clerk
 * edited in it. The session is rebased on the entry as it reads now, and the parts the clerk
 * edited stay the clerk's (the form will write them over what Word has, as it shows).
 */
export function refill(snapshot: DocumentSnapshot, session: FillSession, draft: EntryDraft, body: BodyName): { session: FillSession; draft: EntryDraft } | null {
  const entry = readStructure(snapshot).entries.find((e) => e.entryId === session.entryId && !e.duplicate);
  if (!entry) return null;
  const fresh = startFill(entry, draft.type, body);
  const changed = new Set<keyof EntryDraft>();
  for (const key of Object.keys(draft) as (keyof EntryDraft)[]) {
    if (JSON.stringify(draft[key]) !== JSON.stringify(session.baseline[key])) changed.add(key);
  }
  const merged = { ...fresh.draft } as Record<keyof EntryDraft, unknown>;
  for (const key of changed) merged[key] = draft[key];
  return { session: fresh.session, draft: merged as unknown as EntryDraft };
}
