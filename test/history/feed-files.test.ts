import { readFileSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { HistoryBuilder } from '../../core/history/build.ts';
import { writeFeed } from '../../core/history/write-feed.ts';
import { previousManifest, writeFeedFiles } from '../../cli/feed-files.ts';
import { paragraph, protocol } from './protocols.ts';
import { useTempDirs } from '../read/temp-dirs.ts';

const tempDir = useTempDirs();

function feedOf(protocols: number, extra?: string) {
  const builder = new HistoryBuilder();
  for (let m = 0; m < protocols; m++) {
    builder.add(`p${m}.txt`, protocol('Nämnden', `2024-02-${String(m + 1).padStart(2, '0')}`, [paragraph(m + 1, `Ärende ${m}`, [`RS ${m + 1}-2024`], 'Beslutas.')]));
  }
  if (extra) builder.add('ny.txt', protocol('Nämnden', '2024-03-01', [paragraph(99, 'Nytt', [extra], 'Beslutas.')]));
  return writeFeed(builder.cases(), builder.counts(), { generatedAt: '2025-01-01T00:00:00.000Z', shardCount: 16 });
}

const old = new Date('2020-01-01T00:00:00Z');
const ageAll = (dir: string) => {
  for (const name of readdirSync(path.join(dir, 'shards'))) utimesSync(path.join(dir, 'shards', name), old, old);
  utimesSync(path.join(dir, 'manifest.json'), old, old);
};

describe('writeFeedFiles', () => {
  it('writes everything the first time and nothing when nothing changed', async () => {
    const dir = tempDir('feed');
    const feed = feedOf(20);
    const first = await writeFeedFiles(dir, feed.manifest, feed.shards);
    expect(first.written).toHaveLength(feed.shards.length + 1);
    expect(readFileSync(path.join(dir, 'manifest.json'), 'utf8')).toBe(feed.manifest.content);
    expect((await previousManifest(dir))?.counts.cases).toBe(20);
    ageAll(dir);
    expect(await writeFeedFiles(dir, feed.manifest, feed.shards)).toEqual({ written: [], removed: [] });
    expect(statSync(path.join(dir, 'manifest.json')).mtime).toEqual(old);
  });

  it('rewrites only the shard a new case lands in, and removes shards no longer listed', async () => {
    const dir = tempDir('feed');
    const before = feedOf(20);
    await writeFeedFiles(dir, before.manifest, before.shards);
    ageAll(dir);
    writeFileSync(path.join(dir, 'shards', '999.json'), '{}');
    writeFileSync(path.join(dir, 'shards', 'README.txt'), 'not ours');
    const after = feedOf(20, 'RS 500-2024');
    const { written, removed } = await writeFeedFiles(dir, after.manifest, after.shards);
    const changedShard = after.shards.find((s) => before.shards.find((b) => b.path === s.path)?.content !== s.content)!;
    expect(written).toEqual([changedShard.path, 'manifest.json']);
    expect(removed).toEqual(['shards/999.json']);
    const untouched = before.shards.find((s) => s.path !== changedShard.path)!;
    expect(statSync(path.join(dir, untouched.path)).mtime).toEqual(old);
    expect(readdirSync(path.join(dir, 'shards'))).toContain('README.txt');
  });

  it('ignores a manifest it does not understand', async () => {
    const dir = tempDir('feed');
    writeFileSync(path.join(dir, 'manifest.json'), '{"format":"annat","version":9}');
    expect(await previousManifest(dir)).toBeNull();
    writeFileSync(path.join(dir, 'manifest.json'), 'inte json');
    expect(await previousManifest(dir)).toBeNull();
  });
});
