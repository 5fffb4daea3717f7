import { parseSnapshot, type DocumentSnapshot } from '../../../core/addin/snapshot.ts';
import { EditPlan } from '../../../core/addin/edit-plan.ts';
import { applyPlan, emptyMemoryDocument, snapshotOf, type MemoryDocument, type MemoryParagraph } from './memory-document.ts';
import { GatewayError, type ApplyResult, type Capabilities, type DocumentGateway, type SelectTarget, type TrackingMode } from './gateway.ts';

/**
 * The task pane's gateway over a document held in memory (core's `MemoryDocument`), for the tests
 * and the demo page where Word is not available. It keeps Word's behaviour where the pane can see
 * it: a plan applies whole or not at all, selecting a place moves the cursor (so the next snapshot
 * says which entry the clerk is in), and with Track Changes on every edit is a revision.
 */
export class MemoryGateway implements DocumentGateway {
  readonly doc: MemoryDocument;
  trackingMode: TrackingMode;
  /** Edits Word would record as tracked changes: one per operation applied while tracking is on. */
  revisions = 0;
  private readonly listeners = new Set<() => void>();

  constructor(doc: MemoryDocument = emptyMemoryDocument(), trackingMode: TrackingMode = 'off') {
    this.doc = doc;
    this.trackingMode = trackingMode;
  }

  async snapshot(): Promise<DocumentSnapshot> {
    const parsed = parseSnapshot(snapshotOf(this.doc));
    if (!parsed.ok) throw new GatewayError(parsed.message);
    return parsed.snapshot;
  }

  async apply(plan: EditPlan): Promise<ApplyResult> {
    const checked = EditPlan.safeParse(plan);
    if (!checked.success) throw new GatewayError('Ändringen kunde inte göras: planen har fel format. Inget i dokumentet ändrades.');
    const result = applyPlan(this.doc, checked.data);
    if (!result.ok) throw new GatewayError(result.message);
    const tracked = this.trackingMode !== 'off';
    if (tracked) this.revisions += checked.data.operations.length;
    this.changed();
    return { operations: checked.data.operations.length, tracked };
  }

  async select(target: SelectTarget): Promise<void> {
    const place = target.kind === 'paragraph' ? this.paragraphPlace(target.index) : this.controlPlace(target.controlId);
    if (!place) throw new GatewayError('Stället finns inte längre i dokumentet. Granska igen.');
    this.doc.selection = place;
    this.changed();
  }

  async capabilities(): Promise<Capabilities> {
    return { baseline: true, trackingMode: this.trackingMode, notices: [] };
  }

  /** Puts the cursor in a body paragraph, as clicking in Word does (the demo page, tests). */
  placeCursor(paragraphIndex: number, offset: number): void {
    this.doc.selection = { paragraphIndex, offset };
    this.changed();
  }

  /** Calls `listener` after every change of the document or the cursor (the demo page re-renders). */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(): void {
    for (const l of this.listeners) l();
  }

  private paragraphs(): MemoryParagraph[] {
    return this.doc.blocks.flatMap((b) => ('paragraph' in b ? [b.paragraph] : b.paragraphs));
  }

  private paragraphPlace(index: number): MemoryDocument['selection'] {
    return this.paragraphs()[index] ? { paragraphIndex: index, offset: 0 } : null;
  }

  /** A block control's first paragraph, or just inside an inline control (where Word puts the selection). */
  private controlPlace(controlId: number): MemoryDocument['selection'] {
    let index = 0;
    for (const b of this.doc.blocks) {
      if ('control' in b && b.control.id === controlId) return { paragraphIndex: index, offset: 0 };
      for (const p of 'paragraph' in b ? [b.paragraph] : b.paragraphs) {
        let offset = 0;
        for (const r of p.runs) {
          if ('control' in r && r.control.id === controlId) return { paragraphIndex: index, offset: offset + Math.min(1, r.text.length) };
          offset += r.text.length;
        }
        index++;
      }
    }
    return null;
  }
}
