import { EntryOptions } from '../components/EntryOptions.tsx';
import { useRef, useState } from 'preact/hooks';
import type { DocumentEntry } from '../../../core/addin/document-structure.ts';
import { deletionSentence, entryAtCursor, planEntryDeletion, type DeletionResult, type ReferenceLeft } from '../../../core/addin/delete-entry-plan.ts';
import { formatNumber } from '../../../core/addin/references.ts';
import { SelectField, type StatusMessage } from '../components/fields.tsx';
import { applyPlan, type PaneMessage } from '../edit/apply-plan.ts';
import { useBusyAction } from '../edit/use-busy-action.ts';
import type { ViewProps } from './view-props.ts';

interface DeleteEntryToolProps extends Pick<ViewProps, 'gateway' | 'refresh' | 'disabled'> {
  entries: DocumentEntry[];
  onMessage: (message: StatusMessage | null) => void;
}

function Places({ id, lead, list }: { id: string; lead: string; list: ReferenceLeft[] }) {
  if (list.length === 0) return null;
  return (
    <>
      <p id={id}>{lead}</p>
      <ul aria-labelledby={id}>
        {list.map((r, i) => (
          <li key={i}>
            ”{r.text}” {r.where}
          </li>
        ))}
      </ul>
    </>
  );
}

/**
 * "Ta bort paragraf": the § the cursor is in (or the one chosen) is deleted, the §§ after it are
 * renumbered and references to them rewritten, in one plan. The pane first says what will happen,
 * read from the document as it is now; the clerk confirms, and the gateway writes the plan only if
 * the document still reads exactly as it did.
 */
export function DeleteEntryTool({ gateway, refresh, disabled, entries, onMessage }: DeleteEntryToolProps) {
  const [chosen, setChosen] = useState('');
  const [pending, setPending] = useState<Extract<DeletionResult, { ok: true }> | null>(null);
  const [busy, act] = useBusyAction(onMessage);
  const headingRef = useRef<HTMLHeadingElement>(null);
  async function review() {
    await act(async () => {
      // The cursor's § as Word has it now, not as the pane last read it.
      const current = await refresh();
      const target = chosen || entryAtCursor(current);
      if (!target) return onMessage({ kind: 'info', text: 'Markören står inte i någon paragraf. Välj paragrafen i listan.' });
      const planned = planEntryDeletion(current, target);
      if (!planned.ok) {
        const refused: PaneMessage = { kind: 'error', text: planned.message, reload: planned.reload };
        return onMessage(refused);
      }
      setPending(planned);
      requestAnimationFrame(() => headingRef.current?.focus());
    });
  }

  async function confirm() {
    if (!pending) return;
    await act(async () => {
      const { message } = await applyPlan(gateway, pending, refresh);
      onMessage(message);
      setChosen('');
    });
    setPending(null);
  }

  const preview = pending?.preview;
  const name = preview?.number !== null && preview?.number !== undefined ? formatNumber(preview.number) : 'paragrafen';
  return (
    <fieldset>
      <legend>Ta bort paragraf</legend>
      <SelectField
        id="np-delete-target"
        label="Paragraf att ta bort"
        hint="Paragraferna efter den numreras om, och hänvisningar till dem skrivs om."
        value={chosen}
        onChange={(v) => {
          setChosen(v);
          setPending(null);
        }}
      >
        <option value="">Den där markören står</option>
        <EntryOptions entries={entries} />
      </SelectField>
      {!preview && (
        <button type="button" id="np-delete" class="btn" disabled={disabled || busy} onClick={() => void review()}>
          Ta bort paragraf…
        </button>
      )}
      {preview && (
        <div class="message message-warning" role="group" aria-labelledby="np-delete-heading">
          <div>
            <h3 id="np-delete-heading" tabIndex={-1} ref={headingRef}>
              Ta bort {preview.heading ? `”${preview.heading}”` : name}?
            </h3>
            <p>{deletionSentence(preview)}.</p>
            <Places
              id="np-delete-dangling"
              lead="Hänvisningar till den borttagna paragrafen lämnas som de står, och Granska visar dem tills du har ändrat dem:"
              list={preview.pointingAtDeleted}
            />
            <Places id="np-delete-typed" lead="Skrivna för hand, ändras inte när paragraferna numreras om:" list={preview.typedByHand} />
            <p>Med Spåra ändringar på blir borttagningen en spårad ändring. Annars ångrar du den med Ångra i Word.</p>
            <div class="actions">
              <button type="button" id="np-delete-confirm" class="btn btn-primary" disabled={busy || disabled} onClick={() => void confirm()}>
                Ta bort {name}
              </button>
              <button type="button" id="np-delete-cancel" class="btn" disabled={busy} onClick={() => setPending(null)}>
                Avbryt
              </button>
            </div>
          </div>
        </div>
      )}
    </fieldset>
  );
}
