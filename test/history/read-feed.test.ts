import { describe, expect, it } from 'vitest';
import { MANIFEST_FILE, type FeedManifest, type FeedShard } from '../../core/history/feed.ts';
import { FeedError, readFeed, type FeedSource } from '../../core/history/read-feed.ts';
import { feedFiles, inventedCases } from '../../harness/invented-feed.ts';

/** A source over a map of path → text that records what was asked, in order. */
function source(files: Map<string, string>, more: Partial<FeedSource> = {}) {
  const asked: string[] = [];
  const fetchText = async (path: string) => {
    asked.push(path);
    const text = files.get(path);
    if (text === undefined) throw new Error(`${path} finns inte`);
    return text;
  };
  return { source: { fetchText, ...more }, asked };
}

const everyShard = { shards: (m: FeedManifest) => m.shards };

describe('readFeed', () => {
  it('reads the manifest, then the shards asked for, handing each over in that order', async () => {
    const files = feedFiles(inventedCases(60));
    const { source: s, asked } = source(files);
    const got: number[] = [];
    const manifest = await readFeed(s, { shards: (m) => m.shards.slice(0, 3).reverse(), onShard: (shard, ref) => void got.push(shard.shard, ref.id) });
    const ids = manifest.shards.slice(0, 3).map((ref) => ref.id).reverse();
    expect(got).toEqual(ids.flatMap((id) => [id, id]));
    expect(asked).toEqual([MANIFEST_FILE, ...manifest.shards.slice(0, 3).reverse().map((ref) => ref.path)]);
  });

  it('fetches and checks the next shard while the current one is handled', async () => {
    const { source: s, asked } = source(feedFiles(inventedCases(60)));
    const seen: number[] = [];
    await readFeed(s, {
      ...everyShard,
      onShard: async () => {
        seen.push(asked.length);
        await new Promise((resolve) => setTimeout(resolve, 1));
      },
    });
    // While the first shard is handled, the second one has been asked for already.
    expect(seen[0]).toBe(3);
  });

  it('refuses a shard whose text does not have the manifest’s hash, naming it as the source names files', async () => {
    const files = feedFiles(inventedCases(20));
    const [path, text] = [...files].find(([p]) => p.startsWith('shards/'))!;
    files.set(path, text.replace('"RS ', '"rs '));
    const { source: s } = source(files, { name: (file) => `${file} i flödet` });
    const error = await readFeed(s, { ...everyShard, onShard: () => undefined }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FeedError);
    expect((error as Error).message).toMatch(new RegExp(`^${path} i flödet stämmer inte med manifestets kontrollsumma`));
  });

  it('refuses a file that is not JSON, and one that breaks the schema, describing the issues in Swedish', async () => {
    const files = feedFiles(inventedCases(5));
    const manifest = files.get(MANIFEST_FILE)!;
    files.set(MANIFEST_FILE, '<html>');
    const handled: FeedShard[] = [];
    const read = () => readFeed(source(files).source, { ...everyShard, onShard: (shard) => void handled.push(shard) });
    await expect(read()).rejects.toThrow(new FeedError('manifest.json är inte giltig JSON'));
    files.set(MANIFEST_FILE, manifest.replace('"version": 1', '"version": 2').replace(/"shardCount": \d+/, '"shardCount": 0'));
    await expect(read()).rejects.toThrow(/^manifest\.json följer inte flödesformatet: version: ska vara 1; shardCount: minst 1$/);
    expect(handled).toEqual([]);
  });

  it('uses the source’s hash when it has one', async () => {
    const { source: s } = source(feedFiles(inventedCases(5)), { sha256: async () => '0'.repeat(64) });
    await expect(readFeed(s, { ...everyShard, onShard: () => undefined })).rejects.toThrow(/stämmer inte med manifestets kontrollsumma/);
  });
});
