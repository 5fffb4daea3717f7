import type { PlanResult } from '../../../core/addin/renumber.ts';
import type { DocumentSnapshot } from '../../../core/addin/snapshot.ts';
import type { StatusMessage } from '../components/fields.tsx';
import { failure } from '../components/failure.ts';
import { GatewayError, type ApplyResult, type DocumentGateway } from '../gateway/gateway.ts';

/**
 * A message in the pane. `reload`: the document changed since the pane read it, and the message
 * comes with a "Läs in dokumentet igen" button that reads it again (`ReloadButton`).
 */
export interface PaneMessage extends StatusMessage {
  reload?: boolean;
}

/** Whether a message asks for the document to be read again. */
export const wantsReload = (message: StatusMessage | null): boolean => Boolean((message as PaneMessage | null)?.reload);

function doneMessage(planned: Extract<PlanResult, { ok: true }>, result: ApplyResult | null, note: string): PaneMessage {
  return {
    kind: planned.problems.length > 0 ? 'warning' : result ? 'success' : 'info',
    text: `${planned.plan.summary}.${result?.tracked ? ' Ändringarna spåras.' : ''}${result ? note : ''}`,
    details: planned.problems.map((p) => p.message),
  };
}

/**
 * Applies a plan made from the document and says what happened in the pane's words: the plan's
 * summary, whether Word tracked the change, and the problems the plan reported. A plan that could
 * not be made changes nothing and says why. The gateway reads the document back in the batch that
 * writes and hands that to the pane (`onSnapshot`), so `refresh` is not called again.
 */
export async function applyPlan(
  gateway: DocumentGateway,
  planned: PlanResult,
  _refresh: () => Promise<unknown>,
  note = '',
): Promise<{ applied: boolean; message: StatusMessage }> {
  if (!planned.ok) return { applied: false, message: { kind: 'error', text: planned.message, reload: planned.reload } as PaneMessage };
  const result = await gateway.apply(planned.plan);
  return { applied: true, message: doneMessage(planned, result, note) };
}

/**
 * One user action that edits the document, from click to updated pane: the gateway reads the
 * document, `planner` makes the plan from what it read, and the gateway checks and writes it and
 * reads the document back, in as few round trips as Word allows (2 for inserting a §).
 */
export async function runEdit<P extends PlanResult>(
  gateway: DocumentGateway,
  planner: (current: DocumentSnapshot) => P,
  note = '',
): Promise<{ applied: boolean; planned: P; message: PaneMessage; snapshot: DocumentSnapshot }> {
  const { planned, result, snapshot } = await gateway.edit(planner);
  if (!planned.ok) return { applied: false, planned, snapshot, message: { kind: 'error', text: planned.message, reload: planned.reload } };
  return { applied: result !== null, planned, snapshot, message: doneMessage(planned, result, note) };
}

/** A failed edit, for the status region: the gateway's own Swedish message (Word's code only for support), or a plain one. */
export function failureMessage(error: unknown): PaneMessage {
  if (error instanceof GatewayError) {
    return { kind: 'error', text: error.message, reload: error.reload, ...(error.detail ? { support: `Word: ${error.detail}` } : {}) };
  }
  return failure(error, 'Något gick fel i tillägget.');
}
