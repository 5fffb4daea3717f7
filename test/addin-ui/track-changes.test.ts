import { describe, expect, it } from 'vitest';
import { readStructure } from '../../core/addin/document-structure.ts';
import { planDeleteEntry, planRenumber } from '../../core/addin/renumber.ts';
import type { MemoryParagraph, MemoryRun } from '../../word-addin/src/gateway/memory-document.ts';
import { OfficeGateway, type RequirementSets } from '../../word-addin/src/gateway/office-gateway.ts';
import { MemoryGateway } from '../../word-addin/src/gateway/memory-gateway.ts';
import { checkDocument } from '../../word-addin/src/check/check-document.ts';
import { plainText, type WordMock } from './support/word-mock.ts';
import { memoryProtocol, wordOf } from './support/protocol-fixture.ts';

const upTo = (max: string): RequirementSets => ({
  isSetSupported: (name, version = '1.1') => name === 'WordApi' && Number(version.split('.')[1]) <= Number(max.split('.')[1]),
});

const numberRuns = (blocks: MemoryGateway['doc']['blocks']) =>
  blocks
    .flatMap((b) => ('paragraph' in b ? [b.paragraph] : b.paragraphs))
    .flatMap((p) => p.runs)
    .filter((r): r is MemoryRun & { control: { tag: string } } => 'control' in r && r.control.tag.startsWith('protokoll:num:'));

/** The clerk overtypes the third number by hand in Word. */
function breakNumbering(blocks: MemoryGateway['doc']['blocks']): void {
  numberRuns(blocks)[2]!.text = '§ 150';
}

async function trackedWord(entries: number, api: '1.3' | '1.4' = '1.4'): Promise<{ word: WordMock; gateway: OfficeGateway }> {
  const word = await wordOf(await memoryProtocol(entries), { api, changeTrackingMode: 'TrackAll' });
  return { word, gateway: new OfficeGateway(word.run, upTo(api)) };
}

describe('renumbering under Track Changes', () => {
  it('in Word, reads numbers as they currently read, and a second check finds nothing', async () => {
    const { word, gateway } = await trackedWord(4);
    breakNumbering(word.doc.blocks);
    const first = checkDocument(await gateway.snapshot());
    expect(first.renumber?.operations).toEqual([expect.objectContaining({ op: 'setControlText', from: '§ 150', to: '§ 103' })]);
    const result = await gateway.apply(first.renumber!);
    expect(result.tracked).toBe(true);
    // The replaced number is still in the document, as a tracked deletion Word shows in plain text.
    const heading = word.doc.blocks.flatMap((b) => ('paragraphs' in b ? b.paragraphs : [])).find((p: MemoryParagraph) => plainText(p).includes('§ 150'))!;
    expect(plainText(heading)).toMatch(/^§ 150§ 103 /);
    const again = checkDocument(await gateway.snapshot());
    expect(again.renumber).toBeNull();
    expect(again.findings.filter((f) => f.rule === 'numbering-in-document-order' || f.rule === 'continuous-numbering')).toEqual([]);
    expect(word.changeTrackingMode).toBe('TrackAll');
  });

  it('on WordApi 1.3, reads a number with a tracked deletion in it without the deleted text', async () => {
    const { word, gateway } = await trackedWord(4, '1.3');
    (numberRuns(word.doc.blocks)[2] as { deleted?: string }).deleted = '§ 150';
    const snapshot = await gateway.snapshot();
    expect(readStructure(snapshot).entries.map((e) => e.number)).toEqual([101, 102, 103, 104]);
    const again = planRenumber(snapshot);
    expect(again.ok && again.plan.operations).toEqual([]);
  });

  it('a § deleted under Track Changes gets no number, and the numbers after it close up', async () => {
    const { word, gateway } = await trackedWord(4);
    const planned = planDeleteEntry(await gateway.snapshot(), 'e2');
    if (!planned.ok) throw new Error(planned.message);
    await gateway.apply(planned.plan);
    // Still in the document, struck through, until the clerk accepts the deletion.
    expect(word.doc.blocks.some((b) => 'control' in b && b.control.tag === 'protokoll:entry:e2')).toBe(true);
    const snapshot = await gateway.snapshot();
    expect(readStructure(snapshot).entries.map((e) => [e.entryId, e.number])).toEqual([
      ['e1', 101],
      ['e3', 102],
      ['e4', 103],
    ]);
    expect(checkDocument(snapshot).renumber).toBeNull();
  });

  it('in the memory document, the replaced text stays as a deletion and the pane reads the current text', async () => {
    const memory = await memoryProtocol(4);
    const gateway = new MemoryGateway(memory.doc, 'trackAll');
    breakNumbering(gateway.doc.blocks);
    const first = checkDocument(await gateway.snapshot());
    await gateway.apply(first.renumber!);
    const run = numberRuns(gateway.doc.blocks)[2]! as MemoryRun & { deleted?: string };
    expect([run.deleted, run.text]).toEqual(['§ 150', '§ 103']);
    expect(checkDocument(await gateway.snapshot()).renumber).toBeNull();
  });
});
