import { describe, expect, it } from 'vitest';
import { planInsertEntry, planRenumber } from '../../core/addin/renumber.ts';
import { memoryDocumentOf, memoryParagraph } from '../../word-addin/src/gateway/memory-document.ts';
import { MemoryGateway } from '../../word-addin/src/gateway/memory-gateway.ts';
import { GatewayError } from '../../word-addin/src/gateway/gateway.ts';
import { checkDocument } from '../../word-addin/src/check/check-document.ts';
import { meetingBodyFromCover } from '../../word-addin/src/meeting-body.ts';
import { memoryProtocol, sampleEntry } from './support/protocol-fixture.ts';

const entryControls = async (g: MemoryGateway) => (await g.snapshot()).controls.filter((c) => c.tag.startsWith('protokoll:entry:'));

describe('memory gateway', () => {
  it('applies a stale plan not at all', async () => {
    const gateway = await memoryProtocol(3);
    const snapshot = await gateway.snapshot();
    const stale = planInsertEntry(snapshot, { paragraph: sampleEntry('Nytt', 'RS 9-2025'), entryId: 'nytt', position: { at: 'before', controlId: (await entryControls(gateway))[0]!.id } });
    if (!stale.ok) throw new Error(stale.message);
    const before = JSON.stringify(gateway.doc.blocks);
    // The clerk edits the last number before the plan arrives.
    const last = gateway.doc.blocks.at(-1)!;
    if (!('paragraphs' in last)) throw new Error('expected an entry');
    const numberRun = last.paragraphs[0]!.runs[0]!;
    numberRun.text = '§ 200';
    const edited = JSON.stringify(gateway.doc.blocks);
    await expect(gateway.apply(stale.plan)).rejects.toThrow(GatewayError);
    expect(JSON.stringify(gateway.doc.blocks)).toBe(edited);
    expect(edited).not.toBe(before);
  });

  it('counts tracked revisions when Track Changes is on, and tells the pane', async () => {
    const gateway = new MemoryGateway(memoryDocumentOf([memoryParagraph('Protokoll', 'Title')]), 'trackAll');
    const planned = planInsertEntry(await gateway.snapshot(), { paragraph: sampleEntry('Första', 'RS 1-2025'), entryId: 'a', position: { at: 'end' }, firstNumber: 5 });
    if (!planned.ok) throw new Error(planned.message);
    expect(await gateway.apply(planned.plan)).toMatchObject({ operations: 1, tracked: true });
    expect(gateway.revisions).toBe(1);
    expect((await gateway.capabilities()).trackingMode).toBe('trackAll');
  });

  it('selecting a control puts the cursor in it, so a new entry goes after it', async () => {
    const gateway = await memoryProtocol(3);
    const [, second] = await entryControls(gateway);
    await gateway.select({ kind: 'control', controlId: second!.id });
    expect((await gateway.snapshot()).selectedControlId).toBe(second!.id);
    await expect(gateway.select({ kind: 'paragraph', index: 9999 })).rejects.toThrow(/finns inte längre/);
  });

  it('tells the listeners about every change', async () => {
    const gateway = await memoryProtocol(1);
    let calls = 0;
    const stop = gateway.subscribe(() => calls++);
    gateway.placeCursor(0, 0);
    await gateway.select({ kind: 'paragraph', index: 1 });
    stop();
    gateway.placeCursor(0, 0);
    expect(calls).toBe(2);
  });
});

describe('checking the document in the pane', () => {
  it('reports a document without entries as not ready', async () => {
    const outcome = checkDocument(await (await memoryProtocol(0)).snapshot());
    expect(outcome.blocking).toBeGreaterThanOrEqual(1);
    expect(outcome.findings).toContainEqual(expect.objectContaining({ rule: 'no-entries', severity: 'error' }));
  });

  it('offers renumbering when numbers do not follow document order, pointing at the first wrong entry, and the numbering findings go with it', async () => {
    const gateway = await memoryProtocol(4);
    const third = gateway.doc.blocks.filter((b) => 'paragraphs' in b)[2]!;
    if (!('paragraphs' in third)) throw new Error('expected an entry');
    third.paragraphs[0]!.runs[0]!.text = '§ 150';
    const outcome = checkDocument(await gateway.snapshot());
    const numbering = outcome.findings.find((f) => f.rule === 'numbering-in-document-order');
    expect(numbering).toMatchObject({ severity: 'error', paragraph: 150, message: expect.stringMatching(/1 paragraf har fel nummer/) });
    expect(numbering?.target).toEqual({ kind: 'control', controlId: (await gateway.snapshot()).controls.filter((c) => c.tag.startsWith('protokoll:entry:'))[2]!.id });
    expect(outcome.findings.some((f) => f.rule === 'continuous-numbering')).toBe(false);
    expect(outcome.renumber?.operations).toEqual([expect.objectContaining({ op: 'setControlText', from: '§ 150', to: '§ 103' })]);
    await gateway.apply(outcome.renumber!);
    const after = checkDocument(await gateway.snapshot());
    expect(after.renumber).toBeNull();
    expect(after.findings.filter((f) => f.rule === 'numbering-in-document-order' || f.rule === 'continuous-numbering')).toEqual([]);
  });

  it('places a hand-typed § under its entry and points at its paragraph', async () => {
    const gateway = await memoryProtocol(3);
    const second = gateway.doc.blocks.filter((b) => 'paragraphs' in b)[1]!;
    if (!('paragraphs' in second)) throw new Error('expected an entry');
    second.paragraphs.at(-1)!.runs.push({ text: ' Se § 101.' });
    const snapshot = await gateway.snapshot();
    const finding = checkDocument(snapshot).findings.find((f) => f.rule === 'reference-typed-by-hand')!;
    expect(finding).toMatchObject({ severity: 'warning', paragraph: 102 });
    expect(finding.target?.kind).toBe('paragraph');
    if (finding.target?.kind === 'paragraph') expect(snapshot.paragraphs[finding.target.index]!.text).toMatch(/Se § 101\.$/);
    expect(planRenumber(snapshot).ok).toBe(true);
  });

  it('reads the meeting body from the cover page', async () => {
    expect(meetingBodyFromCover(await (await memoryProtocol(2)).snapshot())).toBe('Kulturnämndens arbetsutskott');
    expect(meetingBodyFromCover(null)).toBeNull();
  });
});
