// The Granska tab is the clerk's last look before the protocol goes for justering: it runs the core
// rules and the pane's own structure checks, says whether anything blocks justering, and groups the
// findings by § so that each leads to its place in the document. What the pane can put right it offers
// beside the finding, each as one exact edit: numbering, the table of contents, a § mention typed by
// hand made a reference, the justering of a § justerad omedelbart.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { plural } from '../../../core/text/plural.ts';
import { StatusRegion, type StatusMessage } from '../components/fields.tsx';
import { checkDocument, ruleName, type CheckOutcome, type PaneFinding, type Severity } from '../check/check-document.ts';
import { failure } from '../components/failure.ts';
import { runEdit } from '../edit/apply-plan.ts';
import { useBusyAction } from '../edit/use-busy-action.ts';
import { ReloadButton } from '../edit/ReloadButton.tsx';
import type { ViewProps } from './view-props.ts';
import type { DocumentSnapshot } from '../../../core/addin/snapshot.ts';
import type { PlanResult } from '../../../core/addin/renumber.ts';
import { convertible, planMentionToReference } from '../../../core/addin/mention-reference-plan.ts';
import { missingOmedelbarJustering, planOmedelbarJustering, type MissingJustering } from '../../../core/addin/omedelbar-justering-plan.ts';
import { planTocUpdate } from '../../../core/addin/toc-plan.ts';
import { styleNames } from '../style-settings.ts';

const SEVERITY_LABEL: Record<Severity, string> = { error: 'Fel', warning: 'Varning', info: 'Info' };
const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

function groups(findings: PaneFinding[]): { paragraph: number | null; findings: PaneFinding[] }[] {
  const by = new Map<number | null, PaneFinding[]>();
  for (const f of findings) by.set(f.paragraph, [...(by.get(f.paragraph) ?? []), f]);
  return [...by.entries()]
    .sort(([a], [b]) => (a === null ? -1 : b === null ? 1 : a - b))
    .map(([paragraph, list]) => ({ paragraph, findings: list.sort((x, y) => SEVERITY_ORDER[x.severity] - SEVERITY_ORDER[y.severity]) }));
}

function summary(outcome: CheckOutcome): string {
  const warnings = outcome.findings.filter((f) => f.severity === 'warning').length;
  const errors = plural(outcome.blocking, 'fel', 'fel');
  return `Granskningen är klar: ${errors} och ${plural(warnings, 'varning', 'varningar')} i ${plural(outcome.entries, 'paragraf', 'paragrafer')}.`;
}

function CheckIcon({ ready }: { ready: boolean }) {
  return (
    <svg class="verdict-icon" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
      <circle cx="10" cy="10" r="9" />
      {ready ? (
        <path d="M5.5 10.5l3 3 6-7" fill="none" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" />
      ) : (
        <path d="M10 5v6M10 14.5v.5" fill="none" stroke-width="2" stroke-linecap="round" />
      )}
    </svg>
  );
}

export function Granska({ gateway, refresh, disabled, active }: ViewProps & { active: boolean }) {
  const [outcome, setOutcome] = useState<CheckOutcome | null>(null);
  /** The document the findings are from: what the pane offers to put right is planned against it. */
  const [checked, setChecked] = useState<DocumentSnapshot | null>(null);
  const [message, setMessage] = useState<StatusMessage | null>(null);
  const [busy, act] = useBusyAction(setMessage);
  const verdictRef = useRef<HTMLHeadingElement>(null);

  /** The check over a snapshot: the one just read, or the one an edit read back. */
  function showCheck(snapshot: DocumentSnapshot, focusVerdict: boolean, done = '') {
    const result = checkDocument(snapshot);
    setChecked(snapshot);
    setOutcome(result);
    setMessage({ kind: result.blocking === 0 ? 'success' : 'info', text: `${done}${summary(result)}` });
    if (focusVerdict) requestAnimationFrame(() => verdictRef.current?.focus());
  }

  async function run(focusVerdict: boolean) {
    await act(async () => showCheck(await refresh(), focusVerdict), (error) => failure(error, 'Granskningen kunde inte göras.'));
  }

  useEffect(() => {
    if (active && !disabled) void run(false);
  }, [active, disabled]);

  async function renumber() {
    const plan = outcome?.renumber;
    if (!plan) return;
    await act(async () => {
      // The plan from the check the clerk sees; the gateway refuses it if the document changed since.
      const result = await gateway.apply(plan);
      // The document as the same batch read it back: checking it again needs no more round trips.
      showCheck(result.snapshot, true, `${plan.summary}.${result.tracked ? ' Ändringarna spåras.' : ''} `);
    });
  }

  /** An edit offered by a finding: planned from the gateway's read for the click, then checked again from the read it gives back. */
  async function putRight(planner: (current: DocumentSnapshot) => PlanResult) {
    await act(async () => {
      const { applied, message: done, snapshot } = await runEdit(gateway, planner);
      if (applied) showCheck(snapshot, true, `${done.text} `);
      else setMessage(done);
    });
  }

  async function show(f: PaneFinding) {
    if (!f.target) return;
    try {
      await gateway.select(f.target);
    } catch (error) {
      setMessage(failure(error, 'Stället kunde inte markeras i dokumentet.'));
    }
  }

  const ready = outcome !== null && outcome.blocking === 0;
  // Offered when the table of contents no longer lists the §§ as they read (toc-matches-body) and the add-in can rewrite it.
  const toc = useMemo(() => (checked ? planTocUpdate(checked) : null), [checked]);
  const tocOutdated = toc?.ok === true && toc.plan.operations.length > 0;
  const unsigned = useMemo(() => (checked ? missingOmedelbarJustering(checked) : []), [checked]);
  return (
    <div>
      <p class="view-intro">Kontrollerar hela protokollet innan det skickas för justering. Välj ett fynd för att markera stället i dokumentet.</p>
      {outcome && (
        <div class={`verdict ${ready ? 'verdict-ready' : 'verdict-blocked'}`}>
          <CheckIcon ready={ready} />
          <div>
            <h3 class="verdict-title" tabIndex={-1} ref={verdictRef} id="gr-verdict">
              {ready ? 'Klar för justering' : 'Inte klar för justering'}
            </h3>
            <p>
              {ready
                ? outcome.findings.length > 0
                  ? 'Inget hindrar justering. Gå gärna igenom varningarna nedan.'
                  : 'Inga fel eller varningar hittades.'
                : `${plural(outcome.blocking, 'fel', 'fel')} måste rättas innan protokollet justeras.`}
            </p>
          </div>
        </div>
      )}
      <StatusRegion message={message} />
      <ReloadButton id="gr-reload" message={message} reload={() => run(true)} onDone={() => undefined} />
      <div class="actions">
        <button type="button" id="gr-run" class="btn btn-primary" disabled={busy || disabled} onClick={() => void run(true)}>
          {busy ? 'Granskar…' : outcome ? 'Granska igen' : 'Granska protokollet'}
        </button>
        {outcome?.renumber && (
          <button type="button" id="gr-renumber" class="btn" disabled={busy || disabled} onClick={() => void renumber()}>
            Numrera om
          </button>
        )}
        {tocOutdated && (
          <button type="button" id="gr-toc" class="btn" disabled={busy || disabled} onClick={() => void putRight(planTocUpdate)}>
            Uppdatera innehållsförteckningen
          </button>
        )}
      </div>
      {outcome &&
        groups(outcome.findings).map((g) => (
          <section class="finding-group" key={g.paragraph ?? 'protocol'} aria-labelledby={`gr-group-${g.paragraph ?? 'protocol'}`}>
            <h3 id={`gr-group-${g.paragraph ?? 'protocol'}`}>{g.paragraph === null ? 'Hela protokollet' : `§ ${g.paragraph}`}</h3>
            <ul class="finding-list">
              {g.findings.map((f) => (
                <li key={f.key}>
                  {/* The rule's id is for support only: a tooltip, not part of what the clerk reads. */}
                  <button type="button" class="finding" title={`Regel: ${ruleName(f.rule)}`} onClick={() => void show(f)} disabled={!f.target}>
                    <span class={`severity severity-${f.severity}`}>{SEVERITY_LABEL[f.severity]}</span>
                    <span>
                      {f.message}
                      {f.target && <span class="visually-hidden"> (visa i dokumentet)</span>}
                    </span>
                  </button>
                  {f.mention && checked && convertible(checked, f.mention) && (
                    <FixButton context={` ”${f.mention.text}” ${g.paragraph === null ? 'före första paragrafen' : `i § ${g.paragraph}`}`} disabled={busy || disabled} onClick={() => void putRight((current) => planMentionToReference(current, f.mention!))}>
                      Gör om till hänvisning
                    </FixButton>
                  )}
                </li>
              ))}
            </ul>
          </section>
        ))}
      {checked && <OmedelbarJustering missing={unsigned} disabled={busy || disabled} write={(m) => void putRight((current) => planOmedelbarJustering(current, { ...m, styleNames: styleNames() }))} />}
    </div>
  );
}

/** A button that puts one finding right; `context` names the finding for screen readers, after the visible words. */
function FixButton({ context, disabled, onClick, children }: { context: string; disabled: boolean; onClick: () => void; children: string }) {
  return (
    <button type="button" class="btn btn-subtle" disabled={disabled} onClick={onClick}>
      {children}
      <span class="visually-hidden">{context}</span>
    </button>
  );
}

/** §§ justerade omedelbart without their own justering: the pane offers to write the date and signature line into each. */
function OmedelbarJustering({ missing, disabled, write }: { missing: MissingJustering[]; disabled: boolean; write: (m: MissingJustering) => void }) {
  if (missing.length === 0) return null;
  return (
    <section class="finding-group" aria-labelledby="gr-omedelbar">
      <h3 id="gr-omedelbar">Omedelbar justering</h3>
      <ul class="finding-list">
        {missing.map((m) => {
          const name = m.number === null ? 'Paragrafen' : `§ ${m.number}`;
          return (
            <li key={m.entryId}>
              <p>{name} justeras omedelbart men saknar sin justering: datum och rad för ordförandes och justerandes underskrifter.</p>
              <FixButton context={` i ${name}`} disabled={disabled} onClick={() => write(m)}>
                Skriv justeringen
              </FixButton>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
