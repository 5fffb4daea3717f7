import { describe, expect, it } from 'vitest';
import { planTocUpdate } from '../../core/addin/toc-plan.ts';
import { planInsertEntries, planRenumber } from '../../core/addin/renumber.ts';
import { memoryDocumentOf, memoryParagraph, memoryParagraphAt } from '../../word-addin/src/gateway/memory-document.ts';
import { MemoryGateway } from '../../word-addin/src/gateway/memory-gateway.ts';
import { GatewayError } from '../../word-addin/src/gateway/gateway.ts';
import { OfficeGateway, type RequirementSets } from '../../word-addin/src/gateway/office-gateway.ts';
import { runEdit } from '../../word-addin/src/edit/apply-plan.ts';
import { checkDocument } from '../../word-addin/src/check/check-document.ts';
import type { WordMockOptions } from './support/word-mock.ts';
import { contentOf, refusedUnchanged, sampleEntry, wordOf } from './support/protocol-fixture.ts';

const upTo = (max: string): RequirementSets => ({
  isSetSupported: (name, version = '1.1') => name === 'WordApi' && Number(version.split('.')[1]) <= Number(max.split('.')[1]),
});

/** The table's first line is paragraph 3, after the title, the body and the table's heading. */
const TOC_AT = 3;

/** A protocol of §§ 101–104 ("Ärende nummer 1" …) with a table of contents written by hand. */
async function protocolWithToc(toc: string[]): Promise<MemoryGateway> {
  const gateway = new MemoryGateway(
    memoryDocumentOf([
      memoryParagraph('Protokoll', 'Title'),
      memoryParagraph('Kulturnämndens arbetsutskott 2025-03-12'),
      memoryParagraph('Innehållsförteckning', 'Heading1'),
      ...toc.map((line) => memoryParagraph(line)),
    ]),
  );
  const requests = Array.from({ length: 4 }, (_, i) => ({ paragraph: sampleEntry(`Ärende nummer ${i + 1}`, `RS ${100 + i}-2025`), entryId: `e${i + 1}`, firstNumber: 101, position: { at: 'end' as const } }));
  const planned = planInsertEntries(await gateway.snapshot(), requests);
  if (!planned.ok) throw new Error(planned.message);
  await gateway.apply(planned.plan);
  return gateway;
}

const OUTDATED = ['§ 101\tÄrende nummer 1', '§ 102\tGammal rubrik', '§ 103\tÄrende nummer 3'];
const RIGHT = ['§ 101\tÄrende nummer 1', '§ 102\tÄrende nummer 2', '§ 103\tÄrende nummer 3', '§ 104\tÄrende nummer 4'];
const tocFindings = (s: Awaited<ReturnType<MemoryGateway['snapshot']>>) => checkDocument(s).findings.filter((f) => f.rule === 'toc-matches-body');

describe('Uppdatera innehållsförteckning: the list of §§ written again from the §§', () => {
  it('rewrites a title that differs and adds the § it lacks, in the lines’ own form, and toc-matches-body is satisfied', async () => {
    const gateway = await protocolWithToc(OUTDATED);
    const before = await gateway.snapshot();
    expect(tocFindings(before).length).toBeGreaterThan(0);
    const planned = planTocUpdate(before);
    if (!planned.ok) throw new Error(planned.message);
    expect(planned.lines).toEqual({ from: OUTDATED, to: RIGHT });
    expect(planned.plan.summary).toBe('Innehållsförteckningen är uppdaterad (2 rader ändrade)');
    const { snapshot } = await gateway.apply(planned.plan);
    expect(snapshot.paragraphs.slice(TOC_AT, TOC_AT + 4).map((p) => p.text)).toEqual(RIGHT);
    expect(tocFindings(snapshot)).toEqual([]);
    const again = planTocUpdate(snapshot);
    expect(again.ok && again.plan.operations).toEqual([]);
  });

  it('deletes the line of a § the protocol no longer has', async () => {
    const gateway = await protocolWithToc([...RIGHT, '§ 105\tÖvriga frågor']);
    const planned = planTocUpdate(await gateway.snapshot());
    if (!planned.ok) throw new Error(planned.message);
    const { snapshot } = await gateway.apply(planned.plan);
    // The first § follows the table at once: its heading, not a line of the table.
    expect(snapshot.paragraphs.slice(TOC_AT, TOC_AT + 5).map((p) => p.text)).toEqual([...RIGHT, '§ 101 Ärende nummer 1']);
    expect(tocFindings(snapshot)).toEqual([]);
  });

  it('leaves a table with other text among its lines to the clerk, and says so', async () => {
    const gateway = await protocolWithToc(['§ 101 Ärende nummer 1', 'RS 100-2025', '§ 102 Ärende nummer 2', '§ 103 Ärende nummer 3']);
    expect(planTocUpdate(await gateway.snapshot())).toMatchObject({ ok: false, message: expect.stringMatching(/annan text mellan raderna \(”RS 100-2025”\)/) });
  });

  it('refuses, writing nothing, when a line changed since the pane read it', async () => {
    const gateway = await protocolWithToc(OUTDATED);
    const planned = planTocUpdate(await gateway.snapshot());
    if (!planned.ok) throw new Error(planned.message);
    memoryParagraphAt(gateway.doc, TOC_AT + 1)!.runs.push({ text: ' (bordlagd)' });
    const content = contentOf(gateway.doc);
    const refused = (await gateway.apply(planned.plan).catch((e: unknown) => e)) as GatewayError;
    expect(refused).toMatchObject({ reload: true, message: expect.stringMatching(/^Inget ändrades: innehållsförteckningens rad ”§ 102\tGammal rubrik” lyder nu ”§ 102\tGammal rubrik \(bordlagd\)”/) });
    expect(contentOf(gateway.doc)).toBe(content);
  });

  it('under Track Changes the old lines stay as tracked deletions, the pane reads the new ones, and a second check finds nothing', async () => {
    const gateway = await protocolWithToc([...OUTDATED.slice(0, 2), '§ 104\tÄrende nummer 4', '§ 105\tÖvriga frågor']);
    gateway.trackingMode = 'trackAll';
    const { applied, snapshot } = await runEdit(gateway, planTocUpdate);
    expect(applied).toBe(true);
    expect(tocFindings(snapshot)).toEqual([]);
    const toc = planTocUpdate(snapshot);
    expect(toc.ok && toc.plan.operations).toEqual([]);
    const renumber = planRenumber(snapshot);
    expect(renumber.ok && renumber.plan.operations).toEqual([]);
  });
});

describe('Uppdatera innehållsförteckning in Word (the Office gateway over the Word mock)', () => {
  async function word(toc: string[], options: WordMockOptions = {}) {
    const mock = await wordOf(await protocolWithToc(toc), options);
    return { mock, gateway: new OfficeGateway(mock.run, upTo(options.api ?? '1.3')) };
  }

  it('is 2 syncs from click to updated pane, adding and deleting lines', async () => {
    for (const toc of [OUTDATED, [...RIGHT, '§ 105\tÖvriga frågor']]) {
      const { mock, gateway } = await word(toc);
      mock.syncs = 0;
      const { applied, snapshot } = await runEdit(gateway, planTocUpdate);
      expect(applied).toBe(true);
      expect(mock.syncs).toBe(2);
      expect(snapshot.paragraphs.slice(TOC_AT, TOC_AT + 4).map((p) => p.text)).toEqual(RIGHT);
      expect(tocFindings(snapshot)).toEqual([]);
    }
  });

  it('under Track Changes (WordApi 1.4) converges: a second check finds nothing', async () => {
    const { gateway } = await word(OUTDATED, { api: '1.4', changeTrackingMode: 'TrackAll' });
    const { snapshot } = await runEdit(gateway, planTocUpdate);
    expect(tocFindings(snapshot)).toEqual([]);
    const again = await runEdit(gateway, planTocUpdate);
    expect(again.applied).toBe(false);
  });

  it('a line edited in Word, or Word failing on the last write, leaves the document exactly as before', async () => {
    for (const trouble of ['edited', 'failure'] as const) {
      const { mock, gateway } = await word(OUTDATED, trouble === 'failure' ? { failOn: (e) => e.kind === 'insertParagraph' } : {});
      const planned = planTocUpdate(await gateway.snapshot());
      if (!planned.ok) throw new Error(planned.message);
      if (trouble === 'edited') memoryParagraphAt(mock.doc, TOC_AT + 1)!.runs.push({ text: ' (bordlagd)' });
      expect((await refusedUnchanged(() => gateway.apply(planned.plan), mock.doc)).message).toMatch(trouble === 'edited' ? /^Inget ändrades: / : /det som hann göras togs tillbaka\. Inget ändrades/);
    }
  });
});
