import { xmlTokens } from '../../../core/read/xml-tokens.ts';
import type { DocumentSnapshot, SnapshotControl, SnapshotParagraph } from '../../../core/addin/snapshot.ts';
import type { EditOperation, EditPlan } from '../../../core/addin/edit-plan.ts';
import { sameText } from '../../../core/addin/references.ts';

/**
 * A Word document held in memory with just the structure the add-in touches: paragraphs made of
 * text runs and inline content controls, and block content controls around whole paragraphs.
 * It stands in for Word behind the same snapshot/edit-plan contract, in tests and in the task
 * pane's demo, and applies a plan with Word's all-or-nothing semantics.
 */
export interface MemoryControl {
  id: number;
  tag: string;
  title: string;
}
export type MemoryRun = { text: string } | { control: MemoryControl; text: string };
export interface MemoryParagraph {
  style: string;
  styleBuiltIn: string;
  runs: MemoryRun[];
}
export type MemoryBlock = { paragraph: MemoryParagraph } | { control: MemoryControl; paragraphs: MemoryParagraph[] };

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

const paragraphText = (p: MemoryParagraph) => p.runs.map((r) => r.text).join('');
const blockParagraphs = (b: MemoryBlock) => ('paragraph' in b ? [b.paragraph] : b.paragraphs);
const toSnapshotParagraph = (p: MemoryParagraph): SnapshotParagraph => ({ text: paragraphText(p), style: p.style, styleBuiltIn: p.styleBuiltIn });

/** What the Office.js gateway would read: paragraphs, then controls in document order. */
export function snapshotOf(doc: MemoryDocument): DocumentSnapshot {
  const paragraphs: SnapshotParagraph[] = [];
  const controls: SnapshotControl[] = [];
  let selectedControlId: number | null = null;
  const inline = (p: MemoryParagraph, index: number) => {
    let offset = 0;
    for (const r of p.runs) {
      if ('control' in r) {
        controls.push({ ...r.control, text: r.text });
        const sel = doc.selection;
        if (sel && sel.paragraphIndex === index && sel.offset > offset && sel.offset < offset + r.text.length) selectedControlId = r.control.id;
      }
      offset += r.text.length;
    }
  };
  for (const b of doc.blocks) {
    const first = paragraphs.length;
    if ('control' in b) {
      const ps = b.paragraphs.map(toSnapshotParagraph);
      controls.push({ ...b.control, text: ps.map((p) => p.text).join('\r'), paragraphs: ps });
      const sel = doc.selection;
      if (sel && sel.paragraphIndex >= first && sel.paragraphIndex < first + ps.length && selectedControlId === null) selectedControlId = b.control.id;
    }
    for (const p of blockParagraphs(b)) {
      inline(p, paragraphs.length);
      paragraphs.push(toSnapshotParagraph(p));
    }
  }
  return { paragraphs, controls, selectedControlId };
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
    for (const p of blockParagraphs(b)) for (const r of p.runs) if ('control' in r && r.control.id === id) return r;
  }
  return null;
}

function findControl(doc: MemoryDocument, id: number): { control: MemoryControl; text: string; block: boolean } | null {
  for (const b of doc.blocks) {
    if ('control' in b && b.control.id === id) return { control: b.control, text: b.paragraphs.map(paragraphText).join('\r'), block: true };
  }
  const r = findInline(doc, id);
  return r ? { control: r.control, text: r.text, block: false } : null;
}

/** Why an operation cannot apply to the document as it is now, or null when it can. */
function refusal(doc: MemoryDocument, op: EditOperation): string | null {
  switch (op.op) {
    case 'insertEntry':
      if (op.position.at !== 'end' && !findControl(doc, op.position.controlId)?.block) return 'paragrafen att infoga vid finns inte';
      return null;
    case 'setControlText': {
      const c = findControl(doc, op.controlId);
      if (!c || c.block) return 'innehållskontrollen finns inte';
      return sameText(c.text, op.from) ? null : `texten "${c.text}" har ändrats sedan dokumentet lästes`;
    }
    case 'setControlTag': {
      const c = findControl(doc, op.controlId);
      if (!c) return 'innehållskontrollen finns inte';
      return c.control.tag === op.from ? null : 'innehållskontrollens tagg har ändrats';
    }
    case 'insertReference':
      return doc.selection ? null : 'markören står inte i dokumentet';
    case 'deleteEntry':
      return findControl(doc, op.controlId)?.block ? null : 'paragrafen finns inte';
    case 'replaceEntry': {
      const c = findControl(doc, op.controlId);
      if (!c?.block) return 'paragrafen finns inte';
      return sameText(c.text, op.from) ? null : 'paragrafen har ändrats sedan formuläret öppnades';
    }
  }
}

function allParagraphs(doc: MemoryDocument): MemoryParagraph[] {
  return doc.blocks.flatMap(blockParagraphs);
}

function apply(doc: MemoryDocument, op: EditOperation): void {
  switch (op.op) {
    case 'insertEntry': {
      const blocks = blocksFromOoxml(doc, op.ooxml);
      const at =
        op.position.at === 'end'
          ? doc.blocks.length
          : doc.blocks.findIndex((b) => 'control' in b && b.control.id === (op.position as { controlId: number }).controlId) + (op.position.at === 'after' ? 1 : 0);
      doc.blocks.splice(at, 0, ...blocks);
      return;
    }
    case 'setControlText':
      findInline(doc, op.controlId)!.text = op.to;
      return;
    case 'setControlTag':
      findControl(doc, op.controlId)!.control.tag = op.to;
      return;
    case 'insertReference': {
      const sel = doc.selection!;
      const p = allParagraphs(doc)[sel.paragraphIndex];
      if (!p) return;
      const runs: MemoryRun[] = [];
      let offset = 0;
      let placed = false;
      const control: MemoryRun = { control: { id: doc.nextControlId++, tag: op.tag, title: 'Hänvisning' }, text: op.text };
      for (const r of p.runs) {
        const end = offset + r.text.length;
        if (!placed && !('control' in r) && sel.offset >= offset && sel.offset <= end) {
          const cut = sel.offset - offset;
          if (cut > 0) runs.push({ text: r.text.slice(0, cut) });
          runs.push(control);
          if (cut < r.text.length) runs.push({ text: r.text.slice(cut) });
          placed = true;
        } else runs.push(r);
        offset = end;
      }
      if (!placed) runs.push(control);
      p.runs = runs;
      return;
    }
    case 'deleteEntry':
      doc.blocks = doc.blocks.filter((b) => !('control' in b && b.control.id === op.controlId));
      return;
    case 'replaceEntry': {
      const block = doc.blocks.find((b) => 'control' in b && b.control.id === op.controlId);
      if (block && 'paragraphs' in block) block.paragraphs = blocksFromOoxml(doc, op.ooxml).flatMap(blockParagraphs);
      return;
    }
  }
}

/**
 * Applies a plan whole or not at all, as one `context.sync` does in Word: every operation is checked
 * against the document first, and one that no longer fits refuses the whole plan.
 */
export function applyPlan(doc: MemoryDocument, plan: EditPlan): { ok: true } | { ok: false; message: string } {
  for (const op of plan.operations) {
    const why = refusal(doc, op);
    if (why) return { ok: false, message: `Ändringen gjordes inte: ${why}. Läs in dokumentet igen och försök på nytt.` };
  }
  for (const op of plan.operations) apply(doc, op);
  return { ok: true };
}

/** The paragraph of the body by index, for tests and the demo to place the cursor or type text. */
export function memoryParagraphAt(doc: MemoryDocument, index: number): MemoryParagraph | undefined {
  return allParagraphs(doc)[index];
}
