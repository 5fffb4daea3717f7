import { mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { FeedManifest, MANIFEST_FILE } from '../core/history/feed.ts';
import type { FeedFile } from '../core/history/write-feed.ts';

async function readIfExists(file: string): Promise<string | null> {
  try {
    return await readFile(file, 'utf8');
  } catch {
    return null;
  }
}

/** The manifest already in `dir`, or null when there is none or it is not one we understand. */
export async function previousManifest(dir: string): Promise<FeedManifest | null> {
  const text = await readIfExists(path.join(dir, MANIFEST_FILE));
  if (text === null) return null;
  try {
    const parsed = FeedManifest.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Write to a temporary name and rename, so a web server never serves half a file. */
async function replace(file: string, content: string): Promise<void> {
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, content);
  await rename(temporary, file);
}

/**
 * Writes the feed into `dir`, touching only files whose content changed (their modification time
 * and ETag stay put otherwise), removing shards that are no longer listed, and the manifest last,
 * so a client never sees a manifest that names a shard not yet written.
 */
export async function writeFeedFiles(dir: string, manifest: FeedFile, shards: FeedFile[]): Promise<{ written: string[]; removed: string[] }> {
  await mkdir(path.join(dir, 'shards'), { recursive: true });
  const written: string[] = [];
  for (const shard of shards) {
    const file = path.join(dir, shard.path);
    if ((await readIfExists(file)) === shard.content) continue;
    await replace(file, shard.content);
    written.push(shard.path);
  }
  const keep = new Set(shards.map((s) => s.path));
  const removed: string[] = [];
  for (const name of await readdir(path.join(dir, 'shards'))) {
    const relative = `shards/${name}`;
    if (/^\d{3}\.json$/.test(name) && !keep.has(relative)) {
      await rm(path.join(dir, relative));
      removed.push(relative);
    }
  }
  const manifestFile = path.join(dir, manifest.path);
  if ((await readIfExists(manifestFile)) !== manifest.content) {
    await replace(manifestFile, manifest.content);
    written.push(manifest.path);
  }
  return { written, removed };
}
