import { findCaseNumbers, type CaseNumberConfig } from '../../../core/casenumber/index.ts';
import type { PageReference } from './page-reference.ts';
import { positionInRun, type TextRun } from './text-runs.ts';

/** The case numbers in one text run, as ranges over the run's own text nodes. */
export function findReferencesInRun(run: TextRun, config: CaseNumberConfig): PageReference[] {
  const found: PageReference[] = [];
  for (const match of findCaseNumbers(run.text, config)) {
    const start = positionInRun(run, match.start, false);
    const end = positionInRun(run, match.end, true);
    const first = run.nodes.indexOf(start.node);
    const last = run.nodes.indexOf(end.node);
    found.push({
      canonical: match.caseNumber.canonical,
      raw: match.raw,
      range: new StaticRange({
        startContainer: start.node,
        startOffset: start.offset,
        endContainer: end.node,
        endOffset: end.offset,
      }),
      nodes: run.nodes.slice(first, last + 1),
    });
  }
  return found;
}
