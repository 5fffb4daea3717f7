import { parseSnapshot, type DocumentSnapshot, type SnapshotControl, type SnapshotParagraph } from '../../../core/addin/snapshot.ts';
import { EditPlan, type EditOperation, type EntryPosition } from '../../../core/addin/edit-plan.ts';
import { entryTag, parseTag } from '../../../core/addin/tags.ts';
import { GatewayError, type ApplyResult, type Capabilities, type DocumentGateway, type SelectTarget, type TrackingMode } from './gateway.ts';
import {
  paragraphStyle,
  paragraphText,
  readOoxmlBlocks,
  type MemBlock,
  type MemBlockControl,
  type MemInlineControl,
  type MemParagraph,
} from './memory-ooxml.ts';

/** Where the clerk's cursor is: a body paragraph (flat index, as in the snapshot) and an offset in its text. */
export interface MemSelection {
  paragraph: number;
  offset: number;
}

export interface MemoryDocumentInit {
  /** Plain paragraphs to start from, e.g. a cover page. */
  paragraphs?: { text: string; styleId?: string }[];
  trackingMode?: TrackingMode;
}

/**
 * A Word document in memory behind the same interface as Word: it reads the same OOXML the
 * Office gateway inserts, keeps controls with session ids, and applies a plan whole or not at all
 * (on a copy that replaces the document only when every operation succeeded). Used by the tests
 * and the demo page, where Word is not available.
 */
export class MemoryGateway implements DocumentGateway {
  private blocks: MemBlock[];
  private selection: MemSelection | null = null;
  private nextControlId = 1;
  private readonly listeners = new Set<() => void>();
  trackingMode: TrackingMode;
  /** Edits recorded as tracked changes (when tracking is on): one per applied operation. */
  revisions = 0;
  /** Calls of `apply`, successful or not; tests count them the way Office tests count syncs. */
  applyCalls = 0;

  constructor(init: MemoryDocumentInit = {}) {
    this.blocks = (init.paragraphs ?? []).map((p) => ({
      kind: 'paragraph',
      paragraph: { ...paragraphStyle(p.styleId ?? null), segments: p.text ? [{ text: p.text }] : [] },
    }));
    this.trackingMode = init.trackingMode ?? 'off';
  }

  async snapshot(): Promise<DocumentSnapshot> {
    const paragraphs: SnapshotParagraph[] = [];
    const controls: SnapshotControl[] = [];
    const inline = (p: MemParagraph) => {
      for (const s of p.segments) if (s.control) controls.push({ id: s.control.id, tag: s.control.tag, title: s.control.title, text: s.text });
    };
    for (const b of this.blocks) {
      if (b.kind === 'paragraph') {
        paragraphs.push(snapshotParagraph(b.paragraph));
        inline(b.paragraph);
        continue;
      }
      const own = b.control.paragraphs.map(snapshotParagraph);
      paragraphs.push(...own);
      controls.push({ id: b.control.id, tag: b.control.tag, title: b.control.title, text: own.map((p) => p.text).join('\n'), paragraphs: own });
      b.control.paragraphs.forEach(inline);
    }
    const parsed = parseSnapshot({ paragraphs, controls, selectedControlId: this.selectedControlId() });
    if (!parsed.ok) throw new GatewayError(parsed.message);
    return parsed.snapshot;
  }

  async apply(plan: EditPlan): Promise<ApplyResult> {
    this.applyCalls++;
    const checked = EditPlan.safeParse(plan);
    if (!checked.success) throw new GatewayError('Ändringen kunde inte göras: planen har fel format. Inget i dokumentet ändrades.');
    const work = new Draft(structuredClone(this.blocks), this.nextControlId, this.selection);
    for (const op of checked.data.operations) work.apply(op);
    this.blocks = work.blocks;
    this.nextControlId = work.nextId;
    this.selection = work.selection;
    const tracked = this.trackingMode !== 'off';
    if (tracked) this.revisions += checked.data.operations.length;
    this.changed();
    return { operations: checked.data.operations.length, tracked };
  }

  async select(target: SelectTarget): Promise<void> {
    const flat = this.flatParagraphs();
    if (target.kind === 'paragraph') {
      if (!flat[target.index]) throw new GatewayError('Stycket finns inte längre i dokumentet.');
      this.selection = { paragraph: target.index, offset: 0 };
    } else {
      const at = flat.findIndex((f) => f.control?.id === target.controlId || f.paragraph.segments.some((s) => s.control?.id === target.controlId));
      if (at < 0) throw new GatewayError('Stället finns inte längre i dokumentet. Granska igen.');
      const p = flat[at]!.paragraph;
      let offset = 0;
      for (const s of p.segments) {
        if (s.control?.id === target.controlId) break;
        offset += s.text.length;
      }
      this.selection = { paragraph: at, offset: flat[at]!.control?.id === target.controlId ? 0 : offset };
    }
    this.changed();
  }

  async capabilities(): Promise<Capabilities> {
    return { baseline: true, trackingMode: this.trackingMode, notices: [] };
  }

  /** Moves the cursor, as a clerk clicking in the document would. */
  placeCursor(selection: MemSelection | null): void {
    this.selection = selection;
    this.changed();
  }

  getSelection(): MemSelection | null {
    return this.selection;
  }

  /** The document as blocks, for the demo page's rendering. */
  getBlocks(): readonly MemBlock[] {
    return this.blocks;
  }

  /** The document as plain text, one line per paragraph. */
  text(): string {
    return this.flatParagraphs().map((f) => paragraphText(f.paragraph)).join('\n');
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(): void {
    for (const l of this.listeners) l();
  }

  private flatParagraphs(): FlatParagraph[] {
    return flatten(this.blocks);
  }

  private selectedControlId(): number | null {
    if (!this.selection) return null;
    const at = this.flatParagraphs()[this.selection.paragraph];
    if (!at) return null;
    let offset = 0;
    for (const s of at.paragraph.segments) {
      // Inside an inline control or at its end, where Word's cursor still belongs to it.
      if (s.control && this.selection.offset > offset && this.selection.offset <= offset + s.text.length) return s.control.id;
      offset += s.text.length;
    }
    return at.control?.id ?? null;
  }
}

type FlatParagraph = { paragraph: MemParagraph; control: MemBlockControl | null };

function flatten(blocks: readonly MemBlock[]): FlatParagraph[] {
  return blocks.flatMap((b): FlatParagraph[] =>
    b.kind === 'paragraph' ? [{ paragraph: b.paragraph, control: null }] : b.control.paragraphs.map((paragraph) => ({ paragraph, control: b.control })),
  );
}

function snapshotParagraph(p: MemParagraph): SnapshotParagraph {
  return { text: paragraphText(p), style: p.style, styleBuiltIn: p.styleBuiltIn };
}

/** A plan being applied to a copy of the document; any failed check throws and the copy is dropped. */
class Draft {
  blocks: MemBlock[];
  nextId: number;
  selection: MemSelection | null;

  constructor(blocks: MemBlock[], nextId: number, selection: MemSelection | null) {
    this.blocks = blocks;
    this.nextId = nextId;
    this.selection = selection;
  }

  apply(op: EditOperation): void {
    switch (op.op) {
      case 'insertEntry':
        return this.insertEntry(op.entryId, op.ooxml, op.position);
      case 'setControlText': {
        const c = this.inlineControl(op.controlId);
        if (c.segment.text !== op.from) throw changedSince();
        c.segment.text = op.to;
        return;
      }
      case 'setControlTag': {
        const c = this.anyControl(op.controlId);
        if (c.tag !== op.from) throw changedSince();
        c.tag = op.to;
        return;
      }
      case 'insertReference':
        return this.insertReference(op.tag, op.text);
      case 'deleteEntry': {
        const i = this.blocks.findIndex((b) => b.kind === 'control' && b.control.id === op.controlId);
        const b = this.blocks[i];
        if (!b || b.kind !== 'control' || b.control.tag !== entryTag(op.entryId)) throw changedSince();
        this.blocks.splice(i, 1);
        this.selection = null;
        return;
      }
    }
  }

  private insertEntry(entryId: string, ooxml: string, position: EntryPosition): void {
    const blocks = readOoxmlBlocks(ooxml, () => this.nextId++);
    const tag = entryTag(entryId);
    if (!blocks.some((b) => b.kind === 'control' && b.control.tag === tag)) {
      throw new GatewayError('Paragrafen kunde inte infogas: den genererade texten saknar paragrafens innehållskontroll.');
    }
    let at = this.blocks.length;
    if (position.at !== 'end') {
      const i = this.blocks.findIndex((b) => b.kind === 'control' && b.control.id === position.controlId);
      if (i < 0) throw changedSince();
      at = position.at === 'before' ? i : i + 1;
    }
    this.blocks.splice(at, 0, ...blocks);
  }

  private insertReference(tag: string, text: string): void {
    if (!parseTag(tag)) throw new GatewayError('Hänvisningen kunde inte infogas: ogiltig tagg.');
    if (!this.selection) throw new GatewayError('Placera markören i dokumentet där hänvisningen ska stå.');
    const at = flatten(this.blocks)[this.selection.paragraph];
    if (!at) throw changedSince();
    const control: MemInlineControl = { id: this.nextId++, tag, title: 'Hänvisning' };
    const segments = at.paragraph.segments;
    let offset = this.selection.offset;
    let i = 0;
    while (i < segments.length && offset > segments[i]!.text.length) offset -= segments[i++]!.text.length;
    const s = segments[i];
    const reference = { text, control };
    if (!s) segments.push(reference);
    else if (offset === 0) segments.splice(i, 0, reference);
    else if (offset === s.text.length) segments.splice(i + 1, 0, reference);
    else if (s.control) throw new GatewayError('Hänvisningen kan inte stå inuti en annan innehållskontroll.');
    else segments.splice(i, 1, { text: s.text.slice(0, offset) }, reference, { text: s.text.slice(offset) });
    this.selection = { paragraph: this.selection.paragraph, offset: this.selection.offset + text.length };
  }

  private inlineControl(id: number): { segment: { text: string }; control: MemInlineControl } {
    for (const { paragraph } of flatten(this.blocks)) {
      for (const s of paragraph.segments) if (s.control?.id === id) return { segment: s, control: s.control };
    }
    throw changedSince();
  }

  private anyControl(id: number): { tag: string } {
    for (const b of this.blocks) if (b.kind === 'control' && b.control.id === id) return b.control;
    return this.inlineControl(id).control;
  }
}

function changedSince(): GatewayError {
  return new GatewayError('Dokumentet har ändrats sedan det lästes. Inget ändrades – försök igen.');
}
