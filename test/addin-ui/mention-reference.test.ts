import { describe, expect, it } from 'vitest';
import { convertible, planMentionToReference } from '../../core/addin/mention-reference-plan.ts';
import { readStructure } from '../../core/addin/document-structure.ts';
import { planDeleteEntry, planRenumber } from '../../core/addin/renumber.ts';
import type { DocumentSnapshot } from '../../core/addin/snapshot.ts';
import { findUntaggedReferences } from '../../core/addin/untagged-references.ts';
import { memoryParagraphAt, type MemoryDocument, type MemoryRun } from '../../word-addin/src/gateway/memory-document.ts';
import type { MemoryGateway } from '../../word-addin/src/gateway/memory-gateway.ts';
import { type DocumentGateway } from '../../word-addin/src/gateway/gateway.ts';
import { OfficeGateway, type RequirementSets } from '../../word-addin/src/gateway/office-gateway.ts';
import { runEdit } from '../../word-addin/src/edit/apply-plan.ts';
import { checkDocument } from '../../word-addin/src/check/check-document.ts';
import type { WordMockOptions } from './support/word-mock.ts';
import { memoryProtocol, refusedUnchanged, wordOf } from './support/protocol-fixture.ts';

const upTo = (max: string): RequirementSets => ({
  isSetSupported: (name, version = '1.1') => name === 'WordApi' && Number(version.split('.')[1]) <= Number(max.split('.')[1]),
});

const TYPED = ' Se § 1040 i bilagan och jämför med § 104.';

/** §§ 101–104, and § 102's Beslut line with "§ 104" typed by hand after a "§ 1040" that a plain search finds first. */
async function protocolWithTypedMention(): Promise<{ gateway: MemoryGateway; index: number }> {
  const gateway = await memoryProtocol(4);
  const entry = readStructure(await gateway.snapshot()).entries[1]!;
  const index = entry.firstParagraph + entry.paragraphs.findIndex((p) => p.text === 'Förslaget bifalls.');
  memoryParagraphAt(gateway.doc, index)!.runs.push({ text: TYPED });
  return { gateway, index };
}

/** The document's content with neighbouring plain text runs as one. */
function sameRuns(doc: MemoryDocument): string {
  const merged = (runs: MemoryRun[]) =>
    runs.reduce<MemoryRun[]>((out, r) => {
      const last = out.at(-1);
      if (last && !('control' in last) && !('control' in r) && !last.deleted && !r.deleted) out[out.length - 1] = { text: last.text + r.text };
      else out.push(r);
      return out;
    }, []);
  return JSON.stringify(doc.blocks, (key, value: unknown) => (key === 'runs' ? merged(value as MemoryRun[]) : value));
}

const typed = (s: DocumentSnapshot, text: string) => findUntaggedReferences(s, readStructure(s)).find((m) => m.text === text)!;
const references = (s: DocumentSnapshot) => s.controls.filter((c) => c.tag.startsWith('protokoll:ref:')).map((c) => `${c.tag} ${c.text}`);

async function convertAndRenumber(gateway: DocumentGateway, index: number) {
  const { applied, snapshot } = await runEdit(gateway, (current) => planMentionToReference(current, typed(current, '§ 104')));
  expect(applied).toBe(true);
  expect(snapshot.paragraphs[index]!.text).toBe(`Förslaget bifalls.${TYPED}`);
  expect(references(snapshot)).toEqual(['protokoll:ref:e4 § 104']);
  // No longer reported as typed by hand; "§ 1040" names no § of this protocol and stays reported.
  expect(findUntaggedReferences(snapshot, readStructure(snapshot)).map((m) => m.text)).toEqual(['§ 1040']);
  // Renumbering now keeps it right: § 101 deleted, it reads § 103.
  const { snapshot: after } = await runEdit(gateway, (current) => planDeleteEntry(current, 'e1'));
  expect(references(after)).toEqual(['protokoll:ref:e4 § 103']);
  return after;
}

describe('Gör om till hänvisning: a § mention typed by hand becomes a reference that follows renumbering', () => {
  it('in memory: the text stays as typed, the right one of two matches is wrapped, and renumbering rewrites it', async () => {
    const { gateway, index } = await protocolWithTypedMention();
    const before = await gateway.snapshot();
    expect(convertible(before, typed(before, '§ 104'))).toBe(true);
    expect(convertible(before, typed(before, '§ 1040'))).toBe(false);
    const planned = planMentionToReference(before, typed(before, '§ 104'));
    expect(planned.ok && planned.plan.operations).toEqual([{ op: 'wrapReference', paragraphIndex: index, text: '§ 104', occurrence: 1, tag: 'protokoll:ref:e4' }]);
    await convertAndRenumber(gateway, index);
  });

  it('says in Swedish why a mention of a § that is not in the protocol cannot become one', async () => {
    const { gateway } = await protocolWithTypedMention();
    const s = await gateway.snapshot();
    const planned = planMentionToReference(s, typed(s, '§ 1040'));
    expect(planned).toMatchObject({ ok: false, message: expect.stringMatching(/^Inget ändrades: § 1040 finns inte i det här protokollet/) });
  });

  it('writes nothing where the paragraph changed since the mention was found', async () => {
    const { gateway, index } = await protocolWithTypedMention();
    const planned = planMentionToReference(await gateway.snapshot(), typed(await gateway.snapshot(), '§ 104'));
    if (!planned.ok) throw new Error(planned.message);
    memoryParagraphAt(gateway.doc, index)!.runs.push({ text: ' Tillagt i Word.' });
    expect(await refusedUnchanged(() => gateway.apply(planned.plan), gateway.doc)).toMatchObject({ reload: true, message: expect.stringMatching(/^Inget ändrades: paragrafen där ”§ 104” står har ändrats/) });
  });
});

describe('Gör om till hänvisning in Word (the Office gateway over the Word mock)', () => {
  async function word(options: WordMockOptions = {}) {
    const { gateway: memory, index } = await protocolWithTypedMention();
    const mock = await wordOf(memory, options);
    return { mock, index, gateway: new OfficeGateway(mock.run, upTo(options.api ?? '1.3')) };
  }

  it('is 2 syncs, wraps the second match of the search, and leaves nothing to renumber', async () => {
    const { mock, gateway } = await word();
    mock.syncs = 0;
    await runEdit(gateway, (current) => planMentionToReference(current, typed(current, '§ 104')));
    expect(mock.syncs).toBe(2);
    expect(mock.edits.filter((e) => e.kind === 'wrapReference')).toEqual([{ kind: 'wrapReference', text: '§ 104', tag: 'protokoll:ref:e4', title: 'Hänvisning' }]);
    const again = await runEdit(gateway, (current) => planRenumber(current));
    expect(again.applied).toBe(false);
  });

  it('converts and then follows a deletion, also under Track Changes (WordApi 1.4), where a second check finds nothing', async () => {
    const { index, gateway } = await word({ api: '1.4', changeTrackingMode: 'TrackAll' });
    const after = await convertAndRenumber(gateway, index);
    expect(checkDocument(after).renumber).toBeNull();
    expect(checkDocument(await gateway.snapshot()).renumber).toBeNull();
  });

  it('a paragraph edited in Word, or Word failing on the write, leaves the document exactly as before', async () => {
    for (const trouble of ['edited', 'failure'] as const) {
      const { mock, index, gateway } = await word(trouble === 'failure' ? { failOn: (e) => e.kind === 'wrapReference' } : {});
      const planned = planMentionToReference(await gateway.snapshot(), typed(await gateway.snapshot(), '§ 104'));
      if (!planned.ok) throw new Error(planned.message);
      if (trouble === 'edited') memoryParagraphAt(mock.doc, index)!.runs.push({ text: ' Tillagt i Word.' });
      expect((await refusedUnchanged(() => gateway.apply(planned.plan), mock.doc)).message).toMatch(trouble === 'edited' ? /^Inget ändrades: / : /Inget ändrades/);
    }
  });

  it('on WordApi 1.4, in a paragraph with text deleted under tracking (which Word’s search sees), takes the control back, says why, and leaves the document as it was', async () => {
    const { gateway: memory, index } = await protocolWithTypedMention();
    // The clerk had typed "§ 104" and deleted it with Track Changes on, before the mention that stays.
    memoryParagraphAt(memory.doc, index)!.runs.splice(1, 0, { text: ' Se ' }, { text: '§ 104', deleted: true });
    const mock = await wordOf(memory, { api: '1.4', changeTrackingMode: 'TrackAll' });
    const gateway = new OfficeGateway(mock.run, upTo('1.4'));
    const before = await gateway.snapshot();
    const mention = findUntaggedReferences(before, readStructure(before)).filter((m) => m.text === '§ 104');
    expect(mention).toHaveLength(1);
    // Word splits runs where a control was put and taken off again; the text and its formatting are as before.
    const refused = await refusedUnchanged(() => runEdit(gateway, (current) => planMentionToReference(current, mention[0]!)), mock.doc, sameRuns);
    expect(refused.message).toMatch(/^Inget ändrades: Stycket har ändringar som spåras/);
  });
});
