import { describe, expect, it } from 'vitest';
import { planDeleteEntry, planInsertEntry, planInsertReference, planRenumber, planReplaceEntry, defaultEntryPosition } from '../../core/addin/renumber.ts';
import { applyPlan, memoryParagraphAt, snapshotOf, type MemoryDocument } from '../../word-addin/src/gateway/memory-document.ts';
import { readStructure } from '../../core/addin/document-structure.ts';
import { formatReference, findSectionMentions } from '../../core/addin/references.ts';
import { EditPlan } from '../../core/addin/edit-plan.ts';
import { documentWith, entry, headings, ok } from './support.ts';

/** Puts the cursor at the end of the body paragraph whose text contains `needle` and writes `text` there. */
function type(doc: MemoryDocument, needle: string, text: string): number {
  const index = snapshotOf(doc).paragraphs.findIndex((p) => p.text.includes(needle));
  const p = memoryParagraphAt(doc, index)!;
  p.runs.push({ text });
  doc.selection = { paragraphIndex: index, offset: p.runs.reduce((n, r) => n + r.text.length, 0) };
  return index;
}

function reference(doc: MemoryDocument, ids: string[]): void {
  const applied = applyPlan(doc, ok(planInsertReference(snapshotOf(doc), ids)).plan);
  expect(applied).toEqual({ ok: true });
}

const idOf = (doc: MemoryDocument, number: number) => readStructure(snapshotOf(doc)).entries.find((e) => e.number === number)!;

describe('reference text', () => {
  it('writes one number, a run as a range and numbers apart with "och"', () => {
    expect(formatReference([225])).toBe('§ 225');
    expect(formatReference([224, 223])).toBe('§§ 223–224');
    expect(formatReference([223, 225])).toBe('§§ 223 och 225');
    expect(formatReference([223, 224, 226, 230, 231])).toBe('§§ 223–224, 226 och 230–231');
    expect(formatReference([5, 5])).toBe('§ 5');
  });

  it('reads what clerks type: ranges, lists and a missing space', () => {
    expect(findSectionMentions('se §§ 223-224 och § 226, §227 samt §§ 228, 230 och 231').map((m) => m.numbers)).toEqual([
      [223, 224],
      [226],
      [227],
      [228, 230, 231],
    ]);
  });
});

describe('inserting an entry between § 224 and § 225', () => {
  it('numbers the new entry 225, renumbers what follows and rewrites every tagged reference in the same plan', () => {
    const doc = documentWith(222, ['Uppföljning', 'Tidsplan', 'Delegationsordning', 'Arbetsskor', 'Förmånscyklar']);
    type(doc, 'Ärendet gäller uppföljning', ' Se ');
    reference(doc, ['e4']); // § 225
    type(doc, 'Ärendet gäller tidsplan', ' Jämför ');
    reference(doc, ['e2', 'e3']); // §§ 223-224
    type(doc, 'Ärendet gäller förmånscyklar', ' Se ');
    reference(doc, ['e3', 'e4']); // §§ 224-225

    const before = snapshotOf(doc);
    const after224 = { at: 'after' as const, controlId: readStructure(before).entries[2]!.control.id };
    const r = ok(planInsertEntry(before, { paragraph: entry(0, 'Ny upphandling'), entryId: 'new1', position: after224 }));
    expect(r.number).toBe(225);
    expect(r.numbers).toEqual([
      { entryId: 'e4', from: 225, to: 226 },
      { entryId: 'e5', from: 226, to: 227 },
    ]);
    expect(r.plan.summary).toBe('§ 225 infogad, 2 paragrafer numrerades om, 2 hänvisningar uppdaterades');
    // The plan is data the gateway parses; it must survive that.
    expect(EditPlan.parse(r.plan)).toEqual(r.plan);
    expect(r.plan.operations.filter((o) => o.op === 'insertEntry')).toHaveLength(1);

    expect(applyPlan(doc, r.plan)).toEqual({ ok: true });
    expect(headings(doc)).toEqual(['§ 222 Uppföljning', '§ 223 Tidsplan', '§ 224 Delegationsordning', '§ 225 Ny upphandling', '§ 226 Arbetsskor', '§ 227 Förmånscyklar']);
    const texts = snapshotOf(doc).paragraphs.map((p) => p.text);
    expect(texts).toContain('Ärendet gäller uppföljning. Se § 226');
    // A range over entries that stay together stays a range.
    expect(texts).toContain('Ärendet gäller tidsplan. Jämför §§ 223–224');
    // A range the new entry splits becomes two numbers.
    expect(texts).toContain('Ärendet gäller förmånscyklar. Se §§ 224 och 226');
    // Afterwards the document is consistent: a renumbering has nothing to do.
    const again = ok(planRenumber(snapshotOf(doc)));
    expect(again.plan.operations).toEqual([]);
    expect(again.problems).toEqual([]);
  });

  it('puts a new entry after the one the cursor is in, or last when the cursor is in none', () => {
    const doc = documentWith(10, ['A', 'B', 'C']);
    // Last: after the last entry, never at the body's very end (which may be inside a control or after a signature).
    expect(defaultEntryPosition(snapshotOf(doc))).toEqual({ at: 'after', controlId: readStructure(snapshotOf(doc)).entries[2]!.control.id });
    type(doc, 'Ärendet gäller b', '');
    const b = readStructure(snapshotOf(doc)).entries[1]!;
    expect(defaultEntryPosition(snapshotOf(doc))).toEqual({ at: 'after', controlId: b.control.id });
    const r = ok(planInsertEntry(snapshotOf(doc), { paragraph: entry(0, 'Ny'), entryId: 'n' }));
    expect(applyPlan(doc, r.plan)).toEqual({ ok: true });
    expect(headings(doc)).toEqual(['§ 10 A', '§ 11 B', '§ 12 Ny', '§ 13 C']);
  });

  it('before the first entry, the new one takes the number the document starts from', () => {
    const doc = documentWith(41, ['A', 'B']);
    const first = readStructure(snapshotOf(doc)).entries[0]!;
    const r = ok(planInsertEntry(snapshotOf(doc), { paragraph: entry(1, 'Först'), entryId: 'f', position: { at: 'before', controlId: first.control.id } }));
    applyPlan(doc, r.plan);
    expect(headings(doc)).toEqual(['§ 41 Först', '§ 42 A', '§ 43 B']);
  });
});

describe('deleting an entry', () => {
  it('renumbers what follows, collapses ranges and reports references to the deleted entry', () => {
    const doc = documentWith(222, ['A', 'B', 'C', 'D']);
    type(doc, 'Ärendet gäller a', ' Se ');
    reference(doc, ['e2', 'e4']); // §§ 223 och 225
    type(doc, 'Ärendet gäller d', ' Se ');
    reference(doc, ['e3']); // § 224
    type(doc, 'Ärendet gäller b', ' Se ');
    reference(doc, ['e2', 'e3']); // §§ 223-224

    const r = ok(planDeleteEntry(snapshotOf(doc), 'e3'));
    expect(r.plan.operations[0]).toMatchObject({ op: 'deleteEntry', entryId: 'e3' });
    expect(r.problems.map((p) => p.kind)).toEqual(['brokenReference', 'brokenReference']);
    expect(r.problems.map((p) => p.message)).toEqual([
      'Hänvisningen ”§§ 223–224” pekade också på en paragraf som inte finns längre',
      'Hänvisningen ”§ 224” pekar på en paragraf som inte finns längre: ändra eller ta bort den',
    ]);
    applyPlan(doc, r.plan);
    expect(headings(doc)).toEqual(['§ 222 A', '§ 223 B', '§ 224 D']);
    const texts = snapshotOf(doc).paragraphs.map((p) => p.text);
    // §§ 223 och 225 → the two are now neighbours: a range.
    expect(texts).toContain('Ärendet gäller a. Se §§ 223–224');
    // A reference only to the deleted entry keeps its text, and is reported, not guessed.
    expect(texts).toContain('Ärendet gäller d. Se § 224');
    // Partly broken: the live part stays, retagged.
    expect(texts).toContain('Ärendet gäller b. Se § 223');
    const tags = snapshotOf(doc).controls.map((c) => c.tag).filter((t) => t.startsWith('protokoll:ref:'));
    expect(tags).toEqual(['protokoll:ref:e2,e4', 'protokoll:ref:e2', 'protokoll:ref:e3']);
  });
});

describe('renumbering a document the clerk edited by hand', () => {
  it('puts numbers back in document order from the first number and reports hand-typed § text without changing it', () => {
    const doc = documentWith(100, ['A', 'B', 'C']);
    // The clerk typed a reference by hand and changed a number by hand.
    type(doc, 'Ärendet gäller c', ' Se § 101 och §§ 100-101.');
    const num = snapshotOf(doc).controls.find((c) => c.tag === 'protokoll:num:e2')!;
    const run = doc.blocks.flatMap((b) => ('paragraphs' in b ? b.paragraphs : [])).flatMap((p) => p.runs).find((x) => 'control' in x && x.control.id === num.id)!;
    run.text = '§ 7';
    const r = ok(planRenumber(snapshotOf(doc)));
    expect(r.plan.operations).toEqual([{ op: 'setControlText', controlId: num.id, from: '§ 7', to: '§ 101' }]);
    expect(r.problems.filter((p) => p.kind === 'untaggedReference').map((p) => p.kind === 'untaggedReference' && p.reference.text)).toEqual(['§ 101', '§§ 100-101']);
    applyPlan(doc, r.plan);
    expect(snapshotOf(doc).paragraphs.map((p) => p.text)).toContain('Ärendet gäller c. Se § 101 och §§ 100-101.');
  });

  it('reports an entry whose number control was deleted instead of writing into the heading', () => {
    const doc = documentWith(5, ['A', 'B']);
    const block = doc.blocks.find((b) => 'control' in b && b.control.tag === 'protokoll:entry:e2')!;
    if (!('paragraphs' in block)) throw new Error('no entry');
    block.paragraphs[0]!.runs = [{ text: '§ 6 B' }];
    const r = ok(planRenumber(snapshotOf(doc)));
    expect(r.plan.operations).toEqual([]);
    expect(r.problems.map((p) => p.kind)).toEqual(['missingNumber']);
  });

  it('a plan made from an old snapshot is refused whole when the clerk has typed in a number control since', () => {
    const doc = documentWith(1, ['A', 'B', 'C']);
    const stale = snapshotOf(doc);
    const plan = ok(planInsertEntry(stale, { paragraph: entry(0, 'Ny'), entryId: 'n', position: { at: 'before', controlId: readStructure(stale).entries[0]!.control.id } })).plan;
    const run = doc.blocks.flatMap((b) => ('paragraphs' in b ? b.paragraphs : [])).flatMap((p) => p.runs).find((x) => 'control' in x && x.control.tag === 'protokoll:num:e3')!;
    run.text = '§ 3 (ändrad)';
    const before = JSON.stringify(doc);
    const applied = applyPlan(doc, plan);
    expect(applied.ok).toBe(false);
    expect(JSON.stringify(doc)).toBe(before);
  });
});

describe('filling in an entry in place', () => {
  it('rewrites the entry inside its control, keeps its id and number, and references to it stay right', () => {
    const doc = documentWith(30, ['A', 'B', 'C']);
    type(doc, 'Ärendet gäller a', ' Se ');
    reference(doc, ['e3']);
    const r = ok(planReplaceEntry(snapshotOf(doc), { entryId: 'e3', paragraph: entry(0, 'C ifylld', 'Förslaget bifalls.') }));
    expect(r.number).toBe(32);
    // Only what differs is rewritten, paragraph by paragraph: heading, case number, Sammanfattning, Beslut.
    expect(r.plan.operations.map((o) => o.op)).toEqual(['replaceParagraphs', 'replaceParagraphs', 'replaceParagraphs', 'replaceParagraphs']);
    expect(r.replaces).toEqual(['rubriken', 'diarienumret', 'Sammanfattning', 'Beslut']);
    expect(applyPlan(doc, r.plan)).toEqual({ ok: true });
    expect(headings(doc)).toEqual(['§ 30 A', '§ 31 B', '§ 32 C ifylld']);
    const s = snapshotOf(doc);
    expect(s.controls.filter((c) => c.tag === 'protokoll:entry:e3')).toHaveLength(1);
    expect(s.paragraphs.map((p) => p.text)).toContain('Förslaget bifalls.');
    expect(ok(planRenumber(s)).plan.operations).toEqual([]);
  });

  it('is refused when the clerk typed in the entry after the form was opened', () => {
    const doc = documentWith(30, ['A']);
    const plan = ok(planReplaceEntry(snapshotOf(doc), { entryId: 'e1', paragraph: entry(0, 'A ifylld') })).plan;
    type(doc, 'Ärendet gäller a', ' Viktigt tillägg.');
    expect(applyPlan(doc, plan).ok).toBe(false);
    expect(snapshotOf(doc).paragraphs.map((p) => p.text)).toContain('Ärendet gäller a. Viktigt tillägg.');
  });
});
