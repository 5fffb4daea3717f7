import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { caseKey } from '../../core/casenumber/case-key.ts';
import type { CaseNumberFormat } from '../../core/casenumber/formats.ts';
import { shardOf } from '../../core/history/feed.ts';
import type { CaseHistory } from '../../core/history/model.ts';

/**
 * The local copy of the history feed, in the extension's own IndexedDB (background and extension
 * pages only: a content script would open the page's database instead).
 *
 * Data is content-addressed by shard: every row carries a shardKey, `<shard id>@<sha256>`. A sync
 * writes each changed shard in ONE transaction (its chunks, its search rows and its shard row, so a
 * shard is either wholly there or not at all) beside the old ones (staging), then switches the
 * `active` pointer in one small transaction. Readers only see active shards, so a sync that fails
 * or stops halfway never shows a mix, and the old data stays in use until the switch.
 *
 * Cases are stored as JSON in chunks of about CHUNK_BYTES, sorted by case key: a put costs
 * far more than its bytes, so 40,000 one-case rows take seconds where a thousand chunks take a
 * fraction of one. A case is found without any index, by its case key (core/casenumber), however
 * the asker writes the number: the feed puts it in shard `shardOf(caseNumber)` (checked on
 * import), and the shard's chunk is found by binary search over the first case key of each chunk,
 * which the active pointer carries.
 */

/** A shard's cases, sorted by case key, as a JSON array. */
type ChunkKey = [shardKey: string, chunk: number];

export interface ShardRow {
  shardKey: string;
  cases: number;
  entries: number;
  /** The case key of the first case of each chunk, in order. */
  firstCases: string[];
}

/** `[caseNumber, searchable text]` of a shard, the text lower-cased: case title and entry titles. */
interface SearchRow {
  shardKey: string;
  search: [string, string][];
}

export interface ActiveShard {
  id: number;
  key: string;
  firstCases: string[];
}

export interface ActiveFeed {
  shardCount: number;
  /** By shard id. */
  shards: ActiveShard[];
  cases: number;
  entries: number;
  generatedAt: string;
  /** The case-number formats the feed learned from the organisation's protocols, if it has any. */
  caseNumberFormats?: CaseNumberFormat[];
  /** The manifest URL the data came from, and its validators for the next conditional request. */
  feedUrl: string;
  etag: string | null;
  lastModified: string | null;
}

export type ActivateRequest = Omit<ActiveFeed, 'shards'> & { shards: { id: number; key: string }[] };

interface HistoryDb extends DBSchema {
  chunks: { key: ChunkKey; value: string };
  search: { key: string; value: SearchRow };
  shards: { key: string; value: ShardRow };
  meta: { key: 'active'; value: ActiveFeed };
}

export const DB_NAME = 'protokoll-historik';
/** 2: chunks sorted and found by case key; data of version 1 is dropped and synced again. */
export const DB_VERSION = 2;
const STORES = ['chunks', 'search', 'shards', 'meta'] as const;
const CHUNK_BYTES = 64 * 1024;
/** Parsed chunks kept in memory: the cards of one page usually need a handful. */
const CHUNK_CACHE = 64;

export function shardKeyOf(id: number, sha256: string): string {
  return `${id}@${sha256}`;
}

export function searchTextOf(history: CaseHistory): string {
  const titles = new Set([history.title, ...history.entries.map((e) => e.title)]);
  return [...titles].join(' ').toLowerCase();
}

/** The chunk of a sorted shard that holds the case `key`, if any could. */
function chunkOf(firstCases: readonly string[], key: string): number {
  let lo = 0;
  let hi = firstCases.length - 1;
  if (hi < 0 || key < firstCases[0]!) return -1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (firstCases[mid]! <= key) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export class HistoryStore {
  /** True once the connection is gone (closed for another context's upgrade, or by the browser): open a new store. */
  closed = false;
  private readonly db: IDBPDatabase<HistoryDb>;
  private active: ActiveFeed | null | undefined;
  private chunkCache = new Map<string, Map<string, CaseHistory>>();
  private searchCache: SearchRow['search'][] | null = null;

  private constructor(db: IDBPDatabase<HistoryDb>) {
    this.db = db;
  }

  static async open(name = DB_NAME): Promise<HistoryStore> {
    let store: HistoryStore | undefined;
    const db = await openDB<HistoryDb>(name, DB_VERSION, {
      upgrade(db) {
        for (const name of STORES) if (db.objectStoreNames.contains(name)) db.deleteObjectStore(name);
        db.createObjectStore('chunks');
        db.createObjectStore('search', { keyPath: 'shardKey' });
        db.createObjectStore('shards', { keyPath: 'shardKey' });
        db.createObjectStore('meta');
      },
      // An older connection (another extension page, an old worker) must not hold up an upgrade: ours closes on request.
      blocking() {
        store?.close();
      },
      blocked() {
        console.warn('protokoll: historikdatabasen väntar på att en äldre anslutning stängs');
      },
      terminated() {
        if (store) store.closed = true;
      },
    });
    store = new HistoryStore(db);
    return store;
  }

  close(): void {
    this.closed = true;
    this.db.close();
  }

  async activeFeed(): Promise<ActiveFeed | null> {
    if (this.active === undefined) this.active = (await this.db.get('meta', 'active')) ?? null;
    return this.active;
  }

  /** Whether a shard is stored (from an earlier sync, active or not). */
  async hasShard(shardKey: string): Promise<boolean> {
    return (await this.db.getKey('shards', shardKey)) !== undefined;
  }

  /**
   * Writes a validated shard under `shardKey` in one transaction. Staged: nothing reads it until
   * `activate` lists the key.
   */
  async writeShard(shardKey: string, cases: readonly CaseHistory[]): Promise<void> {
    const sorted = cases.map((history) => ({ key: caseKey(history.caseNumber), history })).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    const chunks: string[] = [];
    const firstCases: string[] = [];
    let parts: string[] = [];
    let size = 0;
    for (const { key, history } of sorted) {
      if (!parts.length) firstCases.push(key);
      const json = JSON.stringify(history);
      parts.push(json);
      size += json.length;
      if (size >= CHUNK_BYTES) {
        chunks.push(`[${parts.join(',')}]`);
        parts = [];
        size = 0;
      }
    }
    if (parts.length) chunks.push(`[${parts.join(',')}]`);

    const tx = this.db.transaction(['chunks', 'search', 'shards'], 'readwrite', { durability: 'relaxed' });
    chunks.forEach((chunk, i) => void tx.objectStore('chunks').put(chunk, [shardKey, i]));
    void tx.objectStore('search').put({ shardKey, search: sorted.map(({ history }) => [history.caseNumber, searchTextOf(history)]) });
    void tx.objectStore('shards').put({
      shardKey,
      cases: sorted.length,
      entries: sorted.reduce((n, { history }) => n + history.entries.length, 0),
      firstCases,
    });
    await tx.done;
  }

  /** Switches to a new set of stored shards in one small transaction. */
  async activate(request: ActivateRequest): Promise<void> {
    const tx = this.db.transaction(['shards', 'meta'], 'readwrite');
    const rows = await Promise.all(request.shards.map((s) => tx.objectStore('shards').get(s.key)));
    const missing = request.shards.filter((_, i) => !rows[i]);
    if (missing.length) throw new Error(`delar saknas i databasen: ${missing.map((s) => s.id).join(', ')}`);
    const active: ActiveFeed = {
      ...request,
      shards: request.shards.map((s, i) => ({ id: s.id, key: s.key, firstCases: rows[i]!.firstCases })),
    };
    await tx.objectStore('meta').put(active, 'active');
    await tx.done;
    this.active = active;
    this.chunkCache.clear();
    this.searchCache = null;
  }

  /** Deletes shards that are no longer active: the staging leftovers and the replaced data. */
  async collectGarbage(): Promise<number> {
    const keep = new Set((await this.activeFeed())?.shards.map((s) => s.key));
    const doomed = (await this.db.getAllKeys('shards')).filter((k) => !keep.has(k));
    if (!doomed.length) return 0;
    const tx = this.db.transaction(['chunks', 'search', 'shards'], 'readwrite', { durability: 'relaxed' });
    for (const key of doomed) {
      void tx.objectStore('chunks').delete(IDBKeyRange.bound([key, 0], [key, Infinity]));
      void tx.objectStore('search').delete(key);
      void tx.objectStore('shards').delete(key);
    }
    await tx.done;
    return doomed.length;
  }

  /** The active history of each case number (found by its case key), or null when the feed does not know it. */
  async histories(caseNumbers: readonly string[]): Promise<Record<string, CaseHistory | null>> {
    const active = await this.activeFeed();
    const where = new Map<string, ChunkKey | null>();
    for (const caseNumber of caseNumbers) {
      const shard = active?.shards.find((s) => s.id === shardOf(caseNumber, active.shardCount));
      const chunk = shard ? chunkOf(shard.firstCases, caseKey(caseNumber)) : -1;
      where.set(caseNumber, shard && chunk >= 0 ? [shard.key, chunk] : null);
    }
    const wanted = [...new Set([...where.values()].flatMap((k) => (k && !this.chunkCache.has(k.join('#')) ? [k.join('#')] : [])))];
    if (wanted.length) {
      const tx = this.db.transaction('chunks');
      const texts = await Promise.all(
        wanted.map((id) => {
          const [key, chunk] = id.split('#') as [string, string];
          return tx.store.get([key, Number(chunk)]);
        }),
      );
      wanted.forEach((id, i) => {
        const list = JSON.parse(texts[i] ?? '[]') as CaseHistory[];
        if (this.chunkCache.size >= CHUNK_CACHE) this.chunkCache.delete(this.chunkCache.keys().next().value!);
        this.chunkCache.set(id, new Map(list.map((c) => [caseKey(c.caseNumber), c])));
      });
    }
    const out: Record<string, CaseHistory | null> = {};
    for (const [caseNumber, key] of where) out[caseNumber] = (key && this.chunkCache.get(key.join('#'))?.get(caseKey(caseNumber))) ?? null;
    return out;
  }

  /**
   * Cases whose titles contain every word of `query` (as a prefix of a word), in case-number
   * order, at most `limit`.
   */
  async searchTitles(query: string, limit: number): Promise<CaseHistory[]> {
    const words = query.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    if (!words.length) return [];
    const patterns = words.map((w) => new RegExp(`(?:^|[^\\p{L}\\p{N}])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'u'));
    const hits: string[] = [];
    for (const search of await this.searchIndex()) {
      for (const [caseNumber, text] of search) {
        if (patterns.every((p) => p.test(text))) hits.push(caseNumber);
      }
    }
    hits.sort((a, b) => a.localeCompare(b, 'sv', { numeric: true }));
    const found = await this.histories(hits.slice(0, limit));
    return hits.slice(0, limit).flatMap((c) => found[c] ?? []);
  }

  private async searchIndex(): Promise<SearchRow['search'][]> {
    if (this.searchCache) return this.searchCache;
    const active = await this.activeFeed();
    const tx = this.db.transaction('search');
    const rows = await Promise.all((active?.shards ?? []).map((s) => tx.store.get(s.key)));
    this.searchCache = rows.flatMap((r) => (r ? [r.search] : []));
    return this.searchCache;
  }
}
