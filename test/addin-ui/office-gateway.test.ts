import { describe, expect, it } from 'vitest';
import { planInsertEntry, planInsertReference, planRenumber, planReplaceEntry } from '../../core/addin/renumber.ts';
import { OfficeGateway, type RequirementSets } from '../../word-addin/src/gateway/office-gateway.ts';
import { GatewayError } from '../../word-addin/src/gateway/gateway.ts';
import { WordMock, type MockDocument } from './support/word-mock.ts';
import { memoryProtocol, mockDocumentOf, sampleEntry } from './support/protocol-fixture.ts';

const upTo = (max: string): RequirementSets => ({
  isSetSupported: (name, version = '1.1') => name === 'WordApi' && Number(version.split('.')[1]) <= Number(max.split('.')[1]),
});

async function wordWith(entries: number, edit?: (doc: MockDocument) => void) {
  const memory = await memoryProtocol(entries);
  const doc = mockDocumentOf(await memory.snapshot());
  edit?.(doc);
  const word = new WordMock(doc);
  return { memory, word, gateway: new OfficeGateway(word.run, upTo('1.3')) };
}

describe('Office gateway: snapshot', () => {
  it('reads paragraphs, controls and the entries own paragraphs as the memory document has them', async () => {
    const { memory, word, gateway } = await wordWith(3);
    const snapshot = await gateway.snapshot();
    expect(snapshot).toEqual(await memory.snapshot());
    expect(snapshot.controls.filter((c) => c.tag.startsWith('protokoll:entry:'))).toHaveLength(3);
    expect(word.syncs).toBe(2);
  });

  it('needs one sync when the document has no entries yet', async () => {
    const { word, gateway } = await wordWith(0);
    const snapshot = await gateway.snapshot();
    expect(snapshot.paragraphs.map((p) => p.text)).toEqual(['Protokoll', 'Kulturnämndens arbetsutskott 2025-03-12']);
    expect(word.syncs).toBe(1);
  });

  it('reports the control around the selection', async () => {
    const { gateway } = await wordWith(2, (doc) => {
      doc.selectedControlId = doc.controls[0]!.id;
    });
    const snapshot = await gateway.snapshot();
    expect(snapshot.selectedControlId).toBe(snapshot.controls[0]!.id);
  });
});

describe.each([5, 200])('Office gateway: sync budget with %i entries', (n) => {
  it('checking the document reads it in at most 3 syncs', async () => {
    const { word, gateway } = await wordWith(n);
    const snapshot = await gateway.snapshot();
    expect(snapshot.controls.filter((c) => c.tag.startsWith('protokoll:entry:'))).toHaveLength(n);
    expect(word.syncs).toBeLessThanOrEqual(3);
  });

  it('inserting one entry in the middle is one sync, renumbering what follows in the same batch', async () => {
    const { word, gateway } = await wordWith(n);
    const snapshot = await gateway.snapshot();
    const middle = snapshot.controls.filter((c) => c.tag.startsWith('protokoll:entry:'))[Math.floor(n / 2) - 1]!;
    const planned = planInsertEntry(snapshot, {
      paragraph: sampleEntry('Nytt ärende', 'RS 999-2025'),
      entryId: 'nytt',
      position: { at: 'after', controlId: middle.id },
    });
    if (!planned.ok) throw new Error(planned.message);
    word.syncs = 0;
    const result = await gateway.apply(planned.plan);
    expect(word.syncs).toBe(1);
    expect(result.operations).toBe(planned.plan.operations.length);
    expect(word.edits[0]).toMatchObject({ kind: 'insertOoxml', where: 'After', anchorId: middle.id });
    const renumbered = word.edits.filter((e) => e.kind === 'insertText');
    expect(renumbered).toHaveLength(n - Math.floor(n / 2));
    expect(renumbered.at(-1)).toMatchObject({ text: `§ ${101 + n}` });
  });

  it('renumbering the whole document takes at most 3 syncs', async () => {
    // A clerk's manual edit: the first number is right, every later one is off by one.
    const { word, gateway } = await wordWith(n, (doc) => {
      const numbers = doc.controls.filter((c) => c.tag.startsWith('protokoll:num:'));
      for (const c of numbers.slice(1)) c.text = c.text.replace(/\d+/, (d) => String(Number(d) + 1));
    });
    const planned = planRenumber(await gateway.snapshot());
    if (!planned.ok) throw new Error(planned.message);
    expect(planned.plan.operations).toHaveLength(n - 1);
    await gateway.apply(planned.plan);
    expect(word.syncs).toBeLessThanOrEqual(3);
    expect(word.edits.filter((e) => e.kind === 'insertText')).toHaveLength(n - 1);
  });
});

describe('Office gateway: filling in an entry and writing a reference', () => {
  it('rewrites a skeleton entry in place in one sync, checking it first', async () => {
    const { word, gateway } = await wordWith(3);
    const planned = planReplaceEntry(await gateway.snapshot(), { entryId: 'e2', paragraph: sampleEntry('Ärende nummer 2', 'RS 101-2025') });
    if (!planned.ok) throw new Error(planned.message);
    word.syncs = 0;
    await gateway.apply(planned.plan);
    expect(word.syncs).toBe(1);
    expect(word.edits).toEqual([expect.objectContaining({ kind: 'insertOoxml', where: 'Replace' })]);
  });

  it('refuses to rewrite an entry whose heading the clerk changed since it was read', async () => {
    const { word, gateway } = await wordWith(3);
    const planned = planReplaceEntry(await gateway.snapshot(), { entryId: 'e2', paragraph: sampleEntry('Ärende nummer 2', 'RS 101-2025') });
    if (!planned.ok) throw new Error(planned.message);
    const entry = word.doc.controls.find((c) => c.tag === 'protokoll:entry:e2')!;
    entry.text = entry.text.replace('Ärende nummer 2', 'Ärende om något annat');
    await expect(gateway.apply(planned.plan)).rejects.toThrow(/ändrats sedan det lästes/);
    expect(word.edits).toEqual([]);
  });

  it('writes a reference at the end of the selection, never over selected text, tagged with the target ids', async () => {
    const { word, gateway } = await wordWith(3);
    const planned = planInsertReference(await gateway.snapshot(), ['e2', 'e3']);
    if (!planned.ok) throw new Error(planned.message);
    word.syncs = 0;
    await gateway.apply(planned.plan);
    expect(word.syncs).toBe(1);
    expect(word.edits).toEqual([{ kind: 'insertReference', text: '§§ 102–103', tag: 'protokoll:ref:e2,e3', title: 'Hänvisning' }]);
  });
});

describe('Office gateway: a plan applies whole or not at all', () => {
  it('refuses a plan when a number was changed since the snapshot, and runs no edit', async () => {
    const { word, gateway } = await wordWith(4);
    const snapshot = await gateway.snapshot();
    const first = snapshot.controls.find((c) => c.tag.startsWith('protokoll:entry:'))!;
    const planned = planInsertEntry(snapshot, { paragraph: sampleEntry('Nytt', 'RS 5-2025'), entryId: 'nytt', position: { at: 'after', controlId: first.id } });
    if (!planned.ok) throw new Error(planned.message);
    // The clerk types in the last entry's number between reading and applying.
    const lastNumber = word.doc.controls.filter((c) => c.tag.startsWith('protokoll:num:')).at(-1)!;
    lastNumber.text = '§ 7';
    await expect(gateway.apply(planned.plan)).rejects.toThrow(GatewayError);
    await expect(gateway.apply(planned.plan)).rejects.toThrow(/ändrats sedan det lästes/);
    expect(word.edits).toEqual([]);
  });

  it('refuses a plan whose anchor entry was deleted, and runs no edit', async () => {
    const { word, gateway } = await wordWith(3);
    const snapshot = await gateway.snapshot();
    const anchor = snapshot.controls.find((c) => c.tag.startsWith('protokoll:entry:'))!;
    const planned = planInsertEntry(snapshot, { paragraph: sampleEntry('Nytt', 'RS 5-2025'), entryId: 'nytt', position: { at: 'before', controlId: anchor.id } });
    if (!planned.ok) throw new Error(planned.message);
    word.doc.controls = word.doc.controls.filter((c) => c.id !== anchor.id);
    await expect(gateway.apply(planned.plan)).rejects.toThrow(/Inget ändrades/);
    expect(word.edits).toEqual([]);
  });

  it('refuses a malformed plan before touching Word', async () => {
    const { word, gateway } = await wordWith(1);
    await expect(gateway.apply({ summary: 'x', operations: [{ op: 'setControlText', controlId: 1.5, from: '', to: '' }] } as never)).rejects.toThrow(/fel format/);
    expect(word.syncs).toBe(0);
  });
});

describe('Office gateway: requirement sets and Track Changes', () => {
  it('switches the add-in off with a Swedish message below WordApi 1.3', async () => {
    const { word } = await wordWith(0);
    const gateway = new OfficeGateway(word.run, upTo('1.2'));
    const caps = await gateway.capabilities();
    expect(caps.baseline).toBe(false);
    expect(caps.notices[0]).toMatch(/kräver Word 2019 eller senare \(WordApi 1\.3\)/);
  });

  it('on WordApi 1.3 cannot tell the tracking mode, says so, and does not sync to find out', async () => {
    const { word, gateway } = await wordWith(1);
    const caps = await gateway.capabilities();
    expect(caps).toMatchObject({ baseline: true, trackingMode: null });
    expect(caps.notices.join(' ')).toMatch(/Spåra ändringar/);
    expect(word.syncs).toBe(0);
  });

  it('on WordApi 1.4 reads Track Changes, leaves it on, and still inserts in one sync', async () => {
    const memory = await memoryProtocol(2);
    const doc = { ...mockDocumentOf(await memory.snapshot()), changeTrackingMode: 'TrackAll' as const };
    const word = new WordMock(doc);
    const gateway = new OfficeGateway(word.run, upTo('1.4'));
    expect(await gateway.capabilities()).toEqual({ baseline: true, trackingMode: 'trackAll', notices: [] });
    const planned = planInsertEntry(await gateway.snapshot(), { paragraph: sampleEntry('Nytt', 'RS 5-2025'), entryId: 'nytt', position: { at: 'end' } });
    if (!planned.ok) throw new Error(planned.message);
    word.syncs = 0;
    const result = await gateway.apply(planned.plan);
    expect(result.tracked).toBe(true);
    expect(word.syncs).toBe(1);
    expect(word.doc.changeTrackingMode).toBe('TrackAll');
  });
});

describe('Office gateway: selecting a finding', () => {
  it('selects a content control in one sync', async () => {
    const { word, gateway } = await wordWith(2);
    const snapshot = await gateway.snapshot();
    const target = snapshot.controls[1]!;
    word.syncs = 0;
    await gateway.select({ kind: 'control', controlId: target.id });
    expect(word.syncs).toBe(1);
    expect(word.edits).toEqual([{ kind: 'select', controlId: target.id, paragraphIndex: null }]);
  });

  it('selects a body paragraph by its snapshot index', async () => {
    const { word, gateway } = await wordWith(1);
    await gateway.select({ kind: 'paragraph', index: 1 });
    expect(word.edits).toEqual([{ kind: 'select', controlId: null, paragraphIndex: 1 }]);
  });

  it('says so when the paragraph is gone', async () => {
    const { gateway } = await wordWith(0);
    await expect(gateway.select({ kind: 'paragraph', index: 99 })).rejects.toThrow(/finns inte längre/);
  });
});
