import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { CaseHistory } from '../../core/history/model.ts';

/**
 * The local copy of the history feed, in the extension's own IndexedDB (background and extension
 * pages only: a content script would open the page's database instead).
 *
 * Rows are content-addressed by shard: a case row is keyed by `[shardKey, caseNumber]` where
 * shardKey is `<shard id>@<sha256>`. A sync writes the rows of changed shards under their new
 * keys beside the old ones (staging), marks each shard complete, and then switches the `active`
 * pointer in one small transaction. Readers only see rows of active shards, so a sync that fails
 * or stops halfway never shows a mix, and the old rows stay in use until the switch.
 */

export interface CaseRow {
  shardKey: string;
  caseNumber: string;
  history: CaseHistory;
}

/** One row per shard: what the popup's search scans, and proof that the shard's rows are all written. */
export interface ShardRow {
  shardKey: string;
  cases: number;
  entries: number;
  /** `[caseNumber, searchable text]`, the text lower-cased: case title and entry titles. */
  search: [string, string][];
}

export interface ActiveFeed {
  shardKeys: string[];
  cases: number;
  entries: number;
  generatedAt: string;
  /** The manifest URL the data came from, and its validators for the next conditional request. */
  feedUrl: string;
  etag: string | null;
  lastModified: string | null;
}

interface HistoryDb extends DBSchema {
  cases: { key: [string, string]; value: CaseRow; indexes: { byCase: string } };
  shards: { key: string; value: ShardRow };
  meta: { key: 'active'; value: ActiveFeed };
}

export const DB_NAME = 'protokoll-historik';
const DB_VERSION = 1;
/** Puts per transaction in a bulk write: big enough to amortise a commit, small enough to stay responsive. */
const BATCH = 2000;

export function shardKeyOf(id: number, sha256: string): string {
  return `${id}@${sha256}`;
}

export function searchTextOf(history: CaseHistory): string {
  const titles = new Set([history.title, ...history.entries.map((e) => e.title)]);
  return [...titles].join(' ').toLowerCase();
}

export class HistoryStore {
  private active: ActiveFeed | null | undefined;
  private activeSet = new Set<string>();
  private searchCache: ShardRow['search'][] | null = null;

  /** True once the connection is gone (closed for another context's upgrade, or by the browser): open a new store. */
  closed = false;
  private readonly db: IDBPDatabase<HistoryDb>;

  private constructor(db: IDBPDatabase<HistoryDb>) {
    this.db = db;
  }

  static async open(name = DB_NAME): Promise<HistoryStore> {
    let store: HistoryStore | undefined;
    const db = await openDB<HistoryDb>(name, DB_VERSION, {
      upgrade(db) {
        const cases = db.createObjectStore('cases', { keyPath: ['shardKey', 'caseNumber'] });
        cases.createIndex('byCase', 'caseNumber');
        db.createObjectStore('shards', { keyPath: 'shardKey' });
        db.createObjectStore('meta');
      },
      // An older connection (another extension page, an old worker) must not hold up an upgrade: ours closes on request.
      blocking() {
        store?.close();
      },
      terminated() {
        if (store) store.closed = true;
      },
      blocked() {
        console.warn('protokoll: historikdatabasen väntar på att en äldre flik stänger sin anslutning');
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
    if (this.active === undefined) this.remember((await this.db.get('meta', 'active')) ?? null);
    return this.active ?? null;
  }

  private remember(active: ActiveFeed | null): void {
    this.active = active;
    this.activeSet = new Set(active?.shardKeys ?? []);
    this.searchCache = null;
  }

  /** Whether a shard's rows are all written (from an earlier sync, active or not). */
  async hasShard(shardKey: string): Promise<boolean> {
    return (await this.db.getKey('shards', shardKey)) !== undefined;
  }

  /**
   * Writes a validated shard's cases under `shardKey`, then its shard row last, so the shard
   * counts as present only when every case row is in. Rows are staged: nothing reads them until
   * `activate` lists the key.
   */
  async writeShard(shardKey: string, cases: CaseHistory[]): Promise<void> {
    for (let i = 0; i < cases.length; i += BATCH) {
      const tx = this.db.transaction('cases', 'readwrite', { durability: 'relaxed' });
      for (const history of cases.slice(i, i + BATCH)) {
        void tx.store.put({ shardKey, caseNumber: history.caseNumber, history });
      }
      await tx.done;
    }
    await this.db.put('shards', {
      shardKey,
      cases: cases.length,
      entries: cases.reduce((n, c) => n + c.entries.length, 0),
      search: cases.map((c) => [c.caseNumber, searchTextOf(c)]),
    });
  }

  /** Switches to a new set of shards in one small transaction. */
  async activate(active: ActiveFeed): Promise<void> {
    const tx = this.db.transaction('meta', 'readwrite');
    await tx.store.put(active, 'active');
    await tx.done;
    this.remember(active);
  }

  /** Deletes rows of shards that are no longer active: the staging leftovers and the replaced data. */
  async collectGarbage(): Promise<number> {
    const active = await this.activeFeed();
    const keep = new Set(active?.shardKeys ?? []);
    const stale = (await this.db.getAllKeys('shards')).filter((k) => !keep.has(k));
    // Rows of a shard that was never completed have no shard row; find them through the case keys.
    const caseShardKeys = new Set<string>();
    let cursor = await this.db.transaction('cases').store.openKeyCursor();
    while (cursor) {
      const key = cursor.key[0];
      caseShardKeys.add(key);
      // Jump past every row of this shard.
      cursor = await cursor.continue([key, '\uffff']);
    }
    const doomed = new Set([...stale, ...[...caseShardKeys].filter((k) => !keep.has(k))]);
    if (!doomed.size) return 0;
    const tx = this.db.transaction(['cases', 'shards'], 'readwrite', { durability: 'relaxed' });
    for (const key of doomed) {
      void tx.objectStore('cases').delete(IDBKeyRange.bound([key, ''], [key, '\uffff']));
      void tx.objectStore('shards').delete(key);
    }
    await tx.done;
    return doomed.size;
  }

  /** The active history of each case number, or null when the feed does not know it. */
  async histories(caseNumbers: readonly string[]): Promise<Record<string, CaseHistory | null>> {
    await this.activeFeed();
    const index = this.db.transaction('cases').store.index('byCase');
    const rows = await Promise.all(caseNumbers.map((c) => index.getAll(c)));
    const out: Record<string, CaseHistory | null> = {};
    caseNumbers.forEach((c, i) => {
      out[c] = rows[i]!.find((r) => this.activeSet.has(r.shardKey))?.history ?? null;
    });
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

  private async searchIndex(): Promise<ShardRow['search'][]> {
    if (this.searchCache) return this.searchCache;
    const active = await this.activeFeed();
    const tx = this.db.transaction('shards');
    const rows = await Promise.all((active?.shardKeys ?? []).map((k) => tx.store.get(k)));
    this.searchCache = rows.flatMap((r) => (r ? [r.search] : []));
    return this.searchCache;
  }
}
