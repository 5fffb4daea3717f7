import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import path from 'node:path';

/**
 * A static file server on 127.0.0.1 for the end-to-end tests: files from memory (a feed the test
 * writes and rewrites) or from folders, with ETag and Last-Modified validators answered by 304,
 * a log of every request, and faults on demand (an error status, a connection cut mid-body).
 */

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

export interface ServedFile {
  body: Buffer;
  type: string;
  etag: string;
  /** Whole seconds, as HTTP dates carry them. */
  lastModified: Date;
}

export interface LoggedRequest {
  path: string;
  status: number;
  ifNoneMatch: string | undefined;
  ifModifiedSince: string | undefined;
}

export type Fault = { kind: 'status'; status: number; statusText?: string } | { kind: 'cut' };

export interface LoopbackServer {
  /** `http://127.0.0.1:PORT` */
  origin: string;
  /** Puts a file in memory at `urlPath` (`/feed/manifest.json`); a changed body gets a new ETag and Last-Modified. */
  put(urlPath: string, body: string | Buffer, type?: string): void;
  remove(urlPath: string): void;
  /** Serves a folder under a URL prefix (`/` or `/pages/`). */
  mount(prefix: string, dir: string): void;
  /** Answers requests for `urlPath` with the fault until cleared with `fault(urlPath, null)`. */
  fault(urlPath: string, fault: Fault | null): void;
  requests: LoggedRequest[];
  close(): Promise<void>;
}

/** Publishes feed files (paths relative to the feed folder) under `prefix` (`/feed/`). */
export function publishFeed(server: LoopbackServer, prefix: string, files: ReadonlyMap<string, string>): void {
  for (const [file, content] of files) server.put(`${prefix}${file}`, content);
}

function typeOf(urlPath: string): string {
  return TYPES[path.extname(urlPath)] ?? 'application/octet-stream';
}

function notModified(req: IncomingMessage, file: ServedFile): boolean {
  const ifNoneMatch = req.headers['if-none-match'];
  if (ifNoneMatch !== undefined) return ifNoneMatch.split(',').some((t) => t.trim() === file.etag);
  const since = req.headers['if-modified-since'];
  return since !== undefined && !Number.isNaN(Date.parse(since)) && file.lastModified.getTime() <= Date.parse(since);
}

export async function startLoopbackServer(): Promise<LoopbackServer> {
  const files = new Map<string, ServedFile>();
  const mounts: [string, string][] = [];
  const faults = new Map<string, Fault>();
  const requests: LoggedRequest[] = [];

  async function find(urlPath: string): Promise<ServedFile | undefined> {
    const inMemory = files.get(urlPath);
    if (inMemory) return inMemory;
    for (const [prefix, dir] of mounts) {
      if (!urlPath.startsWith(prefix)) continue;
      const file = path.join(dir, path.normalize(urlPath.slice(prefix.length)));
      if (!file.startsWith(dir + path.sep)) continue;
      try {
        const body = await readFile(file);
        return { body, type: typeOf(file), etag: etagOf(body), lastModified: new Date(0) };
      } catch {
        // not in this folder
      }
    }
    return undefined;
  }

  const server: Server = createServer((req, res) => {
    void (async () => {
      const urlPath = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
      const log = (status: number) =>
        requests.push({
          path: urlPath,
          status,
          ifNoneMatch: req.headers['if-none-match'],
          ifModifiedSince: req.headers['if-modified-since'],
        });
      const fault = faults.get(urlPath);
      const file = await find(urlPath);
      if (fault?.kind === 'status') {
        log(fault.status);
        const headers = { 'content-type': 'text/plain' };
        const head = fault.statusText ? res.writeHead(fault.status, fault.statusText, headers) : res.writeHead(fault.status, headers);
        return void head.end('fel');
      }
      if (!file) {
        log(404);
        return void res.writeHead(404, { 'content-type': 'text/plain' }).end('finns inte');
      }
      const validators = { etag: file.etag, 'last-modified': file.lastModified.toUTCString(), 'cache-control': 'no-cache' };
      if (notModified(req, file)) {
        log(304);
        return void res.writeHead(304, validators).end();
      }
      log(200);
      res.writeHead(200, { ...validators, 'content-type': file.type, 'content-length': file.body.length });
      if (fault?.kind === 'cut') {
        // Half the body, then the connection drops: a sync interrupted mid-download.
        res.write(file.body.subarray(0, file.body.length >> 1), () => res.destroy());
        return;
      }
      res.end(file.body);
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('loopback server: no port');

  return {
    origin: `http://127.0.0.1:${address.port}`,
    put(urlPath, body, type = typeOf(urlPath)) {
      const bytes = Buffer.isBuffer(body) ? body : Buffer.from(body, 'utf8');
      const etag = etagOf(bytes);
      if (files.get(urlPath)?.etag === etag) return;
      // Last-Modified has whole seconds: a rewrite within the same second must still look newer.
      const previous = files.get(urlPath)?.lastModified.getTime() ?? 0;
      const now = Math.max(Math.floor(Date.now() / 1000) * 1000, previous + 1000);
      files.set(urlPath, { body: bytes, type, etag, lastModified: new Date(now) });
    },
    remove(urlPath) {
      files.delete(urlPath);
    },
    mount(prefix, dir) {
      mounts.push([prefix, path.resolve(dir)]);
    },
    fault(urlPath, fault) {
      if (fault) faults.set(urlPath, fault);
      else faults.delete(urlPath);
    },
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function etagOf(body: Buffer): string {
  return `"${createHash('sha256').update(body).digest('hex').slice(0, 32)}"`;
}
