import type { Section } from '../model/protocol.ts';
import type { EntryStyleNames } from '../ooxml/styles.ts';
import { omedelbarJustering } from '../parse/omedelbar-justering.ts';
import { hasOmedelbarJustering, omedelbarJusteringLines, OMEDELBAR_JUSTERING_HEADING } from '../templates/omedelbar-justering-line.ts';
import type { DocumentSnapshot } from './snapshot.ts';
import { readStructure } from './document-structure.ts';
import { entryParagraph } from './entry-paragraph.ts';
import { planReplaceEntry, sectionPart, type PlanResult } from './renumber.ts';
import { snapshotToProtocol } from './snapshot-to-protocol.ts';
import { formatNumber } from './references.ts';

/** A § marked "Paragrafen justeras omedelbart" whose own justering is not written yet. */
export interface MissingJustering {
  entryId: string;
  number: number | null;
  heading: string;
  /** The entry's text as read: the plan writes nothing where it reads otherwise by then. */
  expectedText: string;
}

/** The §§ the add-in wrote that are justerade omedelbart (core/parse/omedelbar-justering.ts) and lack their justering lines. */
export function missingOmedelbarJustering(snapshot: DocumentSnapshot): MissingJustering[] {
  const immediate = new Set(omedelbarJustering(snapshotToProtocol(snapshot)).paragrafer.map((p) => p.number));
  return readStructure(snapshot)
    .entries.filter((e) => !e.duplicate && e.number !== null && immediate.has(e.number))
    .filter((e) => !hasOmedelbarJustering(entryParagraph(e).sections))
    .map((e) => ({ entryId: e.entryId, number: e.number, heading: e.paragraphs.find((p) => p.text.trim())?.text.trim() ?? '', expectedText: e.control.text }));
}

/**
 * Writes the § 's own justering ("Omedelbar justering": the date and the signature line) after
 * the section that says it is justerad omedelbart, as the form writes one section: only those new
 * paragraphs, every other paragraph of the § exactly as it was, and nothing where the § changed
 * since the pane read it.
 */
export function planOmedelbarJustering(
  snapshot: DocumentSnapshot,
  request: { entryId: string; expectedText: string; styleNames?: EntryStyleNames },
): PlanResult {
  const entry = readStructure(snapshot).entries.find((e) => e.entryId === request.entryId && !e.duplicate);
  if (!entry) return { ok: false, message: 'Paragrafen finns inte längre i dokumentet. Inget ändrades.', reload: true };
  const date = snapshotToProtocol(snapshot).date;
  if (!date) return { ok: false, message: 'Sammanträdesdatumet står inte på protokollets första sida: skriv det där först. Inget ändrades.' };
  const paragraph = entryParagraph(entry);
  const name = entry.number === null ? 'Paragrafen' : formatNumber(entry.number);
  if (hasOmedelbarJustering(paragraph.sections)) return { ok: false, message: `${name} har redan sin justering. Inget ändrades.` };
  const lines: Section = { kind: 'other', heading: OMEDELBAR_JUSTERING_HEADING, text: omedelbarJusteringLines(date).join('\n'), line: paragraph.line };
  // After the section that says the § is justerad omedelbart (its Beslut), else last.
  const marked = paragraph.sections.findLastIndex((s) => /omedelbar|omedelbart/i.test(`${s.heading} ${s.text}`));
  const at = marked >= 0 ? marked + 1 : paragraph.sections.length;
  const sections = [...paragraph.sections.slice(0, at), lines, ...paragraph.sections.slice(at)];
  return planReplaceEntry(snapshot, {
    entryId: entry.entryId,
    paragraph: { ...paragraph, sections },
    edited: [sectionPart(lines)],
    expectedText: request.expectedText,
    ...(request.styleNames ? { styleNames: request.styleNames } : {}),
  });
}
