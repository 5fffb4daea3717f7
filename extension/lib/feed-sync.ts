import { fetchBounded, type FetchLimits } from '../../core/history/bounded-fetch.ts';
import { MANIFEST_FILE, type FeedManifest, type ShardRef } from '../../core/history/feed.ts';
import { readFeed, type FeedSource } from '../../core/history/read-feed.ts';
import { shardKeyOf, type ActiveFeed, type HistoryStore } from './history-store.ts';

/**
 * One sync of a history feed into the store: the manifest (conditionally), then only the
 * shards whose hash is not already stored, each fetched within the limits (time, size, origin)
 * and read and checked by the core feed reader before a row is written; the new set becomes
 * the feed's active data in one step at the end. Any failure throws a FeedError with a reason in
 * Swedish and leaves the active data (this feed's and the others') as it was. Feeds are synced one
 * after another: the garbage collection at the end would take another feed's staged shards.
 */

export interface SyncDeps {
  store: HistoryStore;
  fetch: typeof fetch;
  /** How long and how much each file may take. */
  limits: FetchLimits;
  /** SHA-256 of the bytes as lower-case hex (WebCrypto in the browser). */
  sha256(bytes: BufferSource): Promise<string>;
}

export interface SyncResult {
  /** The server answered 304: nothing to do. */
  notModified: boolean;
  cases: number;
  entries: number;
  generatedAt: string;
  /** The organisation the manifest names, if any. */
  organisation: string | null;
  shardsFetched: number;
  shardsUnchanged: number;
}

export async function sha256WebCrypto(bytes: BufferSource): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  let hex = '';
  for (const b of digest) hex += b.toString(16).padStart(2, '0');
  return hex;
}

/** The server answered 304 to the manifest's conditional request: the active data is current. */
class NotModified {
  readonly active: ActiveFeed;
  constructor(active: ActiveFeed) {
    this.active = active;
  }
}

/**
 * Every file of the feed is fetched here. The manifest is asked for with the validators of the
 * active data, so that an unchanged feed costs one 304; `answered` gets its response, whose
 * validators the new data keeps.
 */
function feedSource(deps: SyncDeps, feedUrl: string, active: ActiveFeed | null, answered: (manifest: Response) => void): FeedSource {
  const headers: Record<string, string> = {};
  if (active) {
    if (active.etag) headers['If-None-Match'] = active.etag;
    if (active.lastModified) headers['If-Modified-Since'] = active.lastModified;
  }
  const name = (path: string) => (path === MANIFEST_FILE ? 'Manifestet' : path);
  const fetchFile = (path: string, init: RequestInit) =>
    fetchBounded(deps.fetch, path === MANIFEST_FILE ? feedUrl : new URL(path, feedUrl).href, {
      what: name(path),
      limits: deps.limits,
      init: { credentials: 'include', ...init },
    });
  return {
    async fetchText(path) {
      if (path === MANIFEST_FILE) {
        const { response, text } = await fetchFile(path, { headers, cache: 'no-store' });
        if (response.status === 304 && active) throw new NotModified(active);
        answered(response);
        return text;
      }
      return (await fetchFile(path, { cache: 'no-cache' })).text;
    },
    name,
    sha256: (text) => deps.sha256(new TextEncoder().encode(text)),
  };
}

export async function syncFeed(feedUrl: string, deps: SyncDeps): Promise<SyncResult> {
  const { store } = deps;
  const active = await store.activeFeed(feedUrl);
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
      async onShard(shard, ref) {
        await store.writeShard(shardKeyOf(ref.id, ref.sha256), shard.cases);
      },
    });
  } catch (error) {
    if (!(error instanceof NotModified)) throw error;
    const { cases, entries, generatedAt, shards, organisation } = error.active;
    return { notModified: true, cases, entries, generatedAt, organisation: organisation ?? null, shardsFetched: 0, shardsUnchanged: shards.length };
  }

  const result: SyncResult = {
    notModified: false,
    cases: manifest.shards.reduce((n, s) => n + s.cases, 0),
    entries: manifest.shards.reduce((n, s) => n + s.entries, 0),
    generatedAt: manifest.generatedAt,
    organisation: manifest.organisation ?? null,
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
    ...(manifest.organisation ? { organisation: manifest.organisation } : {}),
    feedUrl,
    etag: response.headers.get('etag'),
    lastModified: response.headers.get('last-modified'),
  });
  await store.collectGarbage();
  return result;
}
