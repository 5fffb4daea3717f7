import type { z } from 'zod';
import { describeIssues, swedishErrors } from '../swedish-issues.ts';
import { FeedManifest, FeedShard, MANIFEST_FILE, misplacement, type ShardRef } from './feed.ts';
import { sha256Hex } from './hash.ts';

/**
 * Reading the decision-history feed, the same for every client (the CLI, the add-in, the
 * extension): the manifest, then the shards the client wants, each checked against the
 * manifest's hash, then against the core schema and the place the manifest gives it, before it is
 * trusted, so that every client refuses the same feeds for the same reasons. Clients differ only
 * in how a file is fetched, through their `fetchText`; over the network that is `fetchBounded`
 * (bounded-fetch.ts) with the platform's `fetch`.
 */

/** A feed that cannot be trusted, with the reason in Swedish naming the file. */
export class FeedError extends Error {
  override name = 'FeedError';
}

export interface FeedSource {
  /** The text of one file of the feed, by its path relative to the manifest (`manifest.json`, `shards/007-3f2a9c0b1d4e.json`). */
  fetchText(path: string): Promise<string>;
  /** How a file is named in messages; by default by its path. */
  name?(path: string): string;
  /** SHA-256 of the text's UTF-8 bytes as lower-case hex; by default `sha256Hex` (WebCrypto is faster where there is one). */
  sha256?(text: string): string | Promise<string>;
}

export interface FeedReading {
  /** The shards to read, given the manifest. */
  shards(manifest: FeedManifest): readonly ShardRef[] | Promise<readonly ShardRef[]>;
  /** Takes each shard, checked, in the order asked for; the next one is fetched and checked meanwhile. */
  onShard(shard: FeedShard, ref: ShardRef, manifest: FeedManifest): void | Promise<void>;
}

const nameOf = (source: FeedSource, path: string) => source.name?.(path) ?? path;

function parseFeedFile<T>(text: string, schema: z.ZodType<T>, what: string): T {
  let value: unknown;
  try {
    // A byte-order mark is part of the hashed bytes, not of the JSON.
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new FeedError(`${what} är inte giltig JSON`);
  }
  const parsed = schema.safeParse(value, { error: swedishErrors });
  if (!parsed.success) throw new FeedError(`${what} följer inte flödesformatet: ${describeIssues(parsed.error)}`);
  return parsed.data;
}

export async function readManifest(source: FeedSource): Promise<FeedManifest> {
  return parseFeedFile(await source.fetchText(MANIFEST_FILE), FeedManifest, nameOf(source, MANIFEST_FILE));
}

/** One shard the manifest lists, refused unless its bytes have the manifest's hash and it holds what the manifest says. */
export async function readShard(source: FeedSource, ref: ShardRef, manifest: FeedManifest): Promise<FeedShard> {
  const text = await source.fetchText(ref.path);
  const what = nameOf(source, ref.path);
  if ((await (source.sha256 ?? sha256Hex)(text)) !== ref.sha256) {
    throw new FeedError(`${what} stämmer inte med manifestets kontrollsumma (flödet skrevs om under hämtningen eller är skadat; försök igen)`);
  }
  const shard = parseFeedFile(text, FeedShard, what);
  const wrong = misplacement(shard, ref, manifest.shardCount);
  if (wrong) throw new FeedError(`${what} ${wrong}`);
  return shard;
}

/** The manifest, then the shards `reading` asks for, handed over one at a time. */
export async function readFeed(source: FeedSource, reading: FeedReading): Promise<FeedManifest> {
  const manifest = await readManifest(source);
  const refs = await reading.shards(manifest);
  const read = (ref: ShardRef) => {
    const shard = readShard(source, ref, manifest);
    // A failure surfaces when its turn comes; until then it is not unhandled.
    shard.catch(() => undefined);
    return shard;
  };
  let next = refs[0] && read(refs[0]);
  for (let i = 0; i < refs.length; i++) {
    const shard = await next!;
    next = refs[i + 1] && read(refs[i + 1]!);
    await reading.onShard(shard, refs[i]!, manifest);
  }
  return manifest;
}
