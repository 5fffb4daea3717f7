import { z } from 'zod';
import { caseKey } from '../casenumber/case-key.ts';
import { CaseNumberFormat } from '../casenumber/formats.ts';
import { CaseHistory } from './model.ts';
import { fnv1a32 } from './hash.ts';

/**
 * The decision-history feed, as `protokoll index` writes it and the extension and add-in read it.
 *
 *   DIR/manifest.json      FeedManifest: format, version, generation time, counts, and the shard list
 *                          with each shard's SHA-256 (of the file's bytes), size and case count.
 *   DIR/shards/NNN-H.json  FeedShard: the cases whose case key hashes to shard NNN, sorted by case
 *                          key, each with its entries oldest first; H is the start of the file's
 *                          SHA-256, so a shard is never overwritten (readers follow the manifest's `path`).
 *
 * A case's shard is `fnv1a32(UTF-8 of caseKey(case number)) % shardCount` (`shardOf`), so a
 * client that wants one case fetches the manifest and one shard, and a client that syncs
 * everything fetches only shards whose hash changed. Adding a protocol touches only the shards
 * of its case numbers. Shards with no cases are not written and not listed.
 *
 * Files are JSON with sorted case lists and a fixed key order, so the same input gives
 * byte-identical files (diffable, servable with ETags). A reader must check `format` and
 * `version`; a feed it does not understand is refused and the last good data kept.
 */
export const FEED_FORMAT = 'protokoll-beslutshistorik';
export const FEED_VERSION = 1;
/** Enough that a 50,000-paragraph archive makes shards of a few hundred kilobytes. */
export const DEFAULT_SHARD_COUNT = 64;
export const MANIFEST_FILE = 'manifest.json';

const Count = z.number().int().nonnegative();

export const ShardRef = z.object({
  id: Count,
  /** Relative to the manifest. */
  path: z.string().regex(/^shards\/\d{3}(-[0-9a-f]{12})?\.json$/),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  bytes: Count,
  cases: Count,
  entries: Count,
});
export type ShardRef = z.infer<typeof ShardRef>;

export const FeedCounts = z.object({
  protocols: Count,
  paragraphs: Count,
  cases: Count,
  entries: Count,
});
export type FeedCounts = z.infer<typeof FeedCounts>;

export const FeedManifest = z.object({
  format: z.literal(FEED_FORMAT),
  version: z.literal(FEED_VERSION),
  generatedAt: z.iso.datetime(),
  shardCount: z.number().int().min(1).max(4096),
  counts: FeedCounts,
  /**
   * The organisation (or body) whose protocols these are, as clients name it beside each entry when
   * they merge several feeds ("Region Exempelland"). Absent in feeds written without `--organisation`.
   */
  organisation: z.string().trim().min(1).max(200).optional(),
  /**
   * The case-number formats learned from the archive's labelled numbers (learn-formats.ts), for
   * clients whose administrator has set none. Absent in feeds written before there were any.
   */
  caseNumberFormats: z.array(CaseNumberFormat).optional(),
  /** Sorted by id; only non-empty shards, each id once and below `shardCount`. */
  shards: z.array(ShardRef),
}).superRefine((manifest, ctx) => {
  const ids = new Set<number>();
  for (const [i, ref] of manifest.shards.entries()) {
    if (ref.id >= manifest.shardCount) ctx.addIssue({ code: 'custom', path: ['shards', i, 'id'], message: `del ${ref.id} finns inte när flödet har ${manifest.shardCount} delar` });
    if (ids.has(ref.id)) ctx.addIssue({ code: 'custom', path: ['shards', i, 'id'], message: `del ${ref.id} står två gånger` });
    ids.add(ref.id);
  }
  // Each case is in exactly one shard, so the counts are the shards' sums; a case listed twice would inflate them.
  for (const key of ['cases', 'entries'] as const) {
    const sum = manifest.shards.reduce((n, ref) => n + ref[key], 0);
    if (sum !== manifest.counts[key]) ctx.addIssue({ code: 'custom', path: ['counts', key], message: `${manifest.counts[key]} stämmer inte med delarnas summa ${sum}` });
  }
});
export type FeedManifest = z.infer<typeof FeedManifest>;

export const FeedShard = z.object({
  format: z.literal(FEED_FORMAT),
  version: z.literal(FEED_VERSION),
  shard: Count,
  /** Sorted by case key; each case once. */
  cases: z.array(CaseHistory),
}).superRefine((shard, ctx) => {
  const keys = new Set<string>();
  for (const [i, c] of shard.cases.entries()) {
    const key = caseKey(c.caseNumber);
    if (keys.has(key)) ctx.addIssue({ code: 'custom', path: ['cases', i, 'caseNumber'], message: `ärendet ${c.caseNumber} står två gånger` });
    keys.add(key);
  }
});
export type FeedShard = z.infer<typeof FeedShard>;

/**
 * Why a shard that passed its schema does not belong where the manifest lists it, or null: its
 * number and counts must be the manifest's, and every case must be in the shard its case key puts
 * it in (`shardOf`), so that no case is in two shards and every client finds each one in the same place.
 */
export function misplacement(shard: FeedShard, ref: ShardRef, shardCount: number): string | null {
  const entries = shard.cases.reduce((n, c) => n + c.entries.length, 0);
  if (shard.shard !== ref.id || shard.cases.length !== ref.cases || entries !== ref.entries) {
    return 'stämmer inte med manifestet (delnummer, antal ärenden eller beslut)';
  }
  const misplaced = shard.cases.find((c) => shardOf(c.caseNumber, shardCount) !== ref.id);
  return misplaced ? `innehåller ett ärende som hör till en annan del (${misplaced.caseNumber})` : null;
}

/** The shard of a case number written any way: its case key decides. */
export function shardOf(caseNumber: string, shardCount: number): number {
  return fnv1a32(caseKey(caseNumber)) % shardCount;
}

