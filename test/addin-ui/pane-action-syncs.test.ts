import { describe, expect, it } from 'vitest';
import { readStructure } from '../../core/addin/document-structure.ts';
import { OfficeGateway, type RequirementSets } from '../../word-addin/src/gateway/office-gateway.ts';
import { runEdit } from '../../word-addin/src/edit/apply-plan.ts';
import { referencePlanner } from '../../word-addin/src/views/ReferenceTool.tsx';
import { skeletonPlanner } from '../../word-addin/src/views/Foredragningslista.tsx';
import { memoryProtocol, sampleEntry, wordOf } from './support/protocol-fixture.ts';

const api13: RequirementSets = { isSetSupported: (name, version = '1.1') => name === 'WordApi' && Number(version.split('.')[1]) <= 3 };

describe.each([5, 200])('Round trips of the Ny paragraf and Föredragningslista actions, from click to updated pane, with %i entries', (n) => {
  it('a reference at the cursor: 2 syncs (the read it is planned from, then the write with the read back)', async () => {
    const memory = await memoryProtocol(n);
    memory.placeCursor(3, 0);
    const word = await wordOf(memory);
    const gateway = new OfficeGateway(word.run, api13);
    word.syncs = 0;
    const { applied, snapshot } = await runEdit(gateway, referencePlanner('e2', 'e3'));
    expect(applied).toBe(true);
    expect(word.syncs).toBe(2);
    expect(snapshot.controls.filter((c) => c.tag === 'protokoll:ref:e2,e3').map((c) => c.text)).toEqual(['§§ 102–103']);
  });

  it("the agenda's skeleton: 2 syncs, the entries numbered on from the document's last", async () => {
    const word = await wordOf(await memoryProtocol(n));
    const gateway = new OfficeGateway(word.run, api13);
    word.syncs = 0;
    const { applied, snapshot } = await runEdit(gateway, skeletonPlanner([sampleEntry('Budget 2026', 'RS 900-2025'), sampleEntry('Taxor 2026', null)], 1));
    expect(applied).toBe(true);
    expect(word.syncs).toBe(2);
    expect(readStructure(snapshot).entries.map((e) => e.number).slice(-2)).toEqual([101 + n, 102 + n]);
  });
});
