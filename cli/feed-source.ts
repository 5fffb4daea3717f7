import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { caseKey } from '../core/casenumber/case-key.ts';
import { fetchBounded, type FetchLimits } from '../core/history/bounded-fetch.ts';
import { feedFolder } from '../core/history/feed-address.ts';
import { shardOf, type FeedManifest } from '../core/history/feed.ts';
import type { CaseHistory } from '../core/history/model.ts';
import { FeedError, readFeed, type FeedSource } from '../core/history/read-feed.ts';
import { InputError } from './command.ts';

const isUrl = (location: string) => /^https?:\/\//i.test(location);

const nameOf = (location: string, file: string) => `${file} i ${location}`;

async function fetchText(location: string, relative: string, cwd: string, limits: FetchLimits): Promise<string> {
  const folder = feedFolder(location);
  if (isUrl(location)) {
    return (await fetchBounded(fetch, new URL(relative, folder).href, { what: nameOf(location, relative), limits })).text;
  }
  const file = path.resolve(cwd, folder, relative);
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? `${file} finns inte (kör protokoll index först?)` : `kunde inte läsa ${file}: ${(error as Error).message}`);
  }
}

export interface FeedLookup {
  manifest: FeedManifest;
  history: CaseHistory | null;
}

/** A feed in a folder or at a URL (fetched within `limits`), its files named by where they are. */
export function feedSourceAt(location: string, cwd: string, limits: FetchLimits): FeedSource {
  return { fetchText: (file) => fetchText(location, file, cwd, limits), name: (file) => nameOf(location, file) };
}

/** A feed that cannot be trusted is bad input to the command that read it. */
export async function asInputError<T>(reading: Promise<T>): Promise<T> {
  try {
    return await reading;
  } catch (error) {
    throw error instanceof FeedError ? new InputError(error.message) : error;
  }
}

/**
 * One case, written any way (its case key finds it), from a feed in a folder or at a URL, either
 * naming the folder or its manifest.json (fetched
 * within `limits`): the manifest, then only the shard that can hold the case.
 */
export async function lookUpCase(location: string, caseNumber: string, cwd: string, limits: FetchLimits): Promise<FeedLookup> {
  const key = caseKey(caseNumber);
  let history: CaseHistory | null = null;
  const manifest = await asInputError(
    readFeed(feedSourceAt(location, cwd, limits), {
      shards: (m) => m.shards.filter((ref) => ref.id === shardOf(caseNumber, m.shardCount)),
      onShard: (shard) => void (history = shard.cases.find((c) => caseKey(c.caseNumber) === key) ?? null),
    }),
  );
  return { manifest, history };
}
