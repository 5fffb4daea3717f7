import { describe, expect, it } from 'vitest';
import { readStructure } from '../../core/addin/document-structure.ts';
import { defaultEntryPosition, planInsertEntry } from '../../core/addin/renumber.ts';
import { memoryParagraph, type MemoryDocument } from '../../word-addin/src/gateway/memory-document.ts';
import { OfficeGateway } from '../../word-addin/src/gateway/office-gateway.ts';
import { MemoryGateway } from '../../word-addin/src/gateway/memory-gateway.ts';
import { memoryProtocol, sampleEntry, wordOf } from './support/protocol-fixture.ts';

const api13 = { isSetSupported: (name: string, version = '1.1') => name === 'WordApi' && Number(version.split('.')[1]) <= 3 };

/** What the document's blocks are, in order: an entry by its id, another control by its title, a paragraph by its text. */
const outline = (doc: MemoryDocument) =>
  doc.blocks.map((b) =>
    'paragraph' in b
      ? b.paragraph.runs.map((r) => r.text).join('')
      : b.control.tag.startsWith('protokoll:entry:')
        ? `[${b.control.tag.slice('protokoll:entry:'.length)}]`
        : `{${b.control.title}: ${b.paragraphs.map((p) => p.runs.map((r) => r.text).join('')).join(' / ')}}`,
  );

const SIGNATURE = ['Vid protokollet', 'Anna Sekreterare', 'Justeras', 'Maria Holm, ordförande', 'Per Ek, justerare'];

/** A protocol of two entries followed by what a template puts last: a content control of its own, or a signature block. */
async function protocolEndingIn(ending: 'control' | 'signature') {
  const memory = await memoryProtocol(2);
  if (ending === 'control') {
    memory.doc.blocks.push({ control: { id: memory.doc.nextControlId++, tag: 'kommunens-underskrifter', title: 'Underskrifter' }, paragraphs: SIGNATURE.map((t) => memoryParagraph(t)) });
  } else {
    memory.doc.blocks.push(...SIGNATURE.map((t) => ({ paragraph: memoryParagraph(t) })));
  }
  return memory;
}

describe.each(['control', 'signature'] as const)('inserting at the end of a document ending in a %s', (ending) => {
  const expected = ending === 'control' ? [`{Underskrifter: ${SIGNATURE.join(' / ')}}`] : SIGNATURE;

  it('in Word, lands after the last entry and before what ends the document, never inside it', async () => {
    const word = await wordOf(await protocolEndingIn(ending));
    const gateway = new OfficeGateway(word.run, api13);
    const planned = planInsertEntry(await gateway.snapshot(), { paragraph: sampleEntry('Nytt', 'RS 5-2025'), entryId: 'nytt', position: { at: 'end' } });
    if (!planned.ok) throw new Error(planned.message);
    expect(planned.number).toBe(103);
    await gateway.apply(planned.plan);
    expect(outline(word.doc).slice(2)).toEqual(['[e1]', '[e2]', '[nytt]', ...expected]);
  });

  it('in the memory document, the same', async () => {
    const memory = await protocolEndingIn(ending);
    const planned = planInsertEntry(await memory.snapshot(), { paragraph: sampleEntry('Nytt', 'RS 5-2025'), entryId: 'nytt', position: { at: 'end' } });
    if (!planned.ok) throw new Error(planned.message);
    await memory.apply(planned.plan);
    expect(outline(memory.doc).slice(2)).toEqual(['[e1]', '[e2]', '[nytt]', ...expected]);
  });
});

describe('where a new entry goes', () => {
  it('without entries, before a content control that ends the body, and after the cover', async () => {
    const memory = await memoryProtocol(0);
    memory.doc.blocks.push({ control: { id: memory.doc.nextControlId++, tag: '', title: 'Sidfot' }, paragraphs: [memoryParagraph('Kulturnämnden, Storgatan 1')] });
    const word = await wordOf(memory);
    const gateway = new OfficeGateway(word.run, api13);
    const planned = planInsertEntry(await gateway.snapshot(), { paragraph: sampleEntry('Första', null), entryId: 'forsta', firstNumber: 1 });
    if (!planned.ok) throw new Error(planned.message);
    await gateway.apply(planned.plan);
    expect(outline(word.doc)).toEqual(['Protokoll', 'Kulturnämndens arbetsutskott 2025-03-12', '[forsta]', '{Sidfot: Kulturnämnden, Storgatan 1}']);
  });

  it('after hand-written §§ that follow the last entry, and before the signature block', async () => {
    const memory = await protocolEndingIn('signature');
    const at = memory.doc.blocks.findIndex((b) => 'paragraph' in b && b.paragraph.runs[0]?.text === 'Vid protokollet');
    memory.doc.blocks.splice(at, 0, { paragraph: memoryParagraph('§ 103 Övriga frågor', 'Heading2') }, { paragraph: memoryParagraph('Inga övriga frågor anmäldes.') });
    const planned = planInsertEntry(await memory.snapshot(), { paragraph: sampleEntry('Nytt', null), entryId: 'nytt', position: { at: 'end' } });
    if (!planned.ok) throw new Error(planned.message);
    await memory.apply(planned.plan);
    expect(outline(memory.doc).slice(2)).toEqual(['[e1]', '[e2]', '§ 103 Övriga frågor', 'Inga övriga frågor anmäldes.', '[nytt]', ...SIGNATURE]);
  });

  it('where the cursor is in an entry, after that entry; otherwise as last', async () => {
    const memory = await protocolEndingIn('signature');
    const snapshot = await memory.snapshot();
    expect(defaultEntryPosition(snapshot)).toEqual({ at: 'after', controlId: readStructure(snapshot).entries[1]!.control.id });
    memory.placeCursor(readStructure(snapshot).entries[0]!.firstParagraph + 2, 1);
    expect(defaultEntryPosition(await memory.snapshot())).toEqual({ at: 'after', controlId: readStructure(snapshot).entries[0]!.control.id });
  });

  it('the memory document, like Word, puts text inserted at the very end of a body that ends in a control inside that control', async () => {
    const memory = await protocolEndingIn('control');
    const gateway = new MemoryGateway(memory.doc);
    const planned = planInsertEntry(await gateway.snapshot(), { paragraph: sampleEntry('Nytt', null), entryId: 'nytt', position: { at: 'end' } });
    if (!planned.ok) throw new Error(planned.message);
    // The planner never asks for the body's end here; a plan that did would put the entry inside the control.
    const forced = { ...planned.plan, operations: planned.plan.operations.map((o) => (o.op === 'insertEntry' ? { ...o, position: { at: 'end' as const } } : o)), controls: [] };
    await gateway.apply(forced);
    expect(outline(memory.doc).at(-1)).toMatch(/^\{Underskrifter: Vid protokollet .* \/ § 103 Nytt/);
  });
});
