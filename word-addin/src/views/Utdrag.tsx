import { useMemo, useState } from 'preact/hooks';
import { snapshotToProtocol } from '../../../core/addin/snapshot-to-protocol.ts';
import { recipientGroups } from '../../../core/extract/index.ts';
import { paragraphRange } from '../../../core/text/paragraph-range.ts';
import { plural } from '../../../core/text/plural.ts';
import { Checkbox, StatusRegion, TextField, type StatusMessage } from '../components/fields.tsx';
import { openExtracts } from '../extract/open-extracts.ts';
import type { DocumentCreator } from '../gateway/document-creator.ts';
import type { ViewProps } from './view-props.ts';
import { useBusyAction } from '../edit/use-busy-action.ts';

/**
 * Protokollsutdrag: the clerk chooses §§, the core builds the extract, and Word opens it as a new
 * document; the protocol is only read. With "ett utdrag per mottagare", one extract per recipient
 * the chosen §§ name under "Beslutet skickas till".
 */
export function Utdrag({ snapshot, refresh, disabled, creator }: ViewProps & { creator: DocumentCreator }) {
  const [chosen, setChosen] = useState<ReadonlySet<number>>(new Set());
  const [perRecipient, setPerRecipient] = useState(false);
  const [organisation, setOrganisation] = useState('');
  const [namn, setNamn] = useState('');
  const [titel, setTitel] = useState('');
  const [message, setMessage] = useState<StatusMessage | null>(null);
  const [busy, act] = useBusyAction(setMessage);

  const paragrafer = useMemo(() => (snapshot ? snapshotToProtocol(snapshot).paragrafer : []), [snapshot]);
  const selected = paragrafer.filter((p) => chosen.has(p.number));
  const groups = recipientGroups(selected);

  const toggle = (n: number, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(n);
    else next.delete(n);
    setChosen(next);
  };

  async function open() {
    await act(async () => {
      const current = await refresh();
      const numbers = selected.map((p) => p.number);
      const outcome = await openExtracts(creator, current, { paragrafer: numbers, perRecipient, organisation, intygas: { namn, titel } });
      if (!outcome.ok) return setMessage({ kind: 'error', text: `Inget utdrag öppnades: ${outcome.message}` });
      const opened = outcome.opened;
      const text =
        opened.length === 1 && opened[0]!.recipient === null
          ? `Utdraget med ${paragraphRange(opened[0]!.paragrafer)} öppnades som ett nytt dokument. Protokollet ändrades inte.`
          : `${plural(opened.length, 'utdrag', 'utdrag')} öppnades som nya dokument, ett per mottagare. Protokollet ändrades inte.`;
      const details = [
        ...(opened.length > 1 || opened[0]?.recipient ? opened.map((o) => `${o.recipient}: ${paragraphRange(o.paragrafer)}`) : []),
        ...(outcome.withoutRecipient.length ? [`${paragraphRange(outcome.withoutRecipient)} anger ingen mottagare och kom inte med.`] : []),
        ...outcome.notes,
      ];
      setMessage({ kind: outcome.notes.length || outcome.withoutRecipient.length ? 'warning' : 'success', text, details });
    });
  }

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void open();
      }}
    >
      <p class="view-intro">Välj paragraferna som ska med. Utdraget öppnas som ett nytt dokument i Word; protokollet ändras inte.</p>
      {paragrafer.length === 0 ? (
        <p class="empty-note">Dokumentet har inga paragrafer än.</p>
      ) : (
        <fieldset class="check-list">
          <legend>Paragrafer</legend>
          {paragrafer.map((p) => (
            <Checkbox key={`${p.number}-${p.line}`} label={`§ ${p.number} ${p.title}`} checked={chosen.has(p.number)} onChange={(on) => toggle(p.number, on)} />
          ))}
        </fieldset>
      )}
      <Checkbox label="Ett utdrag per mottagare" checked={perRecipient} onChange={setPerRecipient} />
      {perRecipient && selected.length > 0 && (
        <div class="recipient-groups" id="ut-groups">
          {groups.length === 0 ? (
            <p class="field-hint">De valda paragraferna anger inga mottagare under ”Beslutet skickas till”.</p>
          ) : (
            <ul aria-label="Mottagare">
              {groups.map((g) => (
                <li key={g.recipient}>
                  {g.recipient}: {paragraphRange(g.paragrafer)}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      <TextField id="ut-organisation" label="Organisationens namn (valfritt)" hint="Står överst i utdraget." value={organisation} onInput={setOrganisation} />
      <TextField id="ut-namn" label="Rätt utdraget intygar: namn" hint="Tomt: en linje att fylla i." value={namn} onInput={setNamn} />
      <TextField id="ut-titel" label="Titel" hint="Till exempel nämndsekreterare." value={titel} onInput={setTitel} />
      <StatusRegion message={message} />
      <div class="actions">
        <button type="submit" id="ut-open" class="btn btn-primary btn-block" disabled={busy || disabled || selected.length === 0}>
          {busy ? 'Öppnar…' : perRecipient && groups.length > 1 ? `Öppna ${groups.length} utdrag` : 'Öppna utdrag'}
        </button>
      </div>
    </form>
  );
}
