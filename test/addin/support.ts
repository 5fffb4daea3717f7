import type { Paragraf } from '../../core/model/protocol.ts';
import { applyPlan, emptyMemoryDocument, memoryDocumentOf, memoryParagraph, snapshotOf, type MemoryDocument } from '../../word-addin/src/gateway/memory-document.ts';
import { planInsertEntries, type PlanResult } from '../../core/addin/renumber.ts';

export function entry(number: number, title: string, text = 'Informationen noteras.'): Paragraf {
  return {
    number,
    title,
    caseNumbers: [`RS ${number}-2025`],
    sections: [
      { kind: 'sammanfattning', heading: 'Sammanfattning', text: `Ärendet gäller ${title.toLowerCase()}.`, line: 4 },
      { kind: 'beslut', heading: 'Beslut', text, line: 7 },
    ],
    line: 1,
  };
}

export function ok<T extends PlanResult>(r: T): Extract<T, { ok: true }> {
  if (!r.ok) throw new Error(r.message);
  return r as Extract<T, { ok: true }>;
}

/** A document with a cover line and entries § first… with ids e1, e2 …, built through the planner itself. */
export function documentWith(first: number, titles: readonly string[]): MemoryDocument {
  const doc = titles.length ? memoryDocumentOf([memoryParagraph('Protokoll', 'Title')]) : emptyMemoryDocument();
  const r = ok(planInsertEntries(snapshotOf(doc), titles.map((t, i) => ({ paragraph: entry(first + i, t), entryId: `e${i + 1}`, position: { at: 'end' } }))));
  const applied = applyPlan(doc, r.plan);
  if (!applied.ok) throw new Error(applied.message);
  return doc;
}

/** The "§ N" headings of the document's entries, in order. */
export const headings = (doc: MemoryDocument): string[] =>
  snapshotOf(doc).paragraphs.map((p) => p.text).filter((t) => /^§ \d+ /.test(t));
