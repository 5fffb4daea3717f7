import { describe, expect, it } from 'vitest';
import { missingOmedelbarJustering, planOmedelbarJustering } from '../../core/addin/omedelbar-justering-plan.ts';
import { readStructure } from '../../core/addin/document-structure.ts';
import { planRenumber } from '../../core/addin/renumber.ts';
import { snapshotToProtocol } from '../../core/addin/snapshot-to-protocol.ts';
import { protocolAnslag } from '../../core/anslag/index.ts';
import { demoProtocolDocument } from '../../word-addin/src/demo/demo-protocol.ts';
import { MemoryGateway } from '../../word-addin/src/gateway/memory-gateway.ts';
import { OfficeGateway, type RequirementSets } from '../../word-addin/src/gateway/office-gateway.ts';
import { runEdit } from '../../word-addin/src/edit/apply-plan.ts';
import type { DocumentSnapshot } from '../../core/addin/snapshot.ts';
import { refusedUnchanged, wordOf } from './support/protocol-fixture.ts';

const upTo = (max: string): RequirementSets => ({
  isSetSupported: (name, version = '1.1') => name === 'WordApi' && Number(version.split('.')[1]) <= Number(max.split('.')[1]),
});

const entryTexts = (s: DocumentSnapshot, id: string) => readStructure(s).entries.find((e) => e.entryId === id)!.paragraphs.map((p) => p.text);

/** The demo protocol: § 13 (demo-2) says "Paragrafen justeras omedelbart." in its Beslut. */
const demo = () => new MemoryGateway(demoProtocolDocument());

describe('Omedelbar justering: the § justerad omedelbart gets its own justering', () => {
  it('finds the § that lacks it, writes the lines after its Beslut and nothing else, and then finds none', async () => {
    const gateway = demo();
    const before = await gateway.snapshot();
    const [missing, ...more] = missingOmedelbarJustering(before);
    expect(more).toEqual([]);
    expect(missing).toMatchObject({ entryId: 'demo-2', number: 13, heading: '§ 13 Bidrag till studieförbunden 2025' });
    const planned = planOmedelbarJustering(before, missing!);
    if (!planned.ok) throw new Error(planned.message);
    expect(planned.plan.operations).toEqual([expect.objectContaining({ op: 'replaceParagraphs', from: [] })]);
    const { snapshot } = await gateway.apply(planned.plan);
    const was = entryTexts(before, 'demo-2');
    const now = entryTexts(snapshot, 'demo-2');
    const at = was.indexOf('Paragrafen justeras omedelbart.') + 1;
    expect(now).toEqual([
      ...was.slice(0, at),
      'Omedelbar justering',
      'Paragrafen justerades omedelbart vid sammanträdet den 12 mars 2025.',
      expect.stringMatching(/^Ordförandes och justerandes signaturer: _+ _+$/),
      ...was.slice(at),
    ]);
    expect(missingOmedelbarJustering(snapshot)).toEqual([]);
    // The cover reads as before, and the anslag still has the § 's own notice.
    expect(snapshotToProtocol(snapshot).justerare).toEqual(snapshotToProtocol(before).justerare);
    const anslag = protocolAnslag(snapshotToProtocol(snapshot), snapshot.paragraphs.map((p) => p.text).join('\n'), {});
    expect(anslag.ok && anslag.notices.map((n) => n.heading)).toContain('Tillkännagivande av omedelbar justering av § 13');
    // Writing it again is refused in Swedish.
    expect(planOmedelbarJustering(snapshot, { ...missing!, expectedText: readStructure(snapshot).entries[1]!.control.text })).toMatchObject({ ok: false, message: /har redan sin justering/ });
  });

  it('writes nothing where the § changed since the pane read it', async () => {
    const gateway = demo();
    const [missing] = missingOmedelbarJustering(await gateway.snapshot());
    const block = gateway.doc.blocks.find((b) => 'control' in b && b.control.tag === 'protokoll:entry:demo-2') as { paragraphs: { runs: { text: string }[] }[] };
    block.paragraphs.at(-1)!.runs.push({ text: ' och Folkbildningsrådet' });
    expect(planOmedelbarJustering(await gateway.snapshot(), missing!)).toMatchObject({ ok: false, reload: true, message: /^Inget ändrades: / });
  });

  it('under Track Changes the lines come in as a tracked insertion, and a second check finds nothing', async () => {
    const gateway = demo();
    gateway.trackingMode = 'trackAll';
    const [missing] = missingOmedelbarJustering(await gateway.snapshot());
    const { snapshot, applied } = await runEdit(gateway, (current) => planOmedelbarJustering(current, missing!));
    expect(applied).toBe(true);
    expect(gateway.revisions).toBe(1);
    expect(missingOmedelbarJustering(snapshot)).toEqual([]);
    const renumber = planRenumber(snapshot);
    expect(renumber.ok && renumber.plan.operations).toEqual([]);
  });
});

describe('Omedelbar justering in Word (the Office gateway over the Word mock)', () => {
  it('is 2 syncs from click to updated pane', async () => {
    const word = await wordOf(demo());
    const gateway = new OfficeGateway(word.run, upTo('1.3'));
    const [missing] = missingOmedelbarJustering(await gateway.snapshot());
    word.syncs = 0;
    const { applied, snapshot } = await runEdit(gateway, (current) => planOmedelbarJustering(current, missing!));
    expect(applied).toBe(true);
    expect(word.syncs).toBe(2);
    expect(missingOmedelbarJustering(snapshot)).toEqual([]);
  });

  it('a § edited in Word between the read and the write is left exactly as it is', async () => {
    const word = await wordOf(demo());
    const gateway = new OfficeGateway(word.run, upTo('1.3'));
    const before = await gateway.snapshot();
    const [missing] = missingOmedelbarJustering(before);
    const planned = planOmedelbarJustering(before, missing!);
    if (!planned.ok) throw new Error(planned.message);
    const block = word.doc.blocks.find((b) => 'control' in b && b.control.tag === 'protokoll:entry:demo-2') as { paragraphs: { runs: { text: string }[] }[] };
    block.paragraphs.at(-1)!.runs.push({ text: ' och Folkbildningsrådet' });
    expect((await refusedUnchanged(() => gateway.apply(planned.plan), word.doc)).message).toMatch(/^Inget ändrades: /);
  });
});
