import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { caseKey } from '../../core/casenumber/case-key.ts';
import { fnv1a32, sha256Hex } from '../../core/history/hash.ts';
import { FeedManifest, FeedShard, shardOf, DEFAULT_SHARD_COUNT } from '../../core/history/feed.ts';

describe('feed hashes', () => {
  it('sha256Hex agrees with node:crypto on the UTF-8 bytes, across block boundaries', () => {
    for (const text of ['', 'abc', 'x'.repeat(55), 'x'.repeat(56), 'x'.repeat(64), 'Återremitterad § 223 😀 '.repeat(40), '\ud800 lone']) {
      expect(sha256Hex(text)).toBe(createHash('sha256').update(text).digest('hex'));
    }
  });

  it('fnv1a32 matches the published test vectors', () => {
    expect(fnv1a32('')).toBe(0x811c9dc5);
    expect(fnv1a32('a')).toBe(0xe40c292c);
    expect(fnv1a32('foobar')).toBe(0xbf9cf968);
  });

  it('shardOf is stable and spreads case numbers over the shards', () => {
    expect(shardOf('RS 2215-2024', DEFAULT_SHARD_COUNT)).toBe(fnv1a32(caseKey('RS 2215-2024')) % DEFAULT_SHARD_COUNT);
    expect(shardOf('rs 2215\u20132024', DEFAULT_SHARD_COUNT)).toBe(shardOf('RS 2215-2024', DEFAULT_SHARD_COUNT));
    expect(shardOf('ABC-2024-00009:3', DEFAULT_SHARD_COUNT)).toBe(shardOf('ABC-2024-00009', DEFAULT_SHARD_COUNT));
    const used = new Set(Array.from({ length: 2000 }, (_, i) => shardOf(`RS ${i + 1}-2024`, DEFAULT_SHARD_COUNT)));
    expect(used.size).toBe(DEFAULT_SHARD_COUNT);
  });
});

describe('feed schemas', () => {
  const manifest = {
    format: 'protokoll-beslutshistorik',
    version: 1,
    generatedAt: '2025-04-02T03:00:00.000Z',
    shardCount: 64,
    counts: { protocols: 1, paragraphs: 17, cases: 1, entries: 1 },
    shards: [{ id: 7, path: 'shards/007.json', sha256: 'a'.repeat(64), bytes: 10, cases: 1, entries: 1 }],
  };

  it('accepts a manifest and refuses another format or version', () => {
    expect(FeedManifest.parse(manifest)).toEqual(manifest);
    expect(FeedManifest.safeParse({ ...manifest, version: 2 }).success).toBe(false);
    expect(FeedManifest.safeParse({ ...manifest, format: 'x' }).success).toBe(false);
    expect(FeedManifest.safeParse({ ...manifest, shards: [{ ...manifest.shards[0], path: '../etc/passwd' }] }).success).toBe(false);
  });

  it('takes the learned case-number formats as an optional field, checked as formats', () => {
    const learned = { ...manifest, caseNumberFormats: ['{prefix:VX}-{year}-{serial:5}[:{sub}]', 'prefix-number-year'] };
    expect(FeedManifest.parse(learned)).toEqual(learned);
    expect(FeedManifest.safeParse({ ...manifest, caseNumberFormats: ['{prefix} {nummer}'] }).success).toBe(false);
  });

  it('refuses a shard whose case has no entries or an unknown outcome', () => {
    const entry = {
      body: 'Regionstyrelsen',
      date: '2025-04-01',
      paragraph: 61,
      title: 'T',
      decision: 'D',
      outcome: 'decided',
      proposedTo: null,
      reservations: [],
      source: { file: 'a.pdf', page: 3 },
    };
    const shard = { format: 'protokoll-beslutshistorik', version: 1, shard: 7, cases: [{ caseNumber: 'RS 1-2025', title: 'T', entries: [entry] }] };
    expect(FeedShard.safeParse(shard).success).toBe(true);
    expect(FeedShard.safeParse({ ...shard, cases: [{ caseNumber: 'RS 1-2025', title: 'T', entries: [] }] }).success).toBe(false);
    expect(FeedShard.safeParse({ ...shard, cases: [{ caseNumber: 'RS 1-2025', title: 'T', entries: [{ ...entry, outcome: 'approved' }] }] }).success).toBe(false);
  });
});
