import { describe, expect, it } from 'vitest';
import { deletionSentence, entryAtCursor, planEntryDeletion } from '../../core/addin/delete-entry-plan.ts';
import { readStructure } from '../../core/addin/document-structure.ts';
import { planInsertReference, planRenumber } from '../../core/addin/renumber.ts';
import { memoryParagraphAt, type MemoryDocument } from '../../word-addin/src/gateway/memory-document.ts';
import type { MemoryGateway } from '../../word-addin/src/gateway/memory-gateway.ts';
import { OfficeGateway, type RequirementSets } from '../../word-addin/src/gateway/office-gateway.ts';
import { checkDocument } from '../../word-addin/src/check/check-document.ts';
import { memoryProtocol, refusedUnchanged, wordOf } from './support/protocol-fixture.ts';

const upTo = (max: string): RequirementSets => ({
  isSetSupported: (name, version = '1.1') => name === 'WordApi' && Number(version.split('.')[1]) <= Number(max.split('.')[1]),
});

/** The body index of the Beslut line ("Förslaget bifalls.") of the `k`-th entry (from 1). */
async function beslutOf(gateway: MemoryGateway, k: number): Promise<number> {
  const snapshot = await gateway.snapshot();
  const entry = readStructure(snapshot).entries[k - 1]!;
  return entry.firstParagraph + entry.paragraphs.findIndex((p) => p.text.startsWith('Förslaget bifalls.'));
}

/** A reference written with the add-in at the end of the `k`-th entry's Beslut line. */
async function referenceIn(gateway: MemoryGateway, k: number, ids: string[]): Promise<void> {
  const at = await beslutOf(gateway, k);
  gateway.placeCursor(at, 'Förslaget bifalls.'.length);
  const planned = planInsertReference(await gateway.snapshot(), ids);
  if (!planned.ok) throw new Error(planned.message);
  await gateway.apply(planned.plan);
}

/**
 * §§ 101–105; § 101 refers to § 104, § 105 to § 103, § 103 to § 105 (inside the § deleted), and
 * § 102 says "se § 105" typed by hand.
 */
async function protocolWithReferences(): Promise<MemoryGateway> {
  const gateway = await memoryProtocol(5);
  await referenceIn(gateway, 1, ['e4']);
  await referenceIn(gateway, 5, ['e3']);
  await referenceIn(gateway, 3, ['e5']);
  memoryParagraphAt(gateway.doc, await beslutOf(gateway, 2))!.runs.push({ text: ' Se även § 105.' });
  return gateway;
}

const refTexts = (snapshot: Awaited<ReturnType<MemoryGateway['snapshot']>>) => snapshot.controls.filter((c) => c.tag.startsWith('protokoll:ref:')).map((c) => `${c.tag} ${c.text}`);

describe('Ta bort paragraf: the plan and what the pane says before the clerk confirms', () => {
  it('deletes the §, renumbers the ones after it, rewrites references to them, and reports the ones that pointed at it', async () => {
    const gateway = await protocolWithReferences();
    const planned = planEntryDeletion(await gateway.snapshot(), 'e3');
    if (!planned.ok) throw new Error(planned.message);
    expect(planned.preview).toMatchObject({
      number: 103,
      heading: '§ 103 Ärende nummer 3',
      renumbered: 2,
      referencesUpdated: 1,
      pointingAtDeleted: [{ text: '§ 103', where: 'i § 105' }],
      typedByHand: [{ text: '§ 105', where: 'i § 102' }],
    });
    expect(deletionSentence(planned.preview)).toBe('§ 103 tas bort, 2 paragrafer numreras om, 1 hänvisning uppdateras, 1 hänvisning pekar på den borttagna paragrafen');
    // The reference inside the deleted § goes with it: the plan does not write into it.
    const inside = (await gateway.snapshot()).controls.find((c) => c.tag === 'protokoll:ref:e5')!;
    expect(planned.plan.operations.some((o) => 'controlId' in o && o.controlId === inside.id && o.op !== 'deleteEntry')).toBe(false);

    await gateway.apply(planned.plan);
    const after = await gateway.snapshot();
    expect(readStructure(after).entries.map((e) => [e.entryId, e.number])).toEqual([['e1', 101], ['e2', 102], ['e4', 103], ['e5', 104]]);
    // Pointing at the deleted § only: left as the clerk wrote it, and Granska says so.
    expect(refTexts(after)).toEqual(['protokoll:ref:e4 § 103', 'protokoll:ref:e3 § 103']);
    expect(checkDocument(after).findings).toContainEqual(expect.objectContaining({ rule: 'reference-without-target', severity: 'error' }));
    const again = planRenumber(after);
    expect(again.ok && again.plan.operations).toEqual([]);
  });

  it('offers the § the cursor is in', async () => {
    const gateway = await memoryProtocol(3);
    gateway.placeCursor(await beslutOf(gateway, 2), 0);
    expect(entryAtCursor(await gateway.snapshot())).toBe('e2');
    gateway.placeCursor(0, 0);
    expect(entryAtCursor(await gateway.snapshot())).toBeNull();
  });

  it('a § that is no longer there: nothing is planned, in Swedish', async () => {
    const planned = planEntryDeletion(await (await memoryProtocol(2)).snapshot(), 'borta');
    expect(planned).toMatchObject({ ok: false, reload: true, message: expect.stringMatching(/finns inte längre/) });
  });

  it('under Track Changes: the § stays as a tracked deletion, the numbers close up, and a second check finds nothing', async () => {
    const gateway = await protocolWithReferences();
    gateway.trackingMode = 'trackAll';
    const planned = planEntryDeletion(await gateway.snapshot(), 'e3');
    if (!planned.ok) throw new Error(planned.message);
    const result = await gateway.apply(planned.plan);
    expect(result.tracked).toBe(true);
    expect(gateway.doc.blocks.some((b) => 'control' in b && b.control.tag === 'protokoll:entry:e3' && b.deleted)).toBe(true);
    const renumber = planRenumber(result.snapshot);
    expect(renumber.ok && renumber.plan.operations).toEqual([]);
    expect(checkDocument(result.snapshot).renumber).toBeNull();
  });

  it('the memory gateway refuses the plan when the § changed since the pane showed it: text written after the preview is not deleted', async () => {
    const gateway = await protocolWithReferences();
    const planned = planEntryDeletion(await gateway.snapshot(), 'e3');
    if (!planned.ok) throw new Error(planned.message);
    memoryParagraphAt(gateway.doc, await beslutOf(gateway, 3))!.runs.push({ text: ' Tillägg skrivet i Word.' });
    const error = await refusedUnchanged(() => gateway.apply(planned.plan), gateway.doc);
    expect(error.message).toMatch(/^Inget ändrades: /);
    expect(error.reload).toBe(true);
  });
});

describe('Ta bort paragraf in Word (the Office gateway over the Word mock)', () => {
  it('confirming is 2 syncs, and the document reads as planned', async () => {
    const word = await wordOf(await protocolWithReferences());
    const gateway = new OfficeGateway(word.run, upTo('1.3'));
    const planned = planEntryDeletion(await gateway.snapshot(), 'e3');
    if (!planned.ok) throw new Error(planned.message);
    word.syncs = 0;
    const result = await gateway.apply(planned.plan);
    expect(word.syncs).toBe(2);
    expect(readStructure(result.snapshot).entries.map((e) => e.number)).toEqual([101, 102, 103, 104]);
    expect(word.edits.filter((e) => e.kind === 'delete')).toHaveLength(1);
  });

  it('under Track Changes (WordApi 1.4) the deletion is tracked and a second check finds nothing to renumber', async () => {
    const word = await wordOf(await protocolWithReferences(), { api: '1.4', changeTrackingMode: 'TrackAll' });
    const gateway = new OfficeGateway(word.run, upTo('1.4'));
    const planned = planEntryDeletion(await gateway.snapshot(), 'e3');
    if (!planned.ok) throw new Error(planned.message);
    const result = await gateway.apply(planned.plan);
    expect(result.tracked).toBe(true);
    expect(checkDocument(result.snapshot).renumber).toBeNull();
    expect(checkDocument(await gateway.snapshot()).renumber).toBeNull();
  });

  it('a § locked against deletion, or a number edited in Word since the preview, leaves the document exactly as before', async () => {
    const memory = await protocolWithReferences();
    for (const change of ['lock', 'edit'] as const) {
      const word = await wordOf(memory);
      const gateway = new OfficeGateway(word.run, upTo('1.3'));
      const planned = planEntryDeletion(await gateway.snapshot(), 'e3');
      if (!planned.ok) throw new Error(planned.message);
      const blocks = word.doc.blocks.filter((b): b is Extract<MemoryDocument['blocks'][number], { control: unknown }> => 'control' in b);
      if (change === 'lock') blocks.find((b) => b.control.tag === 'protokoll:entry:e3')!.control.cannotDelete = true;
      else {
        const number = blocks.find((b) => b.control.tag === 'protokoll:entry:e4')!.paragraphs[0]!.runs.find((r) => 'control' in r)!;
        number.text = '§ 104 (se bilaga)';
      }
      expect((await refusedUnchanged(() => gateway.apply(planned.plan), word.doc)).message).toMatch(change === 'lock' ? /^Inget ändrades: .*skyddad mot borttagning/ : /^Inget ändrades: .*”§ 104 \(se bilaga\)”/);
    }
  });
});
