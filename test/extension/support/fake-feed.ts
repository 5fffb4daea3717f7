import { createHash } from 'node:crypto';
import type { CaseHistory } from '../../../core/history/model.ts';
import type { WriteFeedOptions } from '../../../core/history/write-feed.ts';
import { feedFiles } from '../../../harness/invented-feed.ts';

/**
 * A feed served by a fake `fetch`: files by URL, ETag answered with 304, every request logged,
 * and faults on demand (a network error, an error status, a body cut off halfway).
 */

export const FEED_BASE = 'https://intranat.example.se/historik/';
export const MANIFEST_URL = `${FEED_BASE}manifest.json`;

type Fault = 'network' | 'cut' | number;

export interface FakeFeed {
  fetch: typeof fetch;
  files: Map<string, string>;
  /** Paths requested, relative to the feed folder, with the answer's status (0 for a network error). */
  log: { path: string; status: number; ifNoneMatch: string | null; ifModifiedSince: string | null }[];
  faults: Map<string, Fault>;
  /** Which validator the server sends: an ETag (the default) or only Last-Modified. */
  validator: 'etag' | 'last-modified';
  publish(cases: readonly CaseHistory[]): void;
}

/** A feed at `base` (the invented intranet's by default), its manifest naming `manifest`'s organisation and formats. */
export function fakeFeed(
  cases: readonly CaseHistory[] = [],
  base = FEED_BASE,
  manifest: Pick<WriteFeedOptions, 'organisation' | 'caseNumberFormats'> = {},
): FakeFeed {
  const files = new Map<string, string>();
  const log: FakeFeed['log'] = [];
  /** When each file's current body was published, for Last-Modified. */
  const modified = new Map<string, number>();
  let clock = Date.parse('2026-01-15T02:00:00Z');
  const faults = new Map<string, Fault>();
  const etag = (body: string) => `"${createHash('sha256').update(body).digest('hex').slice(0, 16)}"`;

  const fakeFetch = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const url = String(input instanceof Request ? input.url : input);
    const path = url.startsWith(base) ? url.slice(base.length) : url;
    const headers = new Headers(init?.headers);
    const entry = { path, status: 0, ifNoneMatch: headers.get('if-none-match'), ifModifiedSince: headers.get('if-modified-since') };
    log.push(entry);
    const fault = faults.get(path);
    if (fault === 'network') throw new TypeError('Failed to fetch');
    if (typeof fault === 'number') return new Response('fel', { status: (entry.status = fault) });
    const body = files.get(path);
    if (body === undefined) return new Response('finns inte', { status: (entry.status = 404), statusText: 'Not Found' });
    const lastModified = new Date(modified.get(path) ?? clock).toUTCString();
    const validators: Record<string, string> = feed.validator === 'etag' ? { etag: etag(body) } : { 'last-modified': lastModified };
    const unchanged =
      feed.validator === 'etag'
        ? entry.ifNoneMatch === validators.etag
        : entry.ifModifiedSince !== null && Date.parse(lastModified) <= Date.parse(entry.ifModifiedSince);
    if (unchanged) return new Response(null, { status: (entry.status = 304), headers: validators });
    entry.status = 200;
    const bytes = new TextEncoder().encode(body);
    if (fault === 'cut') {
      const stream = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(bytes.subarray(0, bytes.length >> 1));
          controller.error(new TypeError('network error'));
        },
      });
      return new Response(stream, { status: 200, headers: validators });
    }
    return new Response(bytes, { status: 200, headers: { ...validators, 'content-type': 'application/json' } });
  };

  const feed: FakeFeed = {
    fetch: fakeFetch as typeof fetch,
    files,
    log,
    faults,
    validator: 'etag',
    publish(next) {
      clock += 60_000;
      const previous = new Map(files);
      files.clear();
      for (const [path, content] of feedFiles(next, undefined, undefined, manifest)) {
        files.set(path, content);
        if (previous.get(path) !== content) modified.set(path, clock);
      }
    },
  };
  feed.publish(cases);
  return feed;
}
