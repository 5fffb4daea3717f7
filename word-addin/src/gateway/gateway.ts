import type { DocumentSnapshot } from '../../../core/addin/snapshot.ts';
import type { EditPlan } from '../../../core/addin/edit-plan.ts';

/**
 * Everything the task pane does to a document goes through this interface: read a snapshot,
 * apply an edit plan whole, move the selection. `office-gateway.ts` is the one implementation
 * that touches Office.js; `memory-gateway.ts` keeps a document in memory for tests and the demo.
 */
export interface DocumentGateway {
  snapshot(): Promise<DocumentSnapshot>;
  /** Applies every operation of the plan, or none: on failure throws a `GatewayError` and the document is as it was. */
  apply(plan: EditPlan): Promise<ApplyResult>;
  select(target: SelectTarget): Promise<void>;
  capabilities(): Promise<Capabilities>;
}

/** A place to show the clerk: a content control (an entry, a number, a reference) or a body paragraph by its snapshot index. */
export type SelectTarget = { kind: 'control'; controlId: number } | { kind: 'paragraph'; index: number };

export interface ApplyResult {
  /** Operations applied (all of the plan's). */
  operations: number;
  /** True when Word records the edits as tracked changes. */
  tracked: boolean;
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

/** Why an operation did not happen, in Swedish for the clerk; the document is unchanged. */
export class GatewayError extends Error {
  override readonly name = 'GatewayError';
}
