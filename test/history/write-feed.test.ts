import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { buildHistory, HistoryBuilder } from '../../core/history/build.ts';
import { FeedManifest, FeedShard, shardOf } from '../../core/history/feed.ts';
import { writeFeed } from '../../core/history/write-feed.ts';
import { paragraph, protocol } from './protocols.ts';

function archive(meetings: number) {
  const builder = new HistoryBuilder();
  for (let m = 0; m < meetings; m++) {
    const date = `2024-${String((m % 12) + 1).padStart(2, '0')}-${String((m % 27) + 1).padStart(2, '0')}`;
    builder.add(
      `protokoll/run-${m}.pdf`,
      protocol('Regionala utvecklingsnämnden', date, [
        paragraph(m * 2 + 1, `Ärende ${m}`, [`RUN ${m + 1}-2024`], 'Nämnden beslutar att godkänna.', { page: 2 }),
        paragraph(m * 2 + 2, `Ärende ${m} b`, [`RUN ${(m % 5) + 1}-2024`], 'Motionen avslås.', { page: 3 }),
      ]),
    );
  }
  return builder;
}

describe('writeFeed', () => {
  const options = { generatedAt: '2025-04-02T03:00:00.000Z', shardCount: 8 };

  it('writes a manifest and shards that parse, with hashes of the files as written', () => {
    const builder = archive(40);
    const { manifest, shards } = writeFeed(builder.cases(), builder.counts(), options);
    const parsed = FeedManifest.parse(JSON.parse(manifest.content));
    expect(parsed.counts).toEqual(builder.counts());
    expect(parsed.shards.map((s) => s.path)).toEqual(shards.map((s) => s.path));
    for (const [i, shard] of shards.entries()) {
      const ref = parsed.shards[i]!;
      expect(ref.sha256).toBe(createHash('sha256').update(shard.content).digest('hex'));
      expect(ref.bytes).toBe(Buffer.byteLength(shard.content));
      const body = FeedShard.parse(JSON.parse(shard.content));
      expect(body.cases).toHaveLength(ref.cases);
      for (const c of body.cases) expect(shardOf(c.caseNumber, 8)).toBe(ref.id);
    }
    expect(parsed.shards.reduce((n, s) => n + s.cases, 0)).toBe(builder.counts().cases);
  });

  it('is byte-identical for the same input, whatever order the cases come in', () => {
    const a = writeFeed(archive(30).cases(), archive(30).counts(), options);
    const cases = archive(30).cases().reverse();
    const b = writeFeed(cases, archive(30).counts(), options);
    expect(b).toEqual(a);
  });

  it('changes only the shards of the cases a new protocol touches', () => {
    const before = archive(30);
    const after = archive(30);
    after.add('protokoll/ny.pdf', protocol('Regionstyrelsen', '2025-01-20', [paragraph(4, 'Bidrag', ['RUN 7-2024'], 'Bidraget beviljas.')]));
    const a = writeFeed(before.cases(), before.counts(), options);
    const b = writeFeed(after.cases(), after.counts(), options);
    const idOf = (path: string) => Number(path.slice('shards/'.length, 'shards/NNN'.length));
    const changed = b.shards.filter((s) => a.shards.find((t) => idOf(t.path) === idOf(s.path))?.content !== s.content);
    expect(changed.map((s) => idOf(s.path))).toEqual([shardOf('RUN 7-2024', 8)]);
    // A shard is named by its content: the changed one gets a new name, the others keep theirs.
    expect(a.shards.map((s) => s.path)).not.toContain(changed[0]!.path);
    expect(b.shards.filter((s) => s !== changed[0]).every((s) => a.shards.some((t) => t.path === s.path))).toBe(true);
    expect(changed[0]!.path).toBe(`shards/${String(shardOf('RUN 7-2024', 8)).padStart(3, '0')}-${b.manifestData.shards.find((r) => r.path === changed[0]!.path)!.sha256.slice(0, 12)}.json`);
  });

  it('makes sources absolute links with a base URL, with the PDF page', () => {
    const cases = buildHistory([
      { file: 'år 2025/run 1.pdf', protocol: protocol('Nämnden', '2025-01-01', [paragraph(1, 'T', ['RUN 1-2025'], 'Beslutas.', { page: 4 })]) },
    ]);
    const { shards } = writeFeed(cases, { protocols: 1, paragraphs: 1, cases: 1, entries: 1 }, { ...options, baseUrl: 'https://intra.example.se/protokoll' });
    const entry = FeedShard.parse(JSON.parse(shards[0]!.content)).cases[0]!.entries[0]!;
    expect(entry.source).toEqual({ file: 'år 2025/run 1.pdf', url: 'https://intra.example.se/protokoll/%C3%A5r%202025/run%201.pdf#page=4', page: 4 });
  });
});
