import type { Benchmark, BenchResult } from './result.ts';
import type { Paragraf } from '../core/model/protocol.ts';
import { applyPlan, memoryDocumentOf, memoryParagraph, snapshotOf } from '../word-addin/src/gateway/memory-document.ts';
import { planInsertEntries, planInsertEntry, planRenumber } from '../core/addin/renumber.ts';
import { readStructure } from '../core/addin/document-structure.ts';
import { protocolDocx } from '../core/ooxml/docx.ts';
import { OfficeGateway } from '../word-addin/src/gateway/office-gateway.ts';
import { runEdit } from '../word-addin/src/edit/apply-plan.ts';
import { checkDocument } from '../word-addin/src/check/check-document.ts';
import { WordMock } from '../test/addin-ui/support/word-mock.ts';
import type { MemoryDocument } from '../word-addin/src/gateway/memory-document.ts';

/**
 * The pure work behind one click in the task pane, on a long protocol (200 entries, a reference in
 * every fifth): making the insert plan, making the renumber plan, writing the .docx; these figures
 * show the pure part stays far below what a clerk would notice. And the round trips to Word per
 * user action, from click to updated pane, through the Office gateway against the Word mock of the
 * gateway tests: syncs (the budgets: ≤ 2 to insert a §, ≤ 3 to check and to renumber) and
 * the characters sent to Word and read back.
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

const api13 = { isSetSupported: (name: string, version = '1.1') => name === 'WordApi' && Number(version.split('.')[1]) <= 3 };

/** Syncs and characters of one user action against a copy of the document in the Word mock. */
async function roundTrips(
  doc: MemoryDocument,
  prepare: (word: WordMock) => void,
  action: (gateway: OfficeGateway, shown: ReturnType<typeof checkDocument>) => Promise<unknown>,
): Promise<{ syncs: number; bytes: number }> {
  const word = new WordMock(structuredClone(doc));
  prepare(word);
  const gateway = new OfficeGateway(word.run, api13);
  // What the pane already has when the clerk clicks: its last read.
  const shown = checkDocument(await gateway.snapshot());
  word.syncs = 0;
  word.bytes = 0;
  await action(gateway, shown);
  return { syncs: word.syncs, bytes: word.bytes };
}

function renumberable(word: WordMock): void {
  const numbers = word.doc.blocks
    .flatMap((b) => ('paragraph' in b ? [b.paragraph] : b.paragraphs))
    .flatMap((p) => p.runs)
    .filter((r) => 'control' in r && r.control.tag.startsWith('protokoll:num:'));
  for (const r of numbers.slice(1)) r.text = r.text.replace(/\d+/, (d) => String(Number(d) + 1));
}

async function syncRows(doc: MemoryDocument, middle: number): Promise<BenchResult[]> {
  const insert = await roundTrips(
    doc,
    () => undefined,
    (gateway) => runEdit(gateway, (current) => planInsertEntry(current, { paragraph: entry(0), entryId: 'new', position: { at: 'before', controlId: middle } })),
  );
  const check = await roundTrips(doc, () => undefined, async (gateway) => checkDocument(await gateway.snapshot()));
  // From the click on Numrera om: the plan is the one Granska shows.
  const renumber = await roundTrips(doc, renumberable, (gateway, shown) => gateway.apply(shown.renumber!));
  const rows = (figure: string, r: { syncs: number; bytes: number }, budget: number): BenchResult[] => [
    { figure: `${figure}: syncs, ${ENTRIES}-entry document`, measured: r.syncs, unit: 'syncs', budget: { text: `≤ ${budget}`, met: r.syncs <= budget } },
    { figure: `${figure}: to and from Word, ${ENTRIES}-entry document`, measured: r.bytes / 1000, unit: 'k chars' },
  ];
  return [...rows('insert a § (click to updated pane)', insert, 2), ...rows('check (Granska)', check, 3), ...rows('renumber (click to updated pane)', renumber, 3)];
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
      ...(await syncRows(doc, middle)),
    ];
  },
};
