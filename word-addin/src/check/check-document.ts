import type { DocumentSnapshot } from '../../../core/addin/snapshot.ts';
import { readStructure, type DocumentStructure } from '../../../core/addin/document-structure.ts';
import { planRenumber, type RenumberProblem } from '../../../core/addin/renumber.ts';
import type { UntaggedReference } from '../../../core/addin/untagged-references.ts';
import type { EditPlan } from '../../../core/addin/edit-plan.ts';
import { snapshotToProtocol } from '../../../core/addin/snapshot-to-protocol.ts';
import { checkProtocol, type Finding, type Severity } from '../../../core/check/index.ts';
import { plural } from '../../../core/text/plural.ts';
import type { SelectTarget } from '../gateway/gateway.ts';

export type { Severity };

/**
 * The pane's own checks of the structure it keeps, by id in the style of core's rules, each with
 * the name the pane shows for it.
 */
const PANE_RULE_NAMES = {
  'no-entries': 'inga-paragrafer',
  'numbering-in-document-order': 'numrering',
  'reference-typed-by-hand': 'hänvisning-för-hand',
  'reference-without-target': 'hänvisning-saknar-mål',
  'entry-number-missing': 'paragrafnummer-saknas',
  'entry-copied': 'paragraf-kopierad',
} as const;
type PaneRule = keyof typeof PANE_RULE_NAMES;

/** The name the pane shows for a finding's rule: the pane's own name for its checks, a core rule's id as it is. */
export function ruleName(rule: string): string {
  return Object.hasOwn(PANE_RULE_NAMES, rule) ? PANE_RULE_NAMES[rule as PaneRule] : rule;
}

/** One finding as the pane lists it: grouped under its §, clickable when it has a place in the document. */
export interface PaneFinding {
  key: string;
  rule: string;
  severity: Severity;
  message: string;
  /** The § it belongs to, or null for the protocol as a whole. */
  paragraph: number | null;
  target: SelectTarget | null;
  /** A § mention typed by hand, which the pane can offer to make a reference ("Gör om till hänvisning"). */
  mention?: UntaggedReference;
}

export interface CheckOutcome {
  findings: PaneFinding[];
  /** Errors: while any remain the protocol is not ready for justering. */
  blocking: number;
  entries: number;
  /** The renumbering that would put numbers and references right, when they are not. */
  renumber: EditPlan | null;
}

/** The § of a body paragraph by the region it lies in, and the place to show it. */
function placeOfParagraph(structure: DocumentStructure, index: number): { paragraph: number | null; target: SelectTarget } {
  const region = structure.regionOf[index] ?? -1;
  return { paragraph: structure.entries[region]?.number ?? null, target: { kind: 'paragraph', index } };
}

function problemFinding(structure: DocumentStructure, p: RenumberProblem, i: number): PaneFinding {
  const base = { key: `renumber-${i}`, message: p.message };
  switch (p.kind) {
    case 'untaggedReference':
      return { ...base, rule: 'reference-typed-by-hand', severity: 'warning', ...placeOfParagraph(structure, p.reference.paragraphIndex), mention: p.reference };
    case 'brokenReference': {
      const ref = structure.references.find((r) => r.control.id === p.controlId);
      const owner = structure.entries.find((e) => e.entryId === ref?.entryId);
      return { ...base, rule: 'reference-without-target', severity: 'error', paragraph: owner?.number ?? null, target: { kind: 'control', controlId: p.controlId } };
    }
    case 'missingNumber':
    case 'duplicateEntry': {
      const entry = structure.entries.find((e) => e.control.id === p.controlId);
      return {
        ...base,
        rule: p.kind === 'missingNumber' ? 'entry-number-missing' : 'entry-copied',
        severity: p.kind === 'missingNumber' ? 'error' : 'warning',
        paragraph: entry?.number ?? null,
        target: { kind: 'control', controlId: p.controlId },
      };
    }
  }
}

/** Rules whose findings the pane's own renumbering puts right; while it is offered they would say the same twice. */
const FIXED_BY_RENUMBERING = new Set(['continuous-numbering']);

/**
 * A rule's finding in the pane. Lines of a protocol read from a snapshot are body paragraph
 * indexes + 1 (see snapshotToProtocol), so the finding leads back to its paragraph; a finding about
 * a whole § without a line selects the entry's control.
 */
function ruleFinding(structure: DocumentStructure, f: Finding, i: number, paragraphs: number): PaneFinding {
  const entry = f.paragraph === null ? undefined : structure.entries.find((e) => e.number === f.paragraph && !e.duplicate);
  const target: SelectTarget | null =
    f.line !== null && f.line >= 1 && f.line <= paragraphs
      ? { kind: 'paragraph', index: f.line - 1 }
      : entry
        ? { kind: 'control', controlId: entry.control.id }
        : null;
  return { key: `rule-${i}`, rule: f.rule, severity: f.severity, message: f.message, paragraph: f.paragraph, target };
}

/**
 * Everything the check finds in the document: the core rules over the protocol the snapshot
 * reads as, and the structure the add-in keeps (numbering in document order, references that
 * follow their entries, § mentions typed by hand).
 */
export function checkDocument(snapshot: DocumentSnapshot): CheckOutcome {
  const structure = readStructure(snapshot);
  const planned = planRenumber(snapshot);
  const findings: PaneFinding[] = [];
  if (structure.entries.length === 0) {
    findings.push({
      key: 'no-entries',
      rule: 'no-entries',
      severity: 'error',
      message: 'Dokumentet har inga paragrafer skrivna med tillägget. Skapa dem från föredragningslistan eller med Ny paragraf.',
      paragraph: null,
      target: null,
    });
  }
  let renumber: EditPlan | null = null;
  if (planned.ok) {
    if (planned.plan.operations.length > 0) {
      renumber = planned.plan;
      const first = structure.entries.find((e) => e.entryId === planned.numbers[0]?.entryId);
      const n = planned.numbers.length;
      findings.push({
        key: 'numbering',
        rule: 'numbering-in-document-order',
        severity: 'error',
        message:
          n > 0
            ? `Numreringen följer inte dokumentets ordning: ${plural(n, 'paragraf', 'paragrafer')} har fel nummer. Välj Numrera om.`
            : 'Hänvisningar skrivna med tillägget visar inte längre rätt nummer. Välj Numrera om.',
        paragraph: first?.number ?? null,
        target: first ? { kind: 'control', controlId: first.control.id } : null,
      });
    }
    planned.problems.forEach((p, i) => findings.push(problemFinding(structure, p, i)));
  }
  const protocol = snapshotToProtocol(snapshot);
  checkProtocol(protocol)
    .filter((f) => !(renumber && FIXED_BY_RENUMBERING.has(f.rule)))
    .forEach((f, i) => findings.push(ruleFinding(structure, f, i, snapshot.paragraphs.length)));
  return { findings, blocking: findings.filter((f) => f.severity === 'error').length, entries: structure.entries.length, renumber };
}
