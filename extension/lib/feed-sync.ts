import type { z } from 'zod';
import { FeedManifest, FeedShard, shardOf, type ShardRef } from '../../core/history/feed.ts';
import type { CaseHistory } from '../../core/history/model.ts';
import { shardKeyOf, type HistoryStore } from './history-store.ts';

/**
 * One sync of the history feed into the store: the manifest (conditionally), then only the
 * shards whose hash is not already stored, each checked against its hash and the core schema
 * before a row is written; the new set becomes active in one step at the end. Any failure
 * throws a FeedError with a reason in Swedish and leaves the active data as it was.
 */

export class FeedError extends Error {
  override name = 'FeedError';
}

export interface SyncDeps {
  store: HistoryStore;
  fetch: typeof fetch;
  /** SHA-256 of the bytes as lower-case hex (WebCrypto in the browser). */
  sha256(bytes: ArrayBuffer): Promise<string>;
}

export interface SyncResult {
  /** The server answered 304: nothing to do. */
  notModified: boolean;
  cases: number;
  entries: number;
  generatedAt: string;
  shardsFetched: number;
  shardsUnchanged: number;
}

const MAX_MANIFEST_BYTES = 5 * 1024 * 1024;
const MAX_SHARD_BYTES = 64 * 1024 * 1024;

export async function sha256WebCrypto(bytes: ArrayBuffer): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  let hex = '';
  for (const b of digest) hex += b.toString(16).padStart(2, '0');
  return hex;
}

function describeIssues(what: string, error: z.ZodError): string {
  const issues = error.issues.slice(0, 3).map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message));
  const more = error.issues.length > 3 ? ` (och ${error.issues.length - 3} fel till)` : '';
  return `${what} följer inte flödesformatet: ${issues.join('; ')}${more}`;
}

async function get(deps: SyncDeps, url: string, init: RequestInit, what: string, maxBytes: number): Promise<Response> {
  let response: Response;
  try {
    response = await deps.fetch(url, { credentials: 'include', ...init });
  } catch (error) {
    throw new FeedError(`Kunde inte hämta ${what} (${url}): ${error instanceof Error ? error.message : String(error)}`);
  }
  if (response.status === 304) return response;
  if (!response.ok) throw new FeedError(`Kunde inte hämta ${what}: servern svarade ${response.status} ${response.statusText}`.trim());
  const length = Number(response.headers.get('content-length') ?? 0);
  if (length > maxBytes) throw new FeedError(`${what} är för stor (${length} byte)`);
  return response;
}

function parseJson(text: string, what: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new FeedError(`${what} är inte giltig JSON`);
  }
}

async function fetchShard(deps: SyncDeps, feedUrl: string, ref: ShardRef, shardCount: number): Promise<CaseHistory[]> {
  const what = ref.path;
  const response = await get(deps, new URL(ref.path, feedUrl).href, { cache: 'no-cache' }, what, MAX_SHARD_BYTES);
  let bytes: ArrayBuffer;
  try {
    bytes = await response.arrayBuffer();
  } catch (error) {
    throw new FeedError(`Hämtningen av ${what} avbröts: ${error instanceof Error ? error.message : String(error)}`);
  }
  if ((await deps.sha256(bytes)) !== ref.sha256) {
    throw new FeedError(`${what} stämmer inte med manifestets kontrollsumma (filen ändrades under hämtningen eller är skadad)`);
  }
  const parsed = FeedShard.safeParse(parseJson(new TextDecoder().decode(bytes), what));
  if (!parsed.success) throw new FeedError(describeIssues(what, parsed.error));
  const shard = parsed.data;
  const entries = shard.cases.reduce((n, c) => n + c.entries.length, 0);
  if (shard.shard !== ref.id || shard.cases.length !== ref.cases || entries !== ref.entries) {
    throw new FeedError(`${what} stämmer inte med manifestet (delnummer, antal ärenden eller beslut)`);
  }
  // The store finds a case through the shard its case key puts it in.
  const misplaced = shard.cases.find((c) => shardOf(c.caseNumber, shardCount) !== ref.id);
  if (misplaced) throw new FeedError(`${what} innehåller ett ärende som hör till en annan del (${misplaced.caseNumber})`);
  return shard.cases;
}

export async function syncFeed(feedUrl: string, deps: SyncDeps): Promise<SyncResult> {
  const { store } = deps;
  const active = await store.activeFeed();
  const headers: Record<string, string> = {};
  if (active?.feedUrl === feedUrl) {
    if (active.etag) headers['If-None-Match'] = active.etag;
    if (active.lastModified) headers['If-Modified-Since'] = active.lastModified;
  }
  const response = await get(deps, feedUrl, { headers, cache: 'no-store' }, 'historikflödets manifest', MAX_MANIFEST_BYTES);
  if (response.status === 304 && active) {
    return {
      notModified: true,
      cases: active.cases,
      entries: active.entries,
      generatedAt: active.generatedAt,
      shardsFetched: 0,
      shardsUnchanged: active.shards.length,
    };
  }
  const parsedManifest = FeedManifest.safeParse(parseJson(await response.text(), 'Manifestet'));
  if (!parsedManifest.success) throw new FeedError(describeIssues('Manifestet', parsedManifest.error));
  const manifest = parsedManifest.data;

  const keys = manifest.shards.map((ref) => shardKeyOf(ref.id, ref.sha256));
  const present = await Promise.all(keys.map((k) => store.hasShard(k)));
  const changed = manifest.shards.filter((_, i) => !present[i]);

  // Fetch and check the next shard while the current one is written.
  const prepare = (ref: ShardRef) => {
    const p = fetchShard(deps, feedUrl, ref, manifest.shardCount);
    p.catch(() => undefined);
    return p;
  };
  let next = changed[0] && prepare(changed[0]);
  for (let i = 0; i < changed.length; i++) {
    const ref = changed[i]!;
    const cases = await next!;
    next = changed[i + 1] && prepare(changed[i + 1]!);
    await store.writeShard(shardKeyOf(ref.id, ref.sha256), cases);
  }

  const result: SyncResult = {
    notModified: false,
    cases: manifest.shards.reduce((n, s) => n + s.cases, 0),
    entries: manifest.shards.reduce((n, s) => n + s.entries, 0),
    generatedAt: manifest.generatedAt,
    shardsFetched: changed.length,
    shardsUnchanged: manifest.shards.length - changed.length,
  };
  await store.activate({
    shardCount: manifest.shardCount,
    shards: manifest.shards.map((ref, i) => ({ id: ref.id, key: keys[i]! })),
    cases: result.cases,
    entries: result.entries,
    generatedAt: result.generatedAt,
    ...(manifest.caseNumberFormats ? { caseNumberFormats: manifest.caseNumberFormats } : {}),
    feedUrl,
    etag: response.headers.get('etag'),
    lastModified: response.headers.get('last-modified'),
  });
  await store.collectGarbage();
  return result;
}
