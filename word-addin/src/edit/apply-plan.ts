import type { PlanResult } from '../../../core/addin/renumber.ts';
import type { StatusMessage } from '../components/fields.tsx';
import { failure } from '../components/failure.ts';
import type { DocumentGateway } from '../gateway/gateway.ts';

/**
 * Applies a plan made from the document and says what happened in the pane's words: the plan's
 * summary, whether Word tracked the change, and the problems the plan reported. A plan that could
 * not be made changes nothing and says why.
 */
export async function applyPlan(
  gateway: DocumentGateway,
  planned: PlanResult,
  refresh: () => Promise<unknown>,
  note = '',
): Promise<{ applied: boolean; message: StatusMessage }> {
  if (!planned.ok) return { applied: false, message: { kind: 'error', text: planned.message } };
  const result = await gateway.apply(planned.plan);
  await refresh();
  return {
    applied: true,
    message: {
      kind: planned.problems.length > 0 ? 'warning' : 'success',
      text: `${planned.plan.summary}.${result.tracked ? ' Ändringarna spåras.' : ''}${note}`,
      details: planned.problems.map((p) => p.message),
    },
  };
}

/** A failed edit, for the status region: the gateway's own Swedish message, or a plain one. */
export function failureMessage(error: unknown): StatusMessage {
  return failure(error, 'Något gick fel i tillägget.');
}
