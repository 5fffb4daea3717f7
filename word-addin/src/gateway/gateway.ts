import type { DocumentSnapshot } from '../../../core/addin/snapshot.ts';
import type { EditPlan } from '../../../core/addin/edit-plan.ts';
import type { PlanResult } from '../../../core/addin/renumber.ts';

/**
 * Everything the task pane does to a document goes through this interface: read a snapshot,
 * apply an edit plan whole, move the selection. `office-gateway.ts` is the one implementation
 * that touches Office.js; `memory-gateway.ts` keeps a document in memory for tests and the demo.
 *
 * Every write is exact or nothing: immediately before writing (one sync before, in the same
 * `Word.run`) the gateway reads the document, compares every expectation of the plan exactly in
 * code (`checkPlan`: the text, tag and editability of each control it touches), and writes only
 * when all hold. The same batch that writes reads the document back, so the pane is up to date
 * without another round trip.
 */
export interface DocumentGateway {
  snapshot(): Promise<DocumentSnapshot>;
  /**
   * Applies every operation of the plan, or none: on refusal or failure it throws a `GatewayError`
   * and the document is as it was (what Word did before a failure part-way is taken back).
   */
  apply(plan: EditPlan): Promise<ApplyResult>;
  /**
   * One user action: reads the document, makes the plan from what it read, and applies it as
   * `apply` does. The plan is made from the freshest text there is; its expectations are checked
   * all the same (a planner may carry older ones, as filling in an entry does).
   */
  edit<P extends PlanResult>(planner: (current: DocumentSnapshot) => P): Promise<EditResult<P>>;
  select(target: SelectTarget): Promise<void>;
  capabilities(): Promise<Capabilities>;
  /** Calls `listener` with every snapshot the gateway reads, before and after edits. */
  onSnapshot(listener: (snapshot: DocumentSnapshot) => void): () => void;
}

/** A place to show the clerk: a content control (an entry, a number, a reference) or a body paragraph by its snapshot index. */
export type SelectTarget = { kind: 'control'; controlId: number } | { kind: 'paragraph'; index: number };

export interface ApplyResult {
  /** Operations applied (all of the plan's). */
  operations: number;
  /** True when Word records the edits as tracked changes. */
  tracked: boolean;
  /** The document as it reads after the edit. */
  snapshot: DocumentSnapshot;
}

/** What `edit` did: the planner's result, and what applying it gave when it made a plan to apply. */
export interface EditResult<P extends PlanResult> {
  planned: P;
  /** Null when the planner made no plan, or one without operations: nothing was written. */
  result: ApplyResult | null;
  /** The document as it reads now. */
  snapshot: DocumentSnapshot;
}

export type TrackingMode = 'off' | 'trackAll' | 'trackMineOnly';

export interface Capabilities {
  /** WordApi 1.3 is the baseline: without it the add-in cannot read or write entries. */
  baseline: boolean;
  /** The document's Track Changes mode, or null when the host cannot tell (WordApi below 1.4). */
  trackingMode: TrackingMode | null;
  /** Swedish notes on features that are switched off in this host, shown once in the pane. */
  notices: string[];
}

/**
 * Why an operation did not happen, in Swedish for the clerk; the document is unchanged. `reload`:
 * the document changed since the pane read it, and reading it again ("Läs in dokumentet igen")
 * helps. `detail`: Word's error code, for support only, never shown as the message.
 */
export class GatewayError extends Error {
  override readonly name = 'GatewayError';
  readonly reload: boolean;
  readonly detail: string | undefined;
  constructor(message: string, options: { reload?: boolean; detail?: string } = {}) {
    super(message);
    this.reload = options.reload ?? false;
    this.detail = options.detail;
  }
}

/** A set of listeners for the snapshots a gateway reads. */
export class SnapshotListeners {
  private readonly listeners = new Set<(snapshot: DocumentSnapshot) => void>();
  add(listener: (snapshot: DocumentSnapshot) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
  publish(snapshot: DocumentSnapshot): DocumentSnapshot {
    for (const l of this.listeners) l(snapshot);
    return snapshot;
  }
}
