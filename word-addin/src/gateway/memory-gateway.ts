import { parseSnapshot, type DocumentSnapshot } from '../../../core/addin/snapshot.ts';
import { EditPlan } from '../../../core/addin/edit-plan.ts';
import type { PlanResult } from '../../../core/addin/renumber.ts';
import { applyPlan, emptyMemoryDocument, memoryParagraphAt, snapshotOf, type MemoryDocument } from './memory-document.ts';
import {
  GatewayError,
  SnapshotListeners,
  type ApplyResult,
  type Capabilities,
  type DocumentGateway,
  type EditResult,
  type SelectTarget,
  type TrackingMode,
} from './gateway.ts';

/**
 * The task pane's gateway over a document held in memory (`MemoryDocument`), for the tests and the
 * demo page where Word is not available. It keeps Word's behaviour where the pane can see it: a
 * plan applies exactly as planned or not at all, selecting a place moves the cursor (so the next
 * snapshot says which entry the clerk is in), and with Track Changes on every edit is a revision
 * whose replaced text stays in the document as a tracked deletion.
 */
export class MemoryGateway implements DocumentGateway {
  readonly doc: MemoryDocument;
  trackingMode: TrackingMode;
  /** Edits Word would record as tracked changes: one per operation applied while tracking is on. */
  revisions = 0;
  private readonly listeners = new Set<() => void>();
  private readonly snapshots = new SnapshotListeners();

  constructor(doc: MemoryDocument = emptyMemoryDocument(), trackingMode: TrackingMode = 'off') {
    this.doc = doc;
    this.trackingMode = trackingMode;
  }

  async snapshot(): Promise<DocumentSnapshot> {
    return this.snapshots.publish(this.read());
  }

  private read(): DocumentSnapshot {
    const parsed = parseSnapshot(snapshotOf(this.doc));
    if (!parsed.ok) throw new GatewayError(parsed.message);
    return parsed.snapshot;
  }

  async apply(plan: EditPlan): Promise<ApplyResult> {
    const checked = EditPlan.safeParse(plan);
    if (!checked.success) throw new GatewayError('Ändringen kunde inte göras: planen har fel format. Inget i dokumentet ändrades.');
    const tracked = this.trackingMode !== 'off';
    if (checked.data.operations.length > 0) {
      const result = applyPlan(this.doc, checked.data, { tracked });
      if (!result.ok) throw new GatewayError(result.message, { reload: result.reload });
      if (tracked) this.revisions += checked.data.operations.length;
      this.changed();
    }
    return { operations: checked.data.operations.length, tracked, snapshot: await this.snapshot() };
  }

  async edit<P extends PlanResult>(planner: (current: DocumentSnapshot) => P): Promise<EditResult<P>> {
    const current = await this.snapshot();
    const planned = planner(current);
    if (!planned.ok || planned.plan.operations.length === 0) return { planned, result: null, snapshot: current };
    const result = await this.apply(planned.plan);
    return { planned, result, snapshot: result.snapshot };
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

  onSnapshot(listener: (snapshot: DocumentSnapshot) => void): () => void {
    return this.snapshots.add(listener);
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

  private paragraphPlace(index: number): MemoryDocument['selection'] {
    return memoryParagraphAt(this.doc, index) ? { paragraphIndex: index, offset: 0 } : null;
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
