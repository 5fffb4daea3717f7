import { describe, expect, it } from 'vitest';
import { readStructure } from '../../core/addin/document-structure.ts';
import { planJavLine } from '../../core/addin/jav-line-plan.ts';
import { snapshotToProtocol } from '../../core/addin/snapshot-to-protocol.ts';
import type { DocumentSnapshot } from '../../core/addin/snapshot.ts';
import { attendanceIn, javigaIn } from '../../core/parse/attendance.ts';
import { demoProtocolDocument } from '../../word-addin/src/demo/demo-protocol.ts';
import { GatewayError } from '../../word-addin/src/gateway/gateway.ts';
import { MemoryGateway } from '../../word-addin/src/gateway/memory-gateway.ts';
import { OfficeGateway } from '../../word-addin/src/gateway/office-gateway.ts';
import { wordOf } from './support/protocol-fixture.ts';

const entryOf = (snapshot: DocumentSnapshot, number: number) => readStructure(snapshot).entries.find((e) => e.number === number)!;
const paragraph = (snapshot: DocumentSnapshot, number: number) => snapshotToProtocol(snapshot).paragrafer.find((p) => p.number === number)!;

function ok<T extends { ok: boolean }>(result: T): Extract<T, { ok: true }> {
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result as Extract<T, { ok: true }>;
}

describe('the jäv line written into a § through the edit plan', () => {
  it('adds a Jäv section after the case number, rewriting no other paragraph, and the attendance reads it back', async () => {
    const gateway = new MemoryGateway(demoProtocolDocument());
    const before = await gateway.snapshot();
    const entry = entryOf(before, 15);
    const planned = ok(planJavLine(before, { entryId: entry.entryId, people: [{ person: 'Per Ek', party: 'M' }], expectedText: entry.control.text }));
    expect(planned.plan.operations).toEqual([
      expect.objectContaining({ op: 'replaceParagraphs', controlId: entry.control.id, start: 2, from: [], after: 'KN 2025/30', to: ['Jäv', 'Per Ek (M) deltar inte i handläggningen på grund av jäv.'] }),
    ]);
    expect(planned.plan.controls).toEqual([expect.objectContaining({ controlId: entry.control.id, use: 'write', text: entry.control.text })]);
    await gateway.apply(planned.plan);

    const after = await gateway.snapshot();
    expect(entryOf(after, 15).paragraphs.map((p) => p.text)).toEqual([
      '§ 15 Konstinköp 2025',
      'KN 2025/30',
      'Jäv',
      'Per Ek (M) deltar inte i handläggningen på grund av jäv.',
      ...entry.paragraphs.slice(2).map((p) => p.text),
    ]);
    const p = paragraph(after, 15);
    expect(javigaIn(p).map((m) => m.name)).toEqual(['Per Ek']);
    expect(attendanceIn(snapshotToProtocol(after), p)?.beslutande.map((m) => m.name)).not.toContain('Per Ek');
  });

  it("adds a line to the § 's own Jäv section, and does not write one already there", async () => {
    const gateway = new MemoryGateway(demoProtocolDocument());
    const snapshot = await gateway.snapshot();
    const entry = entryOf(snapshot, 14);
    expect(planJavLine(snapshot, { entryId: entry.entryId, people: [{ person: 'Siv Lund', party: 'KD' }], expectedText: entry.control.text })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/redan antecknad som jävig/),
    });
    const planned = ok(
      planJavLine(snapshot, { entryId: entry.entryId, people: [{ person: 'Siv Lund', party: 'KD' }, { person: 'Omar Berg', party: 'C' }], expectedText: entry.control.text }),
    );
    await gateway.apply(planned.plan);
    const texts = entryOf(await gateway.snapshot(), 14).paragraphs.map((p) => p.text);
    expect(texts.slice(2, 5)).toEqual(['Jäv', 'Siv Lund (KD) deltar inte i handläggningen på grund av jäv.', 'Omar Berg (C) deltar inte i handläggningen på grund av jäv.']);
    expect(javigaIn(paragraph(await gateway.snapshot(), 14)).map((m) => m.name)).toEqual(['Siv Lund', 'Omar Berg']);
  });

  it('writes nothing where the § changed since the pane read it', async () => {
    const gateway = new MemoryGateway(demoProtocolDocument());
    const snapshot = await gateway.snapshot();
    const entry = entryOf(snapshot, 15);
    expect(planJavLine(snapshot, { entryId: entry.entryId, people: [{ person: 'Per Ek', party: 'M' }], expectedText: `${entry.control.text}\rNy rad` })).toMatchObject({
      ok: false,
      reload: true,
    });
    // A plan made from the snapshot, applied after the clerk typed in the §: refused whole.
    const planned = ok(planJavLine(snapshot, { entryId: entry.entryId, people: [{ person: 'Per Ek', party: 'M' }], expectedText: entry.control.text }));
    const block = gateway.doc.blocks.find((b) => 'control' in b && b.control.id === entry.control.id);
    if (!block || !('paragraphs' in block)) throw new Error('expected the entry');
    block.paragraphs[1]!.runs = [{ text: 'KN 2025/31' }];
    const edited = JSON.stringify(gateway.doc.blocks);
    await expect(gateway.apply(planned.plan)).rejects.toThrow(GatewayError);
    expect(JSON.stringify(gateway.doc.blocks)).toBe(edited);
  });

  it('is written the same through Word, in one edit of the gateway, and tracked where Track Changes is on', async () => {
    const memory = new MemoryGateway(demoProtocolDocument());
    const word = await wordOf(memory, { api: '1.4', changeTrackingMode: 'TrackAll' });
    const gateway = new OfficeGateway(word.run, { isSetSupported: () => true });
    const shown = entryOf(await gateway.snapshot(), 15);
    const { planned, result } = await gateway.edit((current) =>
      planJavLine(current, { entryId: shown.entryId, people: [{ person: 'Lina Sjö', party: 'V' }], expectedText: shown.control.text }),
    );
    expect(planned.ok && result?.tracked).toBe(true);
    const after = entryOf(await gateway.snapshot(), 15).paragraphs.map((p) => p.text);
    expect(after.slice(0, 4)).toEqual(['§ 15 Konstinköp 2025', 'KN 2025/30', 'Jäv', 'Lina Sjö (V) deltar inte i handläggningen på grund av jäv.']);
    expect(after.slice(4)).toEqual(shown.paragraphs.slice(2).map((p) => p.text));
  });

  it('refuses an empty choice in Swedish', async () => {
    const snapshot = await new MemoryGateway(demoProtocolDocument()).snapshot();
    expect(planJavLine(snapshot, { entryId: entryOf(snapshot, 15).entryId, people: [], expectedText: '' })).toEqual({ ok: false, message: 'Ange minst en person som anmält jäv' });
  });
});
