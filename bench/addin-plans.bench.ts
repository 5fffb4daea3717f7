import type { Benchmark, BenchResult } from './result.ts';
import type { Paragraf } from '../core/model/protocol.ts';
import { applyPlan, memoryDocumentOf, memoryParagraph, snapshotOf } from '../word-addin/src/gateway/memory-document.ts';
import { planInsertEntries, planInsertEntry, planRenumber } from '../core/addin/renumber.ts';
import { readStructure } from '../core/addin/document-structure.ts';
import { protocolDocx } from '../core/ooxml/docx.ts';

/**
 * The pure work behind one click in the task pane, on a long protocol (200 entries, a reference in
 * every fifth): making the insert plan, making the renumber plan, writing the .docx. The issue's
 * budgets are in syncs (counted in the gateway tests); these figures show the pure part stays
 * far below what a clerk would notice.
 */
const ENTRIES = 200;

function entry(n: number): Paragraf {
  return {
    number: n,
    title: `Ärende nummer ${n} om verksamhetens utveckling`,
    caseNumbers: [`RS ${n}-2025`],
    sections: [
      { kind: 'sammanfattning', heading: 'Sammanfattning', text: 'Förvaltningen har berett ärendet.\n'.repeat(6).trim(), line: 3 },
      { kind: 'forslagTillBeslut', heading: 'Förslag till beslut', text: 'Förslaget godkänns.', line: 10 },
      { kind: 'beslut', heading: 'Beslut', text: 'Förslaget godkänns.', line: 12 },
    ],
    line: 1,
  };
}

function median(run: () => void, times = 15): number {
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const t = performance.now();
    run();
    samples.push(performance.now() - t);
  }
  return samples.sort((a, b) => a - b)[Math.floor(times / 2)]!;
}

export const benchmark: Benchmark = {
  name: 'addin-plans',
  async run(): Promise<BenchResult[]> {
    const doc = memoryDocumentOf([memoryParagraph('Protokoll', 'Title')]);
    const built = planInsertEntries(snapshotOf(doc), Array.from({ length: ENTRIES }, (_, i) => ({ paragraph: entry(i + 1), entryId: `e${i + 1}`, position: { at: 'end' as const } })));
    if (!built.ok || !applyPlan(doc, built.plan).ok) throw new Error('could not build the document');
    const snapshot = snapshotOf(doc);
    const middle = readStructure(snapshot).entries[ENTRIES / 2]!.control.id;
    const protocol = { body: 'Regionstyrelsen', date: '2025-05-06', place: null, attendance: null, justerare: [], justeringDate: null, toc: null, paragrafer: Array.from({ length: ENTRIES }, (_, i) => entry(i + 1)) };
    return [
      {
        figure: `insert plan, ${ENTRIES}-entry document`,
        measured: median(() => planInsertEntry(snapshot, { paragraph: entry(0), entryId: 'new', position: { at: 'before', controlId: middle } })),
        unit: 'ms',
        note: `renumbers ${ENTRIES / 2} entries in the same plan`,
      },
      { figure: `renumber plan, ${ENTRIES}-entry document`, measured: median(() => planRenumber(snapshot)), unit: 'ms' },
      { figure: `.docx export, ${ENTRIES} entries`, measured: median(() => protocolDocx(protocol), 5), unit: 'ms' },
    ];
  },
};
