import { useState } from 'preact/hooks';
import { failureMessage, type PaneMessage } from './apply-plan.ts';

/** Runs `work` as the pane's action; `failed` words a failure when the default does not fit. */
type Act = (work: () => Promise<unknown>, failed?: (error: unknown) => PaneMessage) => Promise<void>;

/**
 * A pane action that talks to Word: the last message is cleared, the buttons are busy while it
 * runs, and a failure becomes a message for the clerk in Swedish (never Word's error code).
 */
export function useBusyAction(show: (message: PaneMessage | null) => void): [busy: boolean, act: Act] {
  const [busy, setBusy] = useState(false);
  async function act(work: () => Promise<unknown>, failed: (error: unknown) => PaneMessage = failureMessage): Promise<void> {
    setBusy(true);
    show(null);
    try {
      await work();
    } catch (error) {
      show(failed(error));
    } finally {
      setBusy(false);
    }
  }
  return [busy, act];
}
