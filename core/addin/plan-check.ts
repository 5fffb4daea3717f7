import type { DocumentSnapshot } from './snapshot.ts';
import type { ControlExpectation, EditPlan } from './edit-plan.ts';
import { readStructure } from './document-structure.ts';

/** Why a plan cannot be written to the document as it is now; `reload` when reading it again helps. */
export interface PlanRefusal {
  ok: false;
  message: string;
  reload: boolean;
}

const MAX_QUOTE = 60;
/** A text quoted in a message, shortened: ”§ 1070 (se bilaga)”. */
export function quote(text: string): string {
  const t = text.replace(/[\r\n\v]+/g, ' ').trim();
  return `”${t.length > MAX_QUOTE ? `${t.slice(0, MAX_QUOTE - 1)}…` : t}”`;
}

/** What differs between the text a plan expected and the text there now, for the clerk. */
export function describeChange(expected: string, now: string): string {
  const was = expected.split('\r');
  const is = now.split('\r');
  if (was.length === 1 && is.length === 1) return now === '' ? 'är tom nu' : `lyder nu ${quote(now)}, inte ${quote(expected)}`;
  const i = was.findIndex((line, k) => line !== is[k]);
  if (i < 0) return 'har fått ett nytt stycke sist';
  if (i >= is.length) return `har förlorat stycket ${quote(was[i]!)}`;
  return `har ändrats: stycket ${quote(was[i]!)} lyder nu ${quote(is[i]!)}`;
}

const lead = 'Inget ändrades: ';
const again = ' Läs in dokumentet igen och försök på nytt.';

function refuse(text: string, reload: boolean): PlanRefusal {
  return { ok: false, message: `${lead}${text}.${reload ? again : ''}`, reload };
}

function controlProblem(e: ControlExpectation, current: DocumentSnapshot): PlanRefusal | null {
  const c = current.controls.find((x) => x.id === e.controlId);
  if (!c) return refuse(`${e.what} finns inte längre i dokumentet`, true);
  if (c.tag !== e.tag) return refuse(`${e.what} är inte längre kopplat till tillägget`, true);
  if (c.text !== e.text) return refuse(`${e.what} ${describeChange(e.text, c.text)} sedan dokumentet lästes`, true);
  if (e.use === 'write' && c.cannotEdit)
    return refuse(`${e.what} är låst i Word och kan inte ändras. Ta bort låset under Egenskaper för innehållskontrollen och försök igen`, false);
  if (e.use === 'delete' && c.cannotDelete)
    return refuse(`${e.what} är skyddad mot borttagning i Word. Ta bort skyddet under Egenskaper för innehållskontrollen och försök igen`, false);
  return null;
}

/**
 * Whether `plan` can be written to the document `current` reads as: every control it touches is
 * there with the same tag and exactly the text the plan was made from, and editable where it is
 * written to; every paragraph it places something by reads the same. Both gateways call this on a
 * snapshot read immediately before writing, and write nothing when it refuses.
 */
export function checkPlan(plan: EditPlan, current: DocumentSnapshot): { ok: true } | PlanRefusal {
  for (const e of plan.controls) {
    const problem = controlProblem(e, current);
    if (problem) return problem;
  }
  for (const p of plan.paragraphs) {
    const now = current.paragraphs[p.index]?.text;
    if (now !== p.text) return refuse(`${p.what} ${now === undefined ? 'finns inte längre' : describeChange(p.text, now)} sedan dokumentet lästes`, true);
  }
  const rewrites = plan.operations.filter((o) => o.op === 'replaceParagraphs');
  if (rewrites.length > 0) {
    const structure = readStructure(current);
    for (const op of rewrites) {
      const entry = structure.entries.find((e) => e.control.id === op.controlId && !e.duplicate);
      if (!entry || entry.entryId !== op.entryId) return refuse('paragrafen som skulle fyllas i finns inte längre i dokumentet', true);
      const now = entry.paragraphs.slice(op.start, op.start + op.from.length).map((p) => p.text);
      const before = op.start > 0 ? entry.paragraphs[op.start - 1]?.text : undefined;
      if (now.length !== op.from.length || now.some((t, k) => t !== op.from[k]) || (op.from.length === 0 && op.after !== undefined && before !== op.after)) {
        return refuse(`paragrafen som skulle fyllas i har ändrats sedan dokumentet lästes`, true);
      }
    }
  }
  return { ok: true };
}
