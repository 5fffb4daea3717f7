import { javigaIn } from '../parse/attendance.ts';
import type { Section } from '../model/protocol.ts';
import type { EntryStyleNames } from '../ooxml/styles.ts';
import { javLine, JavLineInput } from '../templates/jav-line.ts';
import { personKey } from '../text/persons.ts';
import type { DocumentSnapshot } from './snapshot.ts';
import { readStructure } from './document-structure.ts';
import { entryParagraph } from './entry-paragraph.ts';
import { planReplaceEntry, type PlanResult } from './renumber.ts';

export interface JavLineRequest {
  entryId: string;
  /** Who declares jäv: `{ person, party }` each (core/templates/jav-line.ts). */
  people: unknown;
  /** The entry's text when the pane showed it; the plan writes nothing where the document reads otherwise now. */
  expectedText: string;
  styleNames?: EntryStyleNames;
}

/**
 * Writes "X (S) deltar inte i handläggningen på grund av jäv." into an entry the add-in wrote: a
 * "Jäv" section after the heading and case number, or a new line at the end of the entry's Jäv
 * section where it has one. It is the form's edit of the one part (planReplaceEntry with only the
 * Jäv section edited), so it follows the same rules: only those paragraphs are written, the plan
 * expects the entry exactly as read, and nothing the clerk wrote is dropped.
 */
export function planJavLine(snapshot: DocumentSnapshot, request: JavLineRequest): PlanResult {
  const parsed = JavLineInput.safeParse(request.people);
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? 'Ogiltig uppgift om jäv' };
  const entry = readStructure(snapshot).entries.find((e) => e.entryId === request.entryId && !e.duplicate);
  if (!entry) return { ok: false, message: 'Paragrafen finns inte längre i dokumentet. Inget ändrades.', reload: true };
  const paragraph = entryParagraph(entry);
  const already = new Set(javigaIn(paragraph).map((m) => personKey(m.name)));
  // Someone the § already records as jävig is not written again.
  const people = parsed.data.filter((p) => !already.has(personKey(p.person)));
  if (people.length === 0) return { ok: false, message: `${parsed.data.map((p) => p.person).join(' och ')} är redan antecknad som jävig i paragrafen. Inget ändrades.` };
  const line = javLine(people);

  const existing = paragraph.sections.find((s) => s.kind === 'jav');
  const sections: Section[] = existing
    ? paragraph.sections.map((s) => (s === existing ? { ...s, text: `${s.text}\n${line}` } : s))
    : [{ kind: 'jav', heading: 'Jäv', text: line, line: paragraph.line }, ...paragraph.sections];
  return planReplaceEntry(snapshot, {
    entryId: entry.entryId,
    paragraph: { ...paragraph, sections },
    edited: ['jav'],
    expectedText: request.expectedText,
    ...(request.styleNames ? { styleNames: request.styleNames } : {}),
  });
}
