import { mkdir, open, readFile, readdir, rename, rm, stat, utimes } from 'node:fs/promises';
import path from 'node:path';
import { caseKey } from '../core/casenumber/case-key.ts';
import { FeedManifest, FeedShard, MANIFEST_FILE } from '../core/history/feed.ts';
import type { FeedFile } from '../core/history/write-feed.ts';
import { InputError, UsageError } from './command.ts';
import { beforeFeedChange } from './feed-kill-switch.ts';

/** Shard files as this program names them: `007-<12 hex>.json`, and `007.json` from before shards were named by content. */
const SHARD_NAME = /^\d{3}(-[0-9a-f]{12})?\.json$/;
/** Temporary files of a run that was stopped before it renamed them. */
const TEMPORARY_NAME = /^(manifest\.json|\d{3}(-[0-9a-f]{12})?\.json)\.\d+\.tmp$/;

async function readIfExists(file: string): Promise<string | null> {
  try {
    return await readFile(file, 'utf8');
  } catch {
    return null;
  }
}

/**
 * Checks `--out` before anything is read: a folder, created if missing. A file, or a place the run
 * may not create a folder in, is refused at once rather than after reading the whole archive.
 */
export async function prepareFeedDir(dir: string, given: string): Promise<void> {
  const info = await stat(dir).catch(() => null);
  if (info && !info.isDirectory()) throw new UsageError(`--out ${given} är en fil, inte en mapp`);
  try {
    await mkdir(dir, { recursive: true });
  } catch (error) {
    throw new InputError(`kan inte skapa mappen ${given} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
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

/** The case keys of the published feed, from the shards its manifest lists that can be read. */
export async function publishedCaseKeys(dir: string, manifest: FeedManifest): Promise<string[]> {
  const keys: string[] = [];
  for (const ref of manifest.shards) {
    const text = await readIfExists(path.join(dir, ref.path));
    if (text === null) continue;
    try {
      const shard = FeedShard.safeParse(JSON.parse(text));
      if (shard.success) for (const c of shard.data.cases) keys.push(caseKey(c.caseNumber));
    } catch {
      // A shard that is not JSON holds no case we can count.
    }
  }
  return keys;
}

/** Written under a temporary name, flushed to disk and renamed: a reader sees the old file or the whole new one, even after a power cut. */
async function writeDurably(file: string, content: string): Promise<void> {
  const temporary = `${file}.${process.pid}.tmp`;
  beforeFeedChange();
  const handle = await open(temporary, 'w');
  try {
    await handle.writeFile(content);
    await handle.sync();
  } finally {
    await handle.close();
  }
  beforeFeedChange();
  await rename(temporary, file);
}

/** Makes the renames in a folder durable before the next step depends on them. */
async function syncFolder(dir: string): Promise<void> {
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function remove(file: string): Promise<void> {
  beforeFeedChange();
  await rm(file, { force: true });
}

export interface Published {
  written: string[];
  removed: string[];
  /** Shards no longer listed, kept for the grace period for clients that fetched an earlier manifest. */
  kept: string[];
}

/**
 * Publishes the feed in `dir` so that a client finds a whole feed whenever it looks, and whenever
 * the run is stopped: shards are named by their content and never overwritten, only shards not
 * there yet are written, the manifest is renamed into place last. A shard that leaves the manifest
 * is stamped with the time it left and removed once it is `graceMs` old, by this run or a later
 * one, so a client that fetched the previous manifest a moment ago still finds its shards.
 * Temporary files of a stopped run are removed first. Callers hold the folder's lock (feed-lock.ts).
 */
export async function writeFeedFiles(dir: string, manifest: FeedFile, shards: FeedFile[], { graceMs }: { graceMs: number }): Promise<Published> {
  const shardDir = path.join(dir, 'shards');
  await mkdir(shardDir, { recursive: true });
  for (const folder of [dir, shardDir]) {
    for (const name of await readdir(folder)) if (TEMPORARY_NAME.test(name)) await remove(path.join(folder, name));
  }

  const written: string[] = [];
  for (const shard of shards) {
    const file = path.join(dir, shard.path);
    if ((await readIfExists(file)) === shard.content) continue;
    await writeDurably(file, shard.content);
    written.push(shard.path);
  }
  await syncFolder(shardDir);

  const listed = new Set(shards.map((s) => s.path));
  const manifestFile = path.join(dir, manifest.path);
  if ((await readIfExists(manifestFile)) !== manifest.content) {
    const leaving = ((await previousManifest(dir))?.shards ?? []).map((s) => s.path).filter((p) => !listed.has(p));
    const now = new Date();
    for (const shard of leaving) {
      beforeFeedChange();
      await utimes(path.join(dir, shard), now, now).catch(() => undefined);
    }
    await writeDurably(manifestFile, manifest.content);
    await syncFolder(dir);
    written.push(manifest.path);
  }

  const removed: string[] = [];
  const kept: string[] = [];
  for (const name of (await readdir(shardDir)).sort()) {
    const relative = `shards/${name}`;
    if (!SHARD_NAME.test(name) || listed.has(relative)) continue;
    const age = Date.now() - (await stat(path.join(dir, relative))).mtimeMs;
    if (age < graceMs) kept.push(relative);
    else {
      await remove(path.join(dir, relative));
      removed.push(relative);
    }
  }
  return { written, removed, kept };
}
