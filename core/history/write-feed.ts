import { caseKey } from '../casenumber/case-key.ts';
import type { CaseNumberFormat } from '../casenumber/formats.ts';
import type { CaseHistory, HistoryEntry } from './model.ts';
import type { HistoryCounts } from './build.ts';
import { DEFAULT_SHARD_COUNT, FEED_FORMAT, MANIFEST_FILE, FEED_VERSION, shardOf, type FeedManifest, type ShardRef } from './feed.ts';
import { sha256Hex, utf8 } from './hash.ts';

export interface FeedFile {
  /** Relative to the feed folder, `/`-separated. */
  path: string;
  content: string;
}

export interface WriteFeedOptions {
  generatedAt: string;
  shardCount?: number;
  /** Makes each source a link: `baseUrl` + the file's relative path (+ `#page=N` for a PDF page). */
  baseUrl?: string;
  /** The formats learned from the archive, published in the manifest. */
  caseNumberFormats?: CaseNumberFormat[];
  /** The organisation's name, published in the manifest. */
  organisation?: string;
}

/**
 * A shard's file is named by its id and the start of its SHA-256 (`shards/007-3f2a9c0b1d4e.json`):
 * new content gets a new name, so publishing never overwrites a file that a client holding the
 * previous manifest may still fetch.
 */
export function contentShardPath(id: number, sha256: string): string {
  return `shards/${String(id).padStart(3, '0')}-${sha256.slice(0, 12)}.json`;
}

function sourceUrl(file: string, page: number | undefined, baseUrl: string): string {
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  const url = new URL(file.split('/').map(encodeURIComponent).join('/'), base).href;
  return page && /\.pdf$/i.test(file) ? `${url}#page=${page}` : url;
}

// Objects are rebuilt key by key so that the bytes never depend on how an entry was put together.
function entryJson(e: HistoryEntry, baseUrl: string | undefined) {
  const url = e.source.url ?? (baseUrl ? sourceUrl(e.source.file, e.source.page, baseUrl) : undefined);
  return {
    body: e.body,
    date: e.date,
    paragraph: e.paragraph,
    title: e.title,
    decision: e.decision,
    outcome: e.outcome,
    proposedTo: e.proposedTo,
    reservations: e.reservations,
    source: { file: e.source.file, ...(url ? { url } : {}), ...(e.source.page ? { page: e.source.page } : {}) },
  };
}

/**
 * The feed's files for a set of case histories: one shard per non-empty hash bucket, one case per
 * line (so a diff shows which cases changed), each named by its content, and the manifest. Pure
 * and deterministic: the same cases and options give the same strings, byte for byte. `cases`
 * need not be sorted.
 */
export function writeFeed(
  cases: readonly CaseHistory[],
  counts: HistoryCounts,
  options: WriteFeedOptions,
): { manifest: FeedFile; manifestData: FeedManifest; shards: FeedFile[] } {
  const shardCount = options.shardCount ?? DEFAULT_SHARD_COUNT;
  const buckets = new Map<number, CaseHistory[]>();
  for (const c of cases) {
    const id = shardOf(c.caseNumber, shardCount);
    const bucket = buckets.get(id);
    if (bucket) bucket.push(c);
    else buckets.set(id, [c]);
  }

  const shards: FeedFile[] = [];
  const refs: ShardRef[] = [];
  for (const id of [...buckets.keys()].sort((a, b) => a - b)) {
    const bucket = buckets
      .get(id)!
      .map((c) => ({ key: caseKey(c.caseNumber), c }))
      .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
      .map(({ c }) => c);
    const lines = bucket.map((c) =>
      JSON.stringify({ caseNumber: c.caseNumber, title: c.title, entries: c.entries.map((e) => entryJson(e, options.baseUrl)) }),
    );
    const content = `{"format":${JSON.stringify(FEED_FORMAT)},"version":${FEED_VERSION},"shard":${id},"cases":[\n${lines.join(',\n')}\n]}\n`;
    const bytes = utf8(content);
    const sha256 = sha256Hex(bytes);
    const path = contentShardPath(id, sha256);
    shards.push({ path, content });
    refs.push({
      id,
      path,
      sha256,
      bytes: bytes.length,
      cases: bucket.length,
      entries: bucket.reduce((n, c) => n + c.entries.length, 0),
    });
  }

  const manifest: FeedManifest = {
    format: FEED_FORMAT,
    version: FEED_VERSION,
    generatedAt: options.generatedAt,
    shardCount,
    counts: { protocols: counts.protocols, paragraphs: counts.paragraphs, cases: counts.cases, entries: counts.entries },
    ...(options.organisation ? { organisation: options.organisation } : {}),
    ...(options.caseNumberFormats?.length ? { caseNumberFormats: options.caseNumberFormats } : {}),
    shards: refs,
  };
  return { manifest: renderManifest(manifest), manifestData: manifest, shards };
}

/** The manifest file; its key order is the schema's, so equal manifests are equal bytes. */
export function renderManifest(manifest: FeedManifest): FeedFile {
  const ordered: FeedManifest = {
    format: manifest.format,
    version: manifest.version,
    generatedAt: manifest.generatedAt,
    shardCount: manifest.shardCount,
    counts: manifest.counts,
    ...(manifest.organisation ? { organisation: manifest.organisation } : {}),
    ...(manifest.caseNumberFormats ? { caseNumberFormats: manifest.caseNumberFormats } : {}),
    shards: manifest.shards.map((s) => ({ id: s.id, path: s.path, sha256: s.sha256, bytes: s.bytes, cases: s.cases, entries: s.entries })),
  };
  return { path: MANIFEST_FILE, content: `${JSON.stringify(ordered, null, 2)}\n` };
}
