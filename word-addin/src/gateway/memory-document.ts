import { xmlTokens } from '../../../core/read/xml-tokens.ts';
import { entryText, type DocumentSnapshot, type SnapshotControl, type SnapshotParagraph } from '../../../core/addin/snapshot.ts';
import { writeOrder, type EditOperation, type EditPlan } from '../../../core/addin/edit-plan.ts';
import { checkPlan } from '../../../core/addin/plan-check.ts';

/**
 * A Word document held in memory with just the structure the add-in touches: paragraphs made of
 * text runs and inline content controls, and block content controls around whole paragraphs.
 * It stands in for Word behind the same snapshot/edit-plan contract, in tests and in the task
 * pane's demo, and behaves like Word where the add-in depends on it:
 * - a plan applies whole or not at all, and only when every control and paragraph it touches
 *   reads exactly as the plan expects (`checkPlan`);
 * - locked controls (`cannotEdit`, `cannotDelete`) are never written to;
 * - with Track Changes on, replaced and deleted text stays in the document as a tracked deletion:
 *   plain text (`plainText`, what Word's `text` gives) shows it, the snapshot reads the current text;
 * - inserting at the very end of a body that ends in a content control lands inside that control.
 */
export interface MemoryControl {
  id: number;
  tag: string;
  title: string;
  /** Word's "Innehållet kan inte redigeras". */
  cannotEdit?: boolean;
  /** Word's "Innehållskontrollen kan inte tas bort". */
  cannotDelete?: boolean;
}
/**
 * A run of text (`deleted`: a tracked deletion), or an inline content control with its current
 * text and, before it, text deleted under Track Changes (`deleted`, as Word's `text` shows it).
 */
export type MemoryRun = { text: string; deleted?: boolean } | { control: MemoryControl; text: string; deleted?: string };
export interface MemoryParagraph {
  style: string;
  styleBuiltIn: string;
  runs: MemoryRun[];
  /** The whole paragraph, its mark too, deleted under Track Changes. */
  deleted?: boolean;
}
export type MemoryBlock = { paragraph: MemoryParagraph } | { control: MemoryControl; paragraphs: MemoryParagraph[]; deleted?: boolean };

export interface MemoryDocument {
  blocks: MemoryBlock[];
  /** The cursor: a paragraph by its index among all body paragraphs, and an offset in its text. */
  selection: { paragraphIndex: number; offset: number } | null;
  nextControlId: number;
}

const BUILT_IN = new Set(['Normal', 'Title', 'Heading1', 'Heading2', 'Heading3', 'Heading4', 'ListParagraph']);
/** Word's Swedish names for the built-in styles we write, as `style` reads in Swedish Word. */
const SWEDISH: Record<string, string> = { Normal: 'Normal', Title: 'Rubrik', Heading1: 'Rubrik 1', Heading2: 'Rubrik 2', Heading3: 'Rubrik 3' };

export function memoryParagraph(text: string, styleId = 'Normal'): MemoryParagraph {
  return { style: SWEDISH[styleId] ?? styleId, styleBuiltIn: BUILT_IN.has(styleId) ? styleId : 'Other', runs: text ? [{ text }] : [] };
}

export function emptyMemoryDocument(): MemoryDocument {
  return { blocks: [], selection: null, nextControlId: 1 };
}

/** A document of loose paragraphs (a clerk's template before any entry). */
export function memoryDocumentOf(paragraphs: readonly MemoryParagraph[]): MemoryDocument {
  return { blocks: paragraphs.map((paragraph) => ({ paragraph })), selection: null, nextControlId: 1 };
}

const isControlRun = (r: MemoryRun): r is MemoryRun & { control: MemoryControl } => 'control' in r;

/** A paragraph as Word's `text` reads it: text deleted under Track Changes included. */
export function plainText(p: MemoryParagraph): string {
  return p.runs.map((r) => (isControlRun(r) ? (r.deleted ?? '') + r.text : r.text)).join('');
}

/** A paragraph as it currently reads (`getReviewedText('Current')`): tracked deletions left out. */
export function currentText(p: MemoryParagraph, deleted = false): string {
  if (deleted || p.deleted) return '';
  return p.runs
    .filter((r) => isControlRun(r) || !r.deleted)
    .map((r) => r.text)
    .join('');
}

/** Every body paragraph in order, with the block control it lies in and whether it is deleted. */
interface FlatParagraph {
  p: MemoryParagraph;
  block: MemoryBlock;
  control: MemoryControl | null;
  deleted: boolean;
}
function flatParagraphs(doc: MemoryDocument): FlatParagraph[] {
  return doc.blocks.flatMap((block): FlatParagraph[] =>
    'paragraph' in block
      ? [{ p: block.paragraph, block, control: null, deleted: Boolean(block.paragraph.deleted) }]
      : block.paragraphs.map((p) => ({ p, block, control: block.control, deleted: Boolean(block.deleted || p.deleted) })),
  );
}

const blockParagraphs = (b: MemoryBlock) => ('paragraph' in b ? [b.paragraph] : b.paragraphs);

/**
 * What the Office.js gateway reads: paragraphs with the control each lies in, then controls in
 * document order, text as it currently reads. A control deleted under Track Changes (it reads
 * empty now, though Word still lists it) is left out, with the controls inside it.
 */
export function snapshotOf(doc: MemoryDocument): DocumentSnapshot {
  const paragraphs: SnapshotParagraph[] = [];
  const controls: SnapshotControl[] = [];
  let selectedControlId: number | null = null;
  const sel = doc.selection;
  const flat = flatParagraphs(doc);
  for (const block of doc.blocks) {
    const blockControl = 'control' in block ? block.control : null;
    const blockGone = 'control' in block && Boolean(block.deleted);
    const first = paragraphs.length;
    const own = blockParagraphs(block);
    if (blockControl && !blockGone) {
      const texts = own.map((p) => currentText(p));
      controls.push(controlOf(blockControl, entryText(texts.map((text) => ({ text }))), null));
      if (sel && sel.paragraphIndex >= first && sel.paragraphIndex < first + own.length) selectedControlId = blockControl.id;
    }
    for (const p of own) {
      const index = paragraphs.length;
      const deleted = flat[index]!.deleted;
      let offset = 0;
      for (const r of p.runs) {
        if (isControlRun(r)) {
          const gone = blockGone || deleted || (r.text === '' && Boolean(r.deleted));
          if (!gone) controls.push(controlOf(r.control, r.text, blockControl?.id ?? null));
          if (!gone && sel && sel.paragraphIndex === index && sel.offset > offset && sel.offset < offset + r.text.length) selectedControlId = r.control.id;
        }
        if (isControlRun(r) || !r.deleted) offset += r.text.length;
      }
      paragraphs.push({ text: currentText(p, deleted), style: p.style, styleBuiltIn: p.styleBuiltIn, controlId: blockControl?.id ?? null });
    }
  }
  return { paragraphs, controls, selectedControlId };
}

function controlOf(c: MemoryControl, text: string, parentId: number | null): SnapshotControl {
  return { id: c.id, tag: c.tag, title: c.title, text, cannotEdit: Boolean(c.cannotEdit), cannotDelete: Boolean(c.cannotDelete), parentId };
}

/** Body content of a `pkg:package` (or bare WordprocessingML) as blocks; control ids are assigned from `doc`. */
export function blocksFromOoxml(doc: MemoryDocument, ooxml: string): MemoryBlock[] {
  const blocks: MemoryBlock[] = [];
  const open: { control: MemoryControl; block: boolean; paragraphs: MemoryParagraph[]; text: string }[] = [];
  let paragraph: MemoryParagraph | null = null;
  let inBody = false;
  let inText = false;
  let inSdtPr = false;
  for (const t of xmlTokens(ooxml)) {
    if (t.type === 'open') {
      if (t.name === 'w:body') inBody = true;
      if (!inBody) continue;
      if (t.name === 'w:sdt') {
        open.push({ control: { id: doc.nextControlId++, tag: '', title: '' }, block: paragraph === null, paragraphs: [], text: '' });
      } else if (t.name === 'w:sdtPr') inSdtPr = !t.selfClosing;
      else if (inSdtPr && t.name === 'w:tag') open[open.length - 1]!.control.tag = t.attributes['w:val'] ?? '';
      else if (inSdtPr && t.name === 'w:alias') open[open.length - 1]!.control.title = t.attributes['w:val'] ?? '';
      else if (t.name === 'w:p' && !t.selfClosing) paragraph = memoryParagraph('');
      else if (t.name === 'w:p') blocks.push({ paragraph: memoryParagraph('') });
      else if (t.name === 'w:pStyle' && paragraph) Object.assign(paragraph, memoryParagraph('', t.attributes['w:val'] ?? 'Normal'), { runs: paragraph.runs });
      else if (t.name === 'w:t' && !t.selfClosing) inText = true;
      else if ((t.name === 'w:br' || t.name === 'w:tab') && paragraph) paragraph.runs.push({ text: t.name === 'w:tab' ? '\t' : '\n' });
    } else if (t.type === 'close') {
      if (t.name === 'w:body') inBody = false;
      else if (t.name === 'w:sdtPr') inSdtPr = false;
      else if (t.name === 'w:t') inText = false;
      else if (t.name === 'w:p' && paragraph) {
        const enclosing = [...open].reverse().find((o) => o.block);
        if (enclosing) enclosing.paragraphs.push(paragraph);
        else blocks.push({ paragraph });
        paragraph = null;
      } else if (t.name === 'w:sdt') {
        const done = open.pop();
        if (!done) continue;
        if (!done.block) paragraph?.runs.push({ control: done.control, text: done.text });
        else blocks.push({ control: done.control, paragraphs: done.paragraphs });
      }
    } else if (inText && paragraph) {
      const inlineControl = [...open].reverse().find((o) => !o.block);
      if (inlineControl) inlineControl.text += t.text;
      else paragraph.runs.push({ text: t.text });
    }
  }
  return blocks;
}

function findInline(doc: MemoryDocument, id: number): (MemoryRun & { control: MemoryControl }) | null {
  for (const b of doc.blocks) {
    for (const p of blockParagraphs(b)) for (const r of p.runs) if (isControlRun(r) && r.control.id === id) return r;
  }
  return null;
}

const findBlock = (doc: MemoryDocument, id: number) => doc.blocks.find((b): b is Extract<MemoryBlock, { control: MemoryControl }> => 'control' in b && b.control.id === id);

/** Where a new entry goes in the blocks. At the very end of a body that ends in a control, Word puts it inside that control. */
function insertBlocks(doc: MemoryDocument, position: Extract<EditOperation, { op: 'insertEntry' }>['position'], blocks: MemoryBlock[]): void {
  if (position.at === 'end') {
    const last = doc.blocks.at(-1);
    if (last && 'control' in last) last.paragraphs.push(...blocks.flatMap(blockParagraphs));
    else doc.blocks.push(...blocks);
    return;
  }
  if (position.at === 'beforeParagraph') {
    const target = flatParagraphs(doc)[position.index];
    const at = target ? doc.blocks.indexOf(target.block) : doc.blocks.length;
    doc.blocks.splice(at, 0, ...blocks);
    return;
  }
  const at = doc.blocks.indexOf(findBlock(doc, position.controlId)!);
  doc.blocks.splice(position.at === 'after' ? at + 1 : at, 0, ...blocks);
}

function insertReference(doc: MemoryDocument, op: Extract<EditOperation, { op: 'insertReference' }>): void {
  const sel = doc.selection!;
  const p = flatParagraphs(doc)[sel.paragraphIndex]?.p;
  if (!p) return;
  const runs: MemoryRun[] = [];
  let offset = 0;
  let placed = false;
  const control: MemoryRun = { control: { id: doc.nextControlId++, tag: op.tag, title: 'Hänvisning' }, text: op.text };
  for (const r of p.runs) {
    const end = offset + r.text.length;
    if (!placed && !isControlRun(r) && !r.deleted && sel.offset >= offset && sel.offset <= end) {
      const cut = sel.offset - offset;
      if (cut > 0) runs.push({ text: r.text.slice(0, cut) });
      runs.push(control);
      if (cut < r.text.length) runs.push({ text: r.text.slice(cut) });
      placed = true;
    } else runs.push(r);
    if (isControlRun(r) || !r.deleted) offset = end;
  }
  if (!placed) runs.push(control);
  p.runs = runs;
}

/**
 * Puts characters `start…end` of a paragraph into a new inline control, its text as it was. Offsets
 * count the text as it currently reads, or with `plain` as Word's `text` and search read it (tracked
 * deletions included). The runs are left as they were, and false returned, where the range is not
 * plain text (it crosses a control or a tracked deletion) or does not lie in the paragraph.
 */
export function wrapInControl(p: MemoryParagraph, start: number, end: number, control: MemoryControl, plain = false): boolean {
  const runs: MemoryRun[] = [];
  let offset = 0;
  let inside = '';
  let placed = false;
  for (const r of p.runs) {
    const length = isControlRun(r) ? (plain && typeof r.deleted === 'string' ? r.deleted.length : 0) + r.text.length : plain || !r.deleted ? r.text.length : 0;
    const from = offset;
    offset += length;
    if (offset <= start || from >= end) {
      runs.push(r);
      continue;
    }
    if (isControlRun(r) || r.deleted) return false;
    const a = Math.max(start, from) - from;
    const b = Math.min(end, offset) - from;
    if (a > 0) runs.push({ text: r.text.slice(0, a) });
    inside += r.text.slice(a, b);
    if (offset >= end) {
      runs.push({ control, text: inside });
      placed = true;
    }
    if (b < r.text.length) runs.push({ text: r.text.slice(b) });
  }
  if (placed) p.runs = runs;
  return placed;
}

/** Where the `occurrence`-th match of `text` starts, as a search from the start of `within` finds them; -1 when there is none. */
export function nthOccurrence(within: string, text: string, occurrence: number): number {
  let at = within.indexOf(text);
  for (let k = 0; k < occurrence && at >= 0; k++) at = within.indexOf(text, at + text.length);
  return at;
}

/** A hand-typed mention made a reference control, as the plan says, in `p` (a copy of it for a dry run). */
function wrapReference(op: Extract<EditOperation, { op: 'wrapReference' }>, p: MemoryParagraph, id: number): boolean {
  const at = nthOccurrence(currentText(p), op.text, op.occurrence);
  return at >= 0 && wrapInControl(p, at, at + op.text.length, { id, tag: op.tag, title: 'Hänvisning' });
}

/** A paragraph's text replaced; tracked, what it read stays as a deletion. */
function setParagraphText(p: MemoryParagraph, text: string, tracked: boolean): void {
  if (!tracked) {
    p.runs = [{ text }];
    return;
  }
  const gone = p.runs.map((r): MemoryRun => (isControlRun(r) ? { ...r, deleted: (r.deleted ?? '') + r.text, text: '' } : { ...r, deleted: true }));
  p.runs = [...gone, { text }];
}

/** Loose body paragraphs rewritten line for line (the table of contents): extra lines after the last, surplus ones deleted. */
function rewriteParagraphs(doc: MemoryDocument, op: Extract<EditOperation, { op: 'rewriteParagraphs' }>, tracked: boolean): void {
  const region = flatParagraphs(doc).slice(op.start, op.start + op.from.length);
  const shared = Math.min(region.length, op.to.length);
  region.slice(0, shared).forEach((f, k) => {
    if (currentText(f.p) !== op.to[k]) setParagraphText(f.p, op.to[k]!, tracked);
  });
  const last = region[shared - 1]!;
  const extra = op.to.slice(shared).map((text) => ({ paragraph: { style: last.p.style, styleBuiltIn: last.p.styleBuiltIn, runs: [{ text }] } }));
  doc.blocks.splice(doc.blocks.indexOf(last.block) + 1, 0, ...extra);
  for (const f of region.slice(shared)) {
    if (tracked) f.p.deleted = true;
    else doc.blocks = doc.blocks.filter((b) => b !== f.block);
  }
}

function apply(doc: MemoryDocument, op: EditOperation, tracked: boolean): void {
  switch (op.op) {
    case 'insertEntry':
      insertBlocks(doc, op.position, blocksFromOoxml(doc, op.ooxml));
      return;
    case 'setControlText': {
      const run = findInline(doc, op.controlId)!;
      if (tracked && run.text) run.deleted = (run.deleted ?? '') + run.text;
      run.text = op.to;
      return;
    }
    case 'setControlTag': {
      const control = findBlock(doc, op.controlId)?.control ?? findInline(doc, op.controlId)!.control;
      control.tag = op.to;
      return;
    }
    case 'insertReference':
      insertReference(doc, op);
      return;
    case 'wrapReference':
      wrapReference(op, flatParagraphs(doc)[op.paragraphIndex]!.p, doc.nextControlId++);
      return;
    case 'rewriteParagraphs':
      rewriteParagraphs(doc, op, tracked);
      return;
    case 'deleteEntry': {
      const block = findBlock(doc, op.controlId)!;
      if (tracked) block.deleted = true;
      else doc.blocks = doc.blocks.filter((b) => b !== block);
      return;
    }
    case 'replaceParagraphs': {
      const block = findBlock(doc, op.controlId)!;
      const fresh = op.ooxml ? blocksFromOoxml(doc, op.ooxml).flatMap(blockParagraphs) : [];
      const count = op.from.length;
      if (tracked) {
        for (const p of block.paragraphs.slice(op.start, op.start + count)) p.deleted = true;
        block.paragraphs.splice(op.start + count, 0, ...fresh);
      } else block.paragraphs.splice(op.start, count, ...fresh);
      return;
    }
  }
}

/** Why the document cannot take an operation that the snapshot cannot tell (the cursor, a mention that is not plain text). */
function refusal(doc: MemoryDocument, op: EditOperation): string | null {
  if (op.op === 'insertReference' && !doc.selection) return 'markören står inte i dokumentet. Placera markören i texten och försök igen';
  if (op.op === 'wrapReference') {
    const p = flatParagraphs(doc)[op.paragraphIndex]?.p;
    if (!p || !wrapReference(op, structuredClone(p), 0)) return `”${op.text}” kan inte göras om till en hänvisning där den står. Skriv om den med Infoga hänvisning`;
  }
  return null;
}

/**
 * Applies a plan whole or not at all, as Word does when every expectation of the plan holds: the
 * document is read (as the gateway reads it), the plan's expectations compared exactly, and only
 * then is every operation applied, in the order a gateway writes them. With `tracked`, replaced
 * and deleted text stays as tracked deletions.
 */
export function applyPlan(doc: MemoryDocument, plan: EditPlan, options: { tracked?: boolean } = {}): { ok: true } | { ok: false; message: string; reload: boolean } {
  const checked = checkPlan(plan, snapshotOf(doc));
  if (!checked.ok) return checked;
  for (const op of plan.operations) {
    const why = refusal(doc, op);
    if (why) return { ok: false, message: `Inget ändrades: ${why}.`, reload: false };
  }
  for (const op of writeOrder(plan.operations)) apply(doc, op, options.tracked ?? false);
  return { ok: true };
}

/** The paragraph of the body by index, for tests and the demo to place the cursor or type text. */
export function memoryParagraphAt(doc: MemoryDocument, index: number): MemoryParagraph | undefined {
  return flatParagraphs(doc)[index]?.p;
}
