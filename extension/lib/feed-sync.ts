import { MANIFEST_FILE, shardOf, type FeedManifest, type FeedShard, type ShardRef } from '../../core/history/feed.ts';
import { FeedError, readFeed, type FeedSource } from '../../core/history/read-feed.ts';
import { shardKeyOf, type ActiveFeed, type HistoryStore } from './history-store.ts';

/**
 * One sync of the history feed into the store: the manifest (conditionally), then only the
 * shards whose hash is not already stored, each read and checked by the core feed reader and
 * checked to belong where the manifest puts it before a row is written; the new set becomes
 * active in one step at the end. Any failure throws a FeedError with a reason in Swedish and
 * leaves the active data as it was.
 */

export interface SyncDeps {
  store: HistoryStore;
  fetch: typeof fetch;
  /** SHA-256 of the bytes as lower-case hex (WebCrypto in the browser). */
  sha256(bytes: BufferSource): Promise<string>;
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

export async function sha256WebCrypto(bytes: BufferSource): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  let hex = '';
  for (const b of digest) hex += b.toString(16).padStart(2, '0');
  return hex;
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

/** The server answered 304 to the manifest's conditional request: the active data is current. */
class NotModified {
  readonly active: ActiveFeed;
  constructor(active: ActiveFeed) {
    this.active = active;
  }
}

/** Shards decoded as served, a byte-order mark included, so that their hash is that of the bytes. */
const UTF8 = new TextDecoder('utf-8', { ignoreBOM: true });

/**
 * Every file of the feed is fetched here. The manifest is asked for with the validators of the
 * active data, so that an unchanged feed costs one 304; `answered` gets its response, whose
 * validators the new data keeps.
 */
function feedSource(deps: SyncDeps, feedUrl: string, active: ActiveFeed | null, answered: (manifest: Response) => void): FeedSource {
  const headers: Record<string, string> = {};
  if (active?.feedUrl === feedUrl) {
    if (active.etag) headers['If-None-Match'] = active.etag;
    if (active.lastModified) headers['If-Modified-Since'] = active.lastModified;
  }
  return {
    async fetchText(path) {
      if (path === MANIFEST_FILE) {
        const response = await get(deps, feedUrl, { headers, cache: 'no-store' }, 'historikflödets manifest', MAX_MANIFEST_BYTES);
        if (response.status === 304 && active) throw new NotModified(active);
        answered(response);
        return response.text();
      }
      const response = await get(deps, new URL(path, feedUrl).href, { cache: 'no-cache' }, path, MAX_SHARD_BYTES);
      try {
        return UTF8.decode(await response.arrayBuffer());
      } catch (error) {
        throw new FeedError(`Hämtningen av ${path} avbröts: ${error instanceof Error ? error.message : String(error)}`);
      }
    },
    name: (path) => (path === MANIFEST_FILE ? 'Manifestet' : path),
    sha256: (text) => deps.sha256(new TextEncoder().encode(text)),
  };
}

function checkPlacement(shard: FeedShard, ref: ShardRef, shardCount: number): void {
  const entries = shard.cases.reduce((n, c) => n + c.entries.length, 0);
  if (shard.shard !== ref.id || shard.cases.length !== ref.cases || entries !== ref.entries) {
    throw new FeedError(`${ref.path} stämmer inte med manifestet (delnummer, antal ärenden eller beslut)`);
  }
  // The store finds a case through the shard its case key puts it in.
  const misplaced = shard.cases.find((c) => shardOf(c.caseNumber, shardCount) !== ref.id);
  if (misplaced) throw new FeedError(`${ref.path} innehåller ett ärende som hör till en annan del (${misplaced.caseNumber})`);
}

export async function syncFeed(feedUrl: string, deps: SyncDeps): Promise<SyncResult> {
  const { store } = deps;
  const active = await store.activeFeed();
  let response!: Response;
  let keys: string[] = [];
  let changed: readonly ShardRef[] = [];
  let manifest: FeedManifest;
  try {
    manifest = await readFeed(feedSource(deps, feedUrl, active, (r) => (response = r)), {
      async shards(m) {
        keys = m.shards.map((ref) => shardKeyOf(ref.id, ref.sha256));
        const present = await Promise.all(keys.map((k) => store.hasShard(k)));
        return (changed = m.shards.filter((_, i) => !present[i]));
      },
      async onShard(shard, ref, m) {
        checkPlacement(shard, ref, m.shardCount);
        await store.writeShard(shardKeyOf(ref.id, ref.sha256), shard.cases);
      },
    });
  } catch (error) {
    if (!(error instanceof NotModified)) throw error;
    const { cases, entries, generatedAt, shards } = error.active;
    return { notModified: true, cases, entries, generatedAt, shardsFetched: 0, shardsUnchanged: shards.length };
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
