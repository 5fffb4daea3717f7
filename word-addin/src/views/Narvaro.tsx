import { useEffect, useMemo, useState } from 'preact/hooks';
import { entryAroundControl, readStructure } from '../../../core/addin/document-structure.ts';
import { planJavLine } from '../../../core/addin/jav-line-plan.ts';
import { snapshotToProtocol } from '../../../core/addin/snapshot-to-protocol.ts';
import { runRules } from '../../../core/check/index.ts';
import { attendanceIn, type Person } from '../../../core/parse/attendance.ts';
import { decidingExceedsSeats } from '../../../core/rules/deciding-exceeds-seats.ts';
import { ersattareWithoutVacancy } from '../../../core/rules/ersattare-without-vacancy.ts';
import { javMemberTakesPart } from '../../../core/rules/jav-member-takes-part.ts';
import { reservationByNonParticipant } from '../../../core/rules/reservation-by-non-participant.ts';
import { voteByNonServing } from '../../../core/rules/vote-by-non-serving.ts';
import { javLine } from '../../../core/templates/jav-line.ts';
import { Checkbox, SelectField, StatusRegion, type StatusMessage } from '../components/fields.tsx';
import { runEdit } from '../edit/apply-plan.ts';
import { useBusyAction } from '../edit/use-busy-action.ts';
import { ReloadButton } from '../edit/ReloadButton.tsx';
import { styleNames } from '../style-settings.ts';
import type { ViewProps } from './view-props.ts';

/** The rules on who takes part in a §: the attendance list, jäv, votes and reservations. */
const ATTENDANCE_RULES = [javMemberTakesPart, ersattareWithoutVacancy, decidingExceedsSeats, voteByNonServing, reservationByNonParticipant];

const who = (p: Person) => (p.party ? `${p.name} (${p.party})` : p.name);

function PeopleList({ id, heading, people, empty }: { id: string; heading: string; people: string[]; empty: string }) {
  return (
    <div class="people-group">
      <h3 id={id}>
        {heading} ({people.length})
      </h3>
      {people.length === 0 ? (
        <p class="field-hint">{empty}</p>
      ) : (
        <ul aria-labelledby={id}>
          {people.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

/**
 * Attendance per §: who decides in the chosen § by the cover's attendance list and the §'s own
 * jäv, what the attendance rules find there, and the jäv line written into the § on request, as
 * an edit plan through the gateway like every other edit of the document.
 */
export function Narvaro({ gateway, snapshot, refresh, disabled }: ViewProps) {
  const protocol = useMemo(() => (snapshot ? snapshotToProtocol(snapshot) : null), [snapshot]);
  const structure = useMemo(() => (snapshot ? readStructure(snapshot) : null), [snapshot]);
  const paragrafer = protocol?.paragrafer ?? [];
  const cursorEntry = snapshot && structure ? entryAroundControl(structure, snapshot, snapshot.selectedControlId) : null;
  const [chosen, setChosen] = useState<number | null>(null);
  const [javiga, setJaviga] = useState<ReadonlySet<string>>(new Set());
  const [message, setMessage] = useState<StatusMessage | null>(null);
  const [busy, act] = useBusyAction(setMessage);

  const number = chosen ?? cursorEntry?.number ?? paragrafer[0]?.number ?? null;
  const paragraf = paragrafer.find((p) => p.number === number) ?? null;
  const attendance = protocol && paragraf ? attendanceIn(protocol, paragraf) : null;
  const entry = structure?.entries.find((e) => e.number === number && !e.duplicate) ?? null;
  useEffect(() => setJaviga(new Set()), [number]);

  const findings = useMemo(() => (protocol ? runRules(protocol, { rules: ATTENDANCE_RULES }) : []), [protocol]);
  const here = findings.filter((f) => f.paragraph === number);
  const wholeList = findings.filter((f) => f.paragraph === null);

  const candidates = attendance?.beslutande ?? [];
  const picked = candidates.filter((p) => javiga.has(p.name));
  const line = picked.length > 0 ? javLine(picked.map((p) => ({ person: p.name, ...(p.party ? { party: p.party } : {}) }))) : null;

  const toggle = (name: string, on: boolean) => {
    const next = new Set(javiga);
    if (on) next.add(name);
    else next.delete(name);
    setJaviga(next);
  };

  async function writeJav() {
    if (!entry || picked.length === 0) return;
    await act(async () => {
      const request = {
        entryId: entry.entryId,
        people: picked.map((p) => ({ person: p.name, ...(p.party ? { party: p.party } : {}) })),
        // The § as the pane showed it: what the clerk typed in Word since is not written over.
        expectedText: entry.control.text,
        styleNames: styleNames(),
      };
      const { applied, message } = await runEdit(gateway, (current) => planJavLine(current, request));
      if (applied) setJaviga(new Set());
      setMessage(message);
    });
  }

  if (!protocol || paragrafer.length === 0) {
    return <p class="view-intro">Dokumentet har inga paragrafer än. Närvaron visas per paragraf.</p>;
  }
  return (
    <div>
      <p class="view-intro">Vem som deltar i varje paragraf enligt närvarolistan och paragrafens anteckningar om jäv.</p>
      <SelectField id="nv-paragraf" label="Paragraf" value={String(number)} onChange={(v) => setChosen(Number(v))}>
        {paragrafer.map((p) => (
          <option key={`${p.number}-${p.line}`} value={String(p.number)}>
            § {p.number} {p.title}
          </option>
        ))}
      </SelectField>
      {!attendance ? (
        <div class="message message-warning">
          <p>
            Närvarolistan kunde inte läsas. Skriv en person per rad under ”Beslutande ledamöter” och ”Tjänstgörande ersättare”, till exempel ”Anna Berg (V)” eller ”Olle Ny (S) ersätter Lena Ås (S),
            §§ 12–13”.
          </p>
        </div>
      ) : (
        <>
          <PeopleList id="nv-beslutande" heading="Beslutande" people={attendance.beslutande.map(who)} empty="Ingen beslutande i paragrafen." />
          <PeopleList
            id="nv-ersattare"
            heading="Tjänstgörande ersättare"
            people={attendance.ersattare.map((e) => (e.ersatter ? `${who(e)} ersätter ${e.ersatter}` : who(e)))}
            empty="Ingen ersättare tjänstgör i paragrafen."
          />
          <PeopleList id="nv-jav" heading="Jäv" people={attendance.javiga.map(who)} empty="Ingen är antecknad som jävig." />
          {attendance.franvarande.length > 0 && (
            <PeopleList id="nv-franvarande" heading="Deltar inte" people={attendance.franvarande.map(who)} empty="" />
          )}
        </>
      )}
      <div class="people-group">
        <h3 id="nv-findings">Granskning av närvaron</h3>
        {here.length + wholeList.length === 0 ? (
          <p class="field-hint">Inga fel i närvaron för § {number}.</p>
        ) : (
          <ul class="finding-list" aria-labelledby="nv-findings">
            {[...here, ...wholeList].map((f, i) => (
              <li key={i} class="finding-text">
                <span class={`severity severity-${f.severity}`}>{f.severity === 'error' ? 'Fel' : f.severity === 'warning' ? 'Varning' : 'Info'}</span> {f.message}
              </li>
            ))}
          </ul>
        )}
      </div>
      {attendance && candidates.length > 0 && (
        <fieldset class="check-list">
          <legend>Anteckna jäv i § {number}</legend>
          {candidates.map((p) => (
            <Checkbox key={p.name} label={who(p)} checked={javiga.has(p.name)} onChange={(on) => toggle(p.name, on)} />
          ))}
          {line && <p class="jav-preview">{line}</p>}
          {entry ? (
            <button type="button" id="nv-write-jav" class="btn btn-primary btn-block" disabled={busy || disabled || !line} onClick={() => void writeJav()}>
              {busy ? 'Skriver…' : 'Skriv jävsraden i paragrafen'}
            </button>
          ) : (
            <p class="field-hint">Paragrafen är inte skriven med tillägget: skriv raden i Word.</p>
          )}
        </fieldset>
      )}
      <StatusRegion message={message} />
      <ReloadButton id="nv-reload" message={message} reload={refresh} onDone={setMessage} />
    </div>
  );
}
