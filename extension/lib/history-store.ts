import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { caseKey } from '../../core/casenumber/case-key.ts';
import type { CaseNumberFormat } from '../../core/casenumber/formats.ts';
import { shardOf } from '../../core/history/feed.ts';
import { mergeCaseHistories, organisationLabel, type FeedCase, type MergedCaseHistory } from '../../core/history/merge-feeds.ts';
import type { CaseHistory } from '../../core/history/model.ts';

/**
 * The local copies of the history feeds, in the extension's own IndexedDB (background and extension
 * pages only: a content script would open the page's database instead).
 *
 * Data is content-addressed by shard: every row carries a shardKey, `<shard id>@<sha256>`. A sync
 * writes each changed shard in ONE transaction (its chunks, its search rows and its shard row, so a
 * shard is either wholly there or not at all) beside the old ones (staging), then switches the
 * feed's `active` pointer in one small transaction. Readers only see active shards, so a sync that fails
 * or stops halfway never shows a mix, and the old data stays in use until the switch.
 *
 * Each feed (one per organisation) has its own pointer, keyed by its manifest URL, so a feed that
 * fails keeps its last good data without touching the others. Shards are shared by content: two
 * feeds publishing the same shard store it once. A case is looked up in every feed and the finds
 * are merged per case number (core/history/merge-feeds.ts).
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
  /** The organisation the manifest names, if it names one. */
  organisation?: string;
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
  /** Each feed's active data, by its manifest URL. */
  meta: { key: string; value: ActiveFeed };
}

export const DB_NAME = 'protokoll-historik';
/**
 * 2: chunks sorted and found by case key; data of version 1 is dropped and synced again.
 * 3: one active pointer per feed; version 2's single pointer (key `active`) moves to its feed's URL.
 */
export const DB_VERSION = 3;
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
  /** Each feed's active data, by manifest URL, once read. */
  private active: Map<string, ActiveFeed> | undefined;
  private chunkCache = new Map<string, Map<string, CaseHistory>>();
  /** Search rows by shard key, once read. */
  private searchCache = new Map<string, SearchRow['search']>();

  private constructor(db: IDBPDatabase<HistoryDb>) {
    this.db = db;
  }

  static async open(name = DB_NAME): Promise<HistoryStore> {
    let store: HistoryStore | undefined;
    const db = await openDB<HistoryDb>(name, DB_VERSION, {
      async upgrade(db, oldVersion, _newVersion, tx) {
        if (oldVersion === 2) {
          const meta = tx.objectStore('meta');
          const single = await meta.get('active');
          await meta.delete('active');
          if (single) await meta.put(single, single.feedUrl);
          return;
        }
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

  /** The active data of the feed at `feedUrl`, or null before its first good sync. */
  async activeFeed(feedUrl: string): Promise<ActiveFeed | null> {
    return (await this.activeMap()).get(feedUrl) ?? null;
  }

  /** The active data of `feedUrls` (every feed stored when not given), in that order, skipping feeds without any. */
  async activeFeeds(feedUrls?: readonly string[]): Promise<ActiveFeed[]> {
    const active = await this.activeMap();
    return feedUrls ? feedUrls.flatMap((url) => active.get(url) ?? []) : [...active.values()];
  }

  private async activeMap(): Promise<Map<string, ActiveFeed>> {
    this.active ??= new Map((await this.db.getAll('meta')).map((feed) => [feed.feedUrl, feed]));
    return this.active;
  }

  /** Forgets the feeds not in `feedUrls` (taken out of the settings), and deletes their shards. */
  async retainFeeds(feedUrls: readonly string[]): Promise<void> {
    const keep = new Set(feedUrls);
    const gone = [...(await this.activeMap()).keys()].filter((url) => !keep.has(url));
    if (!gone.length) return;
    const tx = this.db.transaction('meta', 'readwrite');
    for (const url of gone) void tx.store.delete(url);
    await tx.done;
    for (const url of gone) this.active!.delete(url);
    await this.collectGarbage();
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

  /** Switches a feed (`request.feedUrl`) to a new set of stored shards in one small transaction. */
  async activate(request: ActivateRequest): Promise<void> {
    const tx = this.db.transaction(['shards', 'meta'], 'readwrite');
    const rows = await Promise.all(request.shards.map((s) => tx.objectStore('shards').get(s.key)));
    const missing = request.shards.filter((_, i) => !rows[i]);
    if (missing.length) throw new Error(`delar saknas i databasen: ${missing.map((s) => s.id).join(', ')}`);
    const active: ActiveFeed = {
      ...request,
      shards: request.shards.map((s, i) => ({ id: s.id, key: s.key, firstCases: rows[i]!.firstCases })),
    };
    await tx.objectStore('meta').put(active, active.feedUrl);
    await tx.done;
    (await this.activeMap()).set(active.feedUrl, active);
  }

  /** Deletes shards that no feed has active: the staging leftovers and the replaced data. */
  async collectGarbage(): Promise<number> {
    const keep = new Set((await this.activeFeeds()).flatMap((feed) => feed.shards.map((s) => s.key)));
    const doomed = (await this.db.getAllKeys('shards')).filter((k) => !keep.has(k));
    if (!doomed.length) return 0;
    const tx = this.db.transaction(['chunks', 'search', 'shards'], 'readwrite', { durability: 'relaxed' });
    for (const key of doomed) {
      this.searchCache.delete(key);
      void tx.objectStore('chunks').delete(IDBKeyRange.bound([key, 0], [key, Infinity]));
      void tx.objectStore('search').delete(key);
      void tx.objectStore('shards').delete(key);
    }
    await tx.done;
    return doomed.length;
  }

  /**
   * The history of each case number (found by its case key) in the feeds `feedUrls` (every feed
   * stored when not given), merged across them in that order with each entry naming its feed's
   * organisation; null when no feed knows the case.
   */
  async histories(caseNumbers: readonly string[], feedUrls?: readonly string[]): Promise<Record<string, MergedCaseHistory | null>> {
    const feeds = await this.activeFeeds(feedUrls);
    const labels = feeds.map((feed) => organisationLabel(feed.organisation, feed.feedUrl, feedUrls?.length ?? feeds.length));
    const where = new Map<string, (ChunkKey | null)[]>();
    for (const caseNumber of caseNumbers) {
      const key = caseKey(caseNumber);
      where.set(
        caseNumber,
        feeds.map((feed) => {
          const shard = feed.shards.find((s) => s.id === shardOf(caseNumber, feed.shardCount));
          const chunk = shard ? chunkOf(shard.firstCases, key) : -1;
          return shard && chunk >= 0 ? [shard.key, chunk] : null;
        }),
      );
    }
    await this.loadChunks(new Set([...where.values()].flatMap((keys) => keys.flatMap((k) => (k ? [k.join('#')] : [])))));
    const out: Record<string, MergedCaseHistory | null> = {};
    for (const [caseNumber, keys] of where) {
      const found: FeedCase[] = keys.flatMap((k, i) => {
        const history = k && this.chunkCache.get(k.join('#'))?.get(caseKey(caseNumber));
        return history ? [{ organisation: labels[i], history }] : [];
      });
      out[caseNumber] = mergeCaseHistories(found);
    }
    return out;
  }

  /** Reads the chunks `ids` (`shardKey#chunk`) not in the cache yet. */
  private async loadChunks(ids: ReadonlySet<string>): Promise<void> {
    const wanted = [...ids].filter((id) => !this.chunkCache.has(id));
    if (!wanted.length) return;
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

  /**
   * Cases whose titles, in any of the feeds `feedUrls` (every feed when not given), contain every
   * word of `query` (as a prefix of a word), in case-number order, at most `limit`, each once.
   */
  async searchTitles(query: string, limit: number, feedUrls?: readonly string[]): Promise<MergedCaseHistory[]> {
    const words = query.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    if (!words.length) return [];
    const patterns = words.map((w) => new RegExp(`(?:^|[^\\p{L}\\p{N}])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'u'));
    const hits = new Map<string, string>();
    for (const search of await this.searchIndex(feedUrls)) {
      for (const [caseNumber, text] of search) {
        if (patterns.every((p) => p.test(text))) {
          const key = caseKey(caseNumber);
          if (!hits.has(key)) hits.set(key, caseNumber);
        }
      }
    }
    const first = [...hits.values()].sort((a, b) => a.localeCompare(b, 'sv', { numeric: true })).slice(0, limit);
    const found = await this.histories(first, feedUrls);
    return first.flatMap((c) => found[c] ?? []);
  }

  private async searchIndex(feedUrls?: readonly string[]): Promise<SearchRow['search'][]> {
    const keys = [...new Set((await this.activeFeeds(feedUrls)).flatMap((feed) => feed.shards.map((s) => s.key)))];
    const missing = keys.filter((k) => !this.searchCache.has(k));
    if (missing.length) {
      const tx = this.db.transaction('search');
      const rows = await Promise.all(missing.map((k) => tx.store.get(k)));
      for (const row of rows) if (row) this.searchCache.set(row.shardKey, row.search);
    }
    return keys.flatMap((k) => {
      const rows = this.searchCache.get(k);
      return rows ? [rows] : [];
    });
  }
}
