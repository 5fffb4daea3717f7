import { describe, expect, it } from 'vitest';
import { planInsertEntry, planInsertReference, planRenumber } from '../../core/addin/renumber.ts';
import { readStructure } from '../../core/addin/document-structure.ts';
import type { MemoryControl, MemoryRun } from '../../word-addin/src/gateway/memory-document.ts';
import { OfficeGateway, type RequirementSets } from '../../word-addin/src/gateway/office-gateway.ts';
import { runEdit } from '../../word-addin/src/edit/apply-plan.ts';
import { checkDocument } from '../../word-addin/src/check/check-document.ts';
import type { WordMock, WordMockOptions } from './support/word-mock.ts';
import { memoryProtocol, refusedUnchanged, sampleEntry, wordOf } from './support/protocol-fixture.ts';

const upTo = (max: string): RequirementSets => ({
  isSetSupported: (name, version = '1.1') => name === 'WordApi' && Number(version.split('.')[1]) <= Number(max.split('.')[1]),
});

async function wordWith(entries: number, options: WordMockOptions = {}) {
  const memory = await memoryProtocol(entries);
  const word = await wordOf(memory, options);
  return { memory, word, gateway: new OfficeGateway(word.run, upTo(options.api ?? '1.3')) };
}

/** The inline control runs of the document with a tag starting with `prefix`, in document order. */
function controlRuns(word: WordMock, prefix: string): (MemoryRun & { control: MemoryControl })[] {
  return word.doc.blocks
    .flatMap((b) => ('paragraph' in b ? [b.paragraph] : b.paragraphs))
    .flatMap((p) => p.runs)
    .filter((r): r is MemoryRun & { control: MemoryControl } => 'control' in r && r.control.tag.startsWith(prefix));
}

describe('Office gateway: snapshot', () => {
  it('reads paragraphs and controls as the memory document has them', async () => {
    const { memory, gateway } = await wordWith(3);
    const snapshot = await gateway.snapshot();
    expect(snapshot).toEqual(await memory.snapshot());
    expect(snapshot.controls.filter((c) => c.tag.startsWith('protokoll:entry:'))).toHaveLength(3);
  });

  it('sends the body text once: a paragraph of an entry is read one time, not again as its control and its entry', async () => {
    const { word, gateway } = await wordWith(3);
    const entry = word.doc.blocks.find((b) => 'paragraphs' in b && b.control.tag === 'protokoll:entry:e2')!;
    if (!('paragraphs' in entry)) throw new Error('no entry');
    entry.paragraphs[3]!.runs = [{ text: 'Markörtext som bara finns i ett stycke.' }];
    await gateway.snapshot();
    expect(word.transcript.join('\n').split('Markörtext').length - 1).toBe(1);
  });

  it('reports the control around the selection', async () => {
    const { word, gateway } = await wordWith(2);
    const second = readStructure(await gateway.snapshot()).entries[1]!;
    word.doc.selection = { paragraphIndex: second.firstParagraph + 1, offset: 2 };
    expect((await gateway.snapshot()).selectedControlId).toBe(second.control.id);
  });
});

describe('Office gateway: a plan is written exactly as planned, or not at all', () => {
  it('refuses a plan when a number control it rewrites is locked, and writes nothing', async () => {
    const { word, gateway } = await wordWith(4);
    controlRuns(word, 'protokoll:num:').at(-1)!.control.cannotEdit = true;
    const snapshot = await gateway.snapshot();
    const first = readStructure(snapshot).entries[0]!;
    const planned = planInsertEntry(snapshot, { paragraph: sampleEntry('Nytt', 'RS 5-2025'), entryId: 'nytt', position: { at: 'before', controlId: first.control.id } });
    if (!planned.ok) throw new Error(planned.message);
    expect((await refusedUnchanged(() => gateway.apply(planned.plan), word.doc)).message).toMatch(/låst/);
  });

  it('refuses a plan when a number it rewrites was emptied since the snapshot, and writes nothing', async () => {
    const { word, gateway } = await wordWith(4);
    const snapshot = await gateway.snapshot();
    const first = readStructure(snapshot).entries[0]!;
    const planned = planInsertEntry(snapshot, { paragraph: sampleEntry('Nytt', 'RS 5-2025'), entryId: 'nytt', position: { at: 'before', controlId: first.control.id } });
    if (!planned.ok) throw new Error(planned.message);
    controlRuns(word, 'protokoll:num:').at(-1)!.text = '';
    expect((await refusedUnchanged(() => gateway.apply(planned.plan), word.doc)).message).toMatch(/tom/);
  });

  it('an emptied number control does not stop inserting: the number is written back into it', async () => {
    const { word, gateway } = await wordWith(3);
    controlRuns(word, 'protokoll:num:').at(-1)!.text = '';
    const planned = planInsertEntry(await gateway.snapshot(), { paragraph: sampleEntry('Nytt', 'RS 5-2025'), entryId: 'nytt', position: { at: 'end' } });
    if (!planned.ok) throw new Error(planned.message);
    await gateway.apply(planned.plan);
    expect(controlRuns(word, 'protokoll:num:').map((r) => r.text)).toEqual(['§ 101', '§ 102', '§ 103', '§ 104']);
  });

  it('refuses to overwrite a number the clerk changed to "§ 1070 (se bilaga)" although it starts like the old one', async () => {
    const { word, gateway } = await wordWith(7);
    const snapshot = await gateway.snapshot();
    const first = readStructure(snapshot).entries[0]!;
    const planned = planInsertEntry(snapshot, { paragraph: sampleEntry('Nytt', 'RS 5-2025'), entryId: 'nytt', position: { at: 'before', controlId: first.control.id } });
    if (!planned.ok) throw new Error(planned.message);
    const last = controlRuns(word, 'protokoll:num:').at(-1)!;
    expect(last.text).toBe('§ 107');
    last.text = '§ 1070 (se bilaga)';
    expect((await refusedUnchanged(() => gateway.apply(planned.plan), word.doc)).message).toMatch(/”§ 1070 \(se bilaga\)”/);
  });

  it('takes back what it wrote when Word fails on the last write of a plan', async () => {
    let failAt = -1;
    const { word, gateway } = await wordWith(5, { failOn: (_edit, index) => index === failAt });
    const snapshot = await gateway.snapshot();
    const middle = readStructure(snapshot).entries[1]!;
    const planned = planInsertEntry(snapshot, { paragraph: sampleEntry('Nytt', 'RS 5-2025'), entryId: 'nytt', position: { at: 'after', controlId: middle.control.id } });
    if (!planned.ok) throw new Error(planned.message);
    expect(planned.plan.operations.length).toBe(4);
    failAt = planned.plan.operations.length - 1;
    await refusedUnchanged(() => gateway.apply(planned.plan), word.doc);
  });

  it('refuses a plan whose anchor entry was deleted, and writes nothing', async () => {
    const { word, gateway } = await wordWith(3);
    const snapshot = await gateway.snapshot();
    const anchor = readStructure(snapshot).entries[0]!;
    const planned = planInsertEntry(snapshot, { paragraph: sampleEntry('Nytt', 'RS 5-2025'), entryId: 'nytt', position: { at: 'before', controlId: anchor.control.id } });
    if (!planned.ok) throw new Error(planned.message);
    word.doc.blocks = word.doc.blocks.filter((b) => !('control' in b && b.control.id === anchor.control.id));
    expect((await refusedUnchanged(() => gateway.apply(planned.plan), word.doc)).message).toMatch(/finns inte längre/);
  });

  it('refuses a malformed plan before touching Word', async () => {
    const { word, gateway } = await wordWith(1);
    await expect(gateway.apply({ summary: 'x', operations: [{ op: 'setControlText', controlId: 1.5, from: '', to: '' }] } as never)).rejects.toThrow(/fel format/);
    expect(word.syncs).toBe(0);
  });
});

describe('Office gateway: a reference at the cursor', () => {
  it('writes a reference at the end of the selection, never over selected text, tagged with the target ids', async () => {
    const { word, gateway } = await wordWith(3);
    const snapshot = await gateway.snapshot();
    const first = readStructure(snapshot).entries[0]!;
    word.doc.selection = { paragraphIndex: first.firstParagraph + 3, offset: 5 };
    const planned = planInsertReference(await gateway.snapshot(), ['e2', 'e3']);
    if (!planned.ok) throw new Error(planned.message);
    await gateway.apply(planned.plan);
    expect(word.edits.filter((e) => e.kind === 'insertReference')).toEqual([{ kind: 'insertReference', text: '§§ 102–103', tag: 'protokoll:ref:e2,e3', title: 'Hänvisning' }]);
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

  it('on WordApi 1.4 reads Track Changes and leaves it on', async () => {
    const { word, gateway } = await wordWith(2, { api: '1.4', changeTrackingMode: 'TrackAll' });
    expect(await gateway.capabilities()).toEqual({ baseline: true, trackingMode: 'trackAll', notices: [] });
    const planned = planInsertEntry(await gateway.snapshot(), { paragraph: sampleEntry('Nytt', 'RS 5-2025'), entryId: 'nytt', position: { at: 'end' } });
    if (!planned.ok) throw new Error(planned.message);
    const result = await gateway.apply(planned.plan);
    expect(result.tracked).toBe(true);
    expect(word.changeTrackingMode).toBe('TrackAll');
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

describe('Office gateway: renumbering', () => {
  it('puts a whole document right in one plan', async () => {
    const { word, gateway } = await wordWith(6);
    for (const r of controlRuns(word, 'protokoll:num:').slice(1)) r.text = r.text.replace(/\d+/, (d) => String(Number(d) + 1));
    const planned = planRenumber(await gateway.snapshot());
    if (!planned.ok) throw new Error(planned.message);
    expect(planned.plan.operations).toHaveLength(5);
    await gateway.apply(planned.plan);
    expect(controlRuns(word, 'protokoll:num:').map((r) => r.text)).toEqual(['§ 101', '§ 102', '§ 103', '§ 104', '§ 105', '§ 106']);
  });
});

describe.each([5, 200])('Office gateway: round trips per user action, from click to updated pane, with %i entries', (n) => {
  it('inserting a § in the middle: 2 syncs (the exact check, then the writes with the read that updates the pane)', async () => {
    const { word, gateway } = await wordWith(n);
    const panes: number[] = [];
    gateway.onSnapshot((s) => panes.push(s.controls.length));
    word.syncs = 0;
    const { applied, snapshot } = await runEdit(gateway, (current) =>
      planInsertEntry(current, { paragraph: sampleEntry('Nytt ärende', 'RS 999-2025'), entryId: 'nytt', position: { at: 'after', controlId: readStructure(current).entries[Math.floor(n / 2) - 1]!.control.id } }),
    );
    expect(applied).toBe(true);
    expect(word.syncs).toBe(2);
    // The pane has the document as it reads after the insert, without reading it again.
    expect(readStructure(snapshot).entries.map((e) => e.number)).toEqual(Array.from({ length: n + 1 }, (_, i) => 101 + i));
    expect(panes.at(-1)).toBe(snapshot.controls.length);
    expect(word.edits.filter((e) => e.kind === 'insertText')).toHaveLength(n - Math.floor(n / 2));
  });

  it('checking the document (Granska): 1 sync', async () => {
    const { word, gateway } = await wordWith(n);
    word.syncs = 0;
    checkDocument(await gateway.snapshot());
    expect(word.syncs).toBe(1);
  });

  it('renumbering from Granska: 2 syncs, and the pane is checked again from the read that came back', async () => {
    const { word, gateway } = await wordWith(n);
    for (const r of controlRuns(word, 'protokoll:num:').slice(1)) r.text = r.text.replace(/\d+/, (d) => String(Number(d) + 1));
    const shown = checkDocument(await gateway.snapshot());
    word.syncs = 0;
    const result = await gateway.apply(shown.renumber!);
    expect(checkDocument(result.snapshot).renumber).toBeNull();
    expect(word.syncs).toBe(2);
  });

  it('under Track Changes (WordApi 1.4): renumbering takes at most 3 syncs and the next check 1', async () => {
    const { word, gateway } = await wordWith(n, { api: '1.4', changeTrackingMode: 'TrackAll' });
    for (const r of controlRuns(word, 'protokoll:num:').slice(1)) r.text = r.text.replace(/\d+/, (d) => String(Number(d) + 1));
    const shown = checkDocument(await gateway.snapshot());
    word.syncs = 0;
    const result = await gateway.apply(shown.renumber!);
    expect(word.syncs).toBeLessThanOrEqual(3);
    expect(checkDocument(result.snapshot).renumber).toBeNull();
    word.syncs = 0;
    expect(checkDocument(await gateway.snapshot()).renumber).toBeNull();
    expect(word.syncs).toBe(1);
  });
});

describe('the Word mock behaves like Word where the add-in depends on it', () => {
  async function searchIn(word: WordMock, text: string) {
    const id = controlRuns(word, 'protokoll:num:')[0]!.control.id;
    await word.run(async (context) => {
      context.document.body.contentControls.getById(id).search(text, { matchCase: true }).getFirst().load('text');
      await context.sync();
    });
  }

  it('refuses an empty search, one over 255 characters and a ^ that starts no special character', async () => {
    const { word } = await wordWith(1);
    await expect(searchIn(word, '')).rejects.toMatchObject({ code: 'InvalidArgument' });
    await expect(searchIn(word, '§'.repeat(256))).rejects.toMatchObject({ code: 'InvalidArgument' });
    await expect(searchIn(word, '10^3')).rejects.toMatchObject({ code: 'InvalidArgument' });
    await expect(searchIn(word, '§ ^#^#^#')).resolves.toBeUndefined();
    await expect(searchIn(word, '§ 1070')).rejects.toMatchObject({ code: 'ItemNotFound' });
  });

  it('puts OOXML inserted at the end of a body that ends in a content control inside that control', async () => {
    const { word } = await wordWith(2);
    await word.run(async (context) => {
      context.document.body.insertOoxml('<w:body><w:p><w:r><w:t>Sist</w:t></w:r></w:p></w:body>', 'End');
      await context.sync();
    });
    const last = word.doc.blocks.at(-1)!;
    expect('paragraphs' in last && last.paragraphs.at(-1)!.runs[0]!.text).toBe('Sist');
  });

  it('shows text deleted under Track Changes in text, and leaves it out of the current text', async () => {
    const { word } = await wordWith(1, { api: '1.4', changeTrackingMode: 'TrackAll' });
    const id = controlRuns(word, 'protokoll:num:')[0]!.control.id;
    const read = await word.run(async (context) => {
      const control = context.document.body.contentControls.getById(id);
      control.insertText('§ 7', 'Replace');
      control.load('text');
      const current = control.getReviewedText('Current');
      await context.sync();
      return [control.text, current.value];
    });
    expect(read).toEqual(['§ 101§ 7', '§ 7']);
  });

  it('fails a write into a locked control and keeps what ran before it in the batch', async () => {
    const { word } = await wordWith(2);
    const [first, second] = controlRuns(word, 'protokoll:num:');
    second!.control.cannotEdit = true;
    const error = await word
      .run(async (context) => {
        context.document.body.contentControls.getById(first!.control.id).insertText('§ 1', 'Replace');
        context.document.body.contentControls.getById(second!.control.id).insertText('§ 2', 'Replace');
        await context.sync();
      })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'AccessDenied' });
    expect([first!.text, second!.text]).toEqual(['§ 1', '§ 102']);
  });
});
