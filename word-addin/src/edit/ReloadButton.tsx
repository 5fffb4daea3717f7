import { useState } from 'preact/hooks';
import type { StatusMessage } from '../components/fields.tsx';
import { failureMessage, wantsReload } from './apply-plan.ts';

/**
 * "Läs in dokumentet igen", beside a message that asks for it: reads the document again and says
 * so (or why it could not), through `onDone`, so that the clerk can try once more on what is there now.
 */
export function ReloadButton({
  id,
  message,
  reload,
  onDone,
}: {
  id: string;
  message: StatusMessage | null;
  reload: () => Promise<unknown>;
  onDone: (message: StatusMessage) => void;
}) {
  const [busy, setBusy] = useState(false);
  if (!wantsReload(message)) return null;
  return (
    <div class="actions">
      <button
        type="button"
        id={id}
        class="btn"
        disabled={busy}
        onClick={() => {
          setBusy(true);
          reload()
            .then(
              () => onDone({ kind: 'info', text: 'Dokumentet är inläst igen. Kontrollera och försök på nytt.' }),
              (error: unknown) => onDone(failureMessage(error)),
            )
            .finally(() => setBusy(false));
        }}
      >
        {busy ? 'Läser in…' : 'Läs in dokumentet igen'}
      </button>
    </div>
  );
}
