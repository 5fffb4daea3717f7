import { findCaseNumbers, type CaseNumberConfig } from '../../../core/casenumber/index.ts';
import type { FoundReference } from './found-reference.ts';
import { positionInRun, type TextRun } from './text-runs.ts';

/**
 * Two line breaks between runs: no case-number format spans them (a gap may hold one line
 * break), and to the finder's edge checks they read as the end of a text, so the runs of a slice
 * are searched as one string, with one call to the finder instead of one per run.
 */
const RUN_SEPARATOR = '\n\n';

/** The case numbers in text runs, as ranges over the runs' own text nodes. */
export function findReferencesInRuns(runs: readonly TextRun[], config: CaseNumberConfig): FoundReference[] {
  if (!runs.length) return [];
  const runStarts: number[] = [];
  let offset = 0;
  for (const run of runs) {
    runStarts.push(offset);
    offset += run.text.length + RUN_SEPARATOR.length;
  }
  const found: FoundReference[] = [];
  let r = 0;
  for (const match of findCaseNumbers(runs.map((run) => run.text).join(RUN_SEPARATOR), config)) {
    while (r + 1 < runs.length && runStarts[r + 1]! <= match.start) r++;
    const run = runs[r]!;
    const start = positionInRun(run, match.start - runStarts[r]!, false);
    const end = positionInRun(run, match.end - runStarts[r]!, true);
    found.push({
      canonical: match.caseNumber.canonical,
      raw: match.raw,
      nodes: start.index === end.index ? [run.nodes[start.index]!] : run.nodes.slice(start.index, end.index + 1),
      startOffset: start.offset,
      endOffset: end.offset,
    });
  }
  return found;
}
