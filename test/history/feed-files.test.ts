import { readFileSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { HistoryBuilder } from '../../core/history/build.ts';
import { writeFeed } from '../../core/history/write-feed.ts';
import { previousManifest, publishedCaseKeys, writeFeedFiles } from '../../cli/feed-files.ts';
import { caseKey } from '../../core/casenumber/case-key.ts';
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

const HOUR = 60 * 60_000;

describe('writeFeedFiles', () => {
  it('writes everything the first time and nothing when nothing changed', async () => {
    const dir = tempDir('feed');
    const feed = feedOf(20);
    const first = await writeFeedFiles(dir, feed.manifest, feed.shards, { graceMs: HOUR });
    expect(first.written).toHaveLength(feed.shards.length + 1);
    expect(readFileSync(path.join(dir, 'manifest.json'), 'utf8')).toBe(feed.manifest.content);
    expect((await previousManifest(dir))?.counts.cases).toBe(20);
    ageAll(dir);
    expect(await writeFeedFiles(dir, feed.manifest, feed.shards, { graceMs: HOUR })).toEqual({ written: [], removed: [], kept: [] });
    expect(statSync(path.join(dir, 'manifest.json')).mtime).toEqual(old);
  });

  it('writes a changed shard under a new name and keeps the one it replaces for the grace period', async () => {
    const dir = tempDir('feed');
    const before = feedOf(20);
    await writeFeedFiles(dir, before.manifest, before.shards, { graceMs: HOUR });
    ageAll(dir);
    writeFileSync(path.join(dir, 'shards', '999.json'), '{}');
    utimesSync(path.join(dir, 'shards', '999.json'), old, old);
    writeFileSync(path.join(dir, 'shards', 'README.txt'), 'not ours');
    const after = feedOf(20, 'RS 500-2024');
    const { written, removed, kept } = await writeFeedFiles(dir, after.manifest, after.shards, { graceMs: HOUR });
    const [changedShard, ...more] = after.shards.filter((s) => !before.shards.some((b) => b.path === s.path));
    expect(more).toEqual([]);
    expect(written).toEqual([changedShard!.path, 'manifest.json']);
    // A shard left over from an earlier run, long unlisted, goes; the one just replaced stays, stamped now.
    expect(removed).toEqual(['shards/999.json']);
    const replaced = before.shards.find((s) => !after.shards.some((a) => a.path === s.path))!;
    expect(kept).toEqual([replaced.path]);
    expect(readFileSync(path.join(dir, replaced.path), 'utf8')).toBe(replaced.content);
    expect(statSync(path.join(dir, replaced.path)).mtime.getTime()).toBeGreaterThan(Date.now() - HOUR);
    const untouched = after.shards.find((s) => s !== changedShard)!;
    expect(statSync(path.join(dir, untouched.path)).mtime).toEqual(old);
    expect(readdirSync(path.join(dir, 'shards'))).toContain('README.txt');

    // Once the grace period is over, a later run removes it.
    expect(await writeFeedFiles(dir, after.manifest, after.shards, { graceMs: 0 })).toEqual({ written: [], removed: [replaced.path], kept: [] });
  });

  it('removes the temporary files of a run that was stopped', async () => {
    const dir = tempDir('feed');
    const feed = feedOf(3);
    await writeFeedFiles(dir, feed.manifest, feed.shards, { graceMs: HOUR });
    writeFileSync(path.join(dir, 'manifest.json.4242.tmp'), '{"half":');
    writeFileSync(path.join(dir, `${feed.shards[0]!.path}.4242.tmp`), '{"half":');
    await writeFeedFiles(dir, feed.manifest, feed.shards, { graceMs: HOUR });
    expect(readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith('.tmp'))).toEqual([]);
  });

  it('ignores a manifest it does not understand', async () => {
    const dir = tempDir('feed');
    writeFileSync(path.join(dir, 'manifest.json'), '{"format":"annat","version":9}');
    expect(await previousManifest(dir)).toBeNull();
    writeFileSync(path.join(dir, 'manifest.json'), 'inte json');
    expect(await previousManifest(dir)).toBeNull();
  });
});

describe('publishedCaseKeys', () => {
  it('lists the case keys of the shards a manifest lists, skipping shards that cannot be read', async () => {
    const dir = tempDir('feed');
    const feed = feedOf(5);
    await writeFeedFiles(dir, feed.manifest, feed.shards, { graceMs: HOUR });
    const keys = await publishedCaseKeys(dir, feed.manifestData);
    expect(keys.sort()).toEqual([1, 2, 3, 4, 5].map((n) => caseKey(`RS ${n}-2024`)).sort());
    const lost = feed.manifestData.shards[0]!;
    rmSync(path.join(dir, lost.path));
    expect(await publishedCaseKeys(dir, feed.manifestData)).toHaveLength(5 - lost.cases);
  });
});
