import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import path from 'node:path';

/**
 * The one static file server of the demo, the tests and the benchmarks, on 127.0.0.1 only: files
 * from memory (a feed a test writes and rewrites, a generated page) or from folders mounted under
 * URL prefixes, with ETag and Last-Modified validators answered by 304, a log of every request,
 * and faults on demand (an error status, a connection cut mid-body, a body trickling out a byte at
 * a time, a body without end, a redirect). Every answer says `no-cache`,
 * so a rebuilt feed or pane is seen on the next request.
 */

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.pdf': 'application/pdf',
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

export type Fault =
  | { kind: 'status'; status: number; statusText?: string }
  | { kind: 'cut' }
  /** The headers at once, then one byte of the file every `everyMs`, chunked: a server that never finishes. */
  | { kind: 'slow'; everyMs: number }
  /** The headers at once, then chunks of spaces without end for as long as the client reads. */
  | { kind: 'bottomless' }
  | { kind: 'redirect'; location: string };

const FILLER = Buffer.alloc(64 * 1024, 0x20);

export interface LoopbackServer {
  /** `http://127.0.0.1:PORT` */
  origin: string;
  port: number;
  /** Puts a file in memory at `urlPath` (`/feed/manifest.json`); a changed body gets a new ETag and Last-Modified. */
  put(urlPath: string, body: string | Buffer, type?: string): void;
  remove(urlPath: string): void;
  /** Serves a folder under a URL prefix ending in a slash (`/`, `/feed/`); the longest matching prefix is tried first. */
  mount(prefix: string, dir: string): void;
  /** Answers requests for `urlPath` with the fault until cleared with `fault(urlPath, null)`. */
  fault(urlPath: string, fault: Fault | null): void;
  /** Headers added to every answer from now on, such as CORS headers for a page of another origin; `{}` drops them. */
  setHeaders(headers: Record<string, string>): void;
  /** Answers 401 to every request without this cookie (`name=value`), as a feed behind single sign-on does; null lifts it. */
  requireCookie(cookie: string | null): void;
  requests: LoggedRequest[];
  close(): Promise<void>;
}

/** Publishes feed files (paths relative to the feed folder) under `prefix` (`/feed/`). */
export function publishFeed(server: LoopbackServer, prefix: string, files: ReadonlyMap<string, string>): void {
  for (const [file, content] of files) server.put(`${prefix}${file}`, content);
}

function typeOf(file: string): string {
  return TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

function etagOf(body: Buffer): string {
  return `"${createHash('sha256').update(body).digest('hex').slice(0, 32)}"`;
}

function notModified(req: IncomingMessage, file: ServedFile): boolean {
  const ifNoneMatch = req.headers['if-none-match'];
  if (ifNoneMatch !== undefined) return ifNoneMatch.split(',').some((t) => t.trim() === file.etag);
  const since = req.headers['if-modified-since'];
  return since !== undefined && !Number.isNaN(Date.parse(since)) && file.lastModified.getTime() <= Date.parse(since);
}

/** The file a URL path names under the mounts (`index.html` for a folder), or null. */
async function mountedFile(mounts: readonly [string, string][], urlPath: string): Promise<{ file: string; mtimeMs: number } | null> {
  for (const [prefix, root] of mounts) {
    if (!urlPath.startsWith(prefix)) continue;
    let file = path.join(root, path.normalize(`/${urlPath.slice(prefix.length)}`));
    if (file !== root && !file.startsWith(root + path.sep)) continue;
    let info = await stat(file).catch(() => null);
    if (info?.isDirectory()) {
      file = path.join(file, 'index.html');
      info = await stat(file).catch(() => null);
    }
    if (info?.isFile()) return { file, mtimeMs: info.mtimeMs };
  }
  return null;
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (error: Error) => {
      server.off('listening', onListening);
      reject(error);
    };
    const onListening = () => {
      server.off('error', onError);
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : port);
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, '127.0.0.1');
  });
}

/**
 * Starts the server on `port`, or on the next free one of the `tries` after it when it is taken
 * (port 0, the default: any free port), with `mounts` (URL prefix → folder) to begin with.
 */
export async function startLoopbackServer(options: { port?: number; tries?: number; mounts?: Record<string, string> } = {}): Promise<LoopbackServer> {
  const { port = 0, tries = 20 } = options;
  const files = new Map<string, ServedFile>();
  const mounts: [string, string][] = [];
  const mount = (prefix: string, dir: string) => {
    mounts.push([prefix, path.resolve(dir)]);
    mounts.sort((a, b) => b[0].length - a[0].length);
  };
  for (const [prefix, dir] of Object.entries(options.mounts ?? {})) mount(prefix, dir);
  const faults = new Map<string, Fault>();
  const requests: LoggedRequest[] = [];
  let extraHeaders: Record<string, string> = {};
  let requiredCookie: string | null = null;

  async function find(urlPath: string): Promise<ServedFile | { redirect: string } | undefined> {
    const inMemory = files.get(urlPath);
    if (inMemory) return inMemory;
    const found = await mountedFile(mounts, urlPath);
    if (!found) return undefined;
    // A folder without a trailing slash: its relative links resolve only after a redirect.
    if (found.file.endsWith(`${path.sep}index.html`) && !urlPath.endsWith('/') && !urlPath.endsWith('index.html')) {
      return { redirect: `${urlPath}/` };
    }
    const body = await readFile(found.file);
    return { body, type: typeOf(found.file), etag: etagOf(body), lastModified: new Date(Math.floor(found.mtimeMs / 1000) * 1000) };
  }

  const server: Server = createServer((req, res) => {
    void (async () => {
      let urlPath: string;
      try {
        urlPath = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
      } catch {
        return void res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' }).end('felaktig adress');
      }
      const log = (status: number) =>
        requests.push({
          path: urlPath,
          status,
          ifNoneMatch: req.headers['if-none-match'],
          ifModifiedSince: req.headers['if-modified-since'],
        });
      for (const [name, value] of Object.entries(extraHeaders)) res.setHeader(name, value);
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        log(405);
        return void res.writeHead(405, { allow: 'GET, HEAD' }).end();
      }
      if (requiredCookie && !(req.headers.cookie ?? '').split(/;\s*/).includes(requiredCookie)) {
        log(401);
        return void res.writeHead(401, { 'content-type': 'text/plain; charset=utf-8' }).end('inloggning krävs');
      }
      const fault = faults.get(urlPath);
      const file = await find(urlPath);
      if (fault?.kind === 'status') {
        log(fault.status);
        const headers = { 'content-type': 'text/plain' };
        const head = fault.statusText ? res.writeHead(fault.status, fault.statusText, headers) : res.writeHead(fault.status, headers);
        return void head.end('fel');
      }
      if (fault?.kind === 'redirect') {
        log(302);
        return void res.writeHead(302, { location: fault.location }).end();
      }
      if (fault?.kind === 'bottomless') {
        log(200);
        res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-cache' });
        // Written until the socket's buffer is full, then again on each drain.
        const more = () => {
          let room = true;
          while (room && !res.destroyed) room = res.write(FILLER);
        };
        res.on('drain', more);
        return more();
      }
      if (fault?.kind === 'slow') {
        log(200);
        res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-cache' });
        const body = file && 'body' in file ? file.body : Buffer.from('{}');
        let at = 0;
        const timer = setInterval(() => {
          if (res.destroyed || at >= body.length) return void (clearInterval(timer), res.end());
          res.write(body.subarray(at, ++at));
        }, fault.everyMs);
        res.on('close', () => clearInterval(timer));
        return;
      }
      if (!file) {
        log(404);
        return void res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('finns inte');
      }
      if ('redirect' in file) {
        log(301);
        return void res.writeHead(301, { location: file.redirect }).end();
      }
      const validators = { etag: file.etag, 'last-modified': file.lastModified.toUTCString(), 'cache-control': 'no-cache' };
      if (notModified(req, file)) {
        log(304);
        return void res.writeHead(304, validators).end();
      }
      log(200);
      res.writeHead(200, { ...validators, 'content-type': file.type, 'content-length': file.body.length });
      if (req.method === 'HEAD') return void res.end();
      if (fault?.kind === 'cut') {
        // Half the body, then the connection drops: a sync interrupted mid-download.
        res.write(file.body.subarray(0, file.body.length >> 1), () => res.destroy());
        return;
      }
      res.end(file.body);
    })().catch(() => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('serverfel');
    });
  });

  let bound: number | null = null;
  for (let i = 0; bound === null; i++) {
    try {
      bound = await listen(server, port === 0 ? 0 : port + i);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE' || port === 0 || i + 1 >= tries) throw error;
    }
  }

  return {
    origin: `http://127.0.0.1:${bound}`,
    port: bound,
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
    mount,
    fault(urlPath, fault) {
      if (fault) faults.set(urlPath, fault);
      else faults.delete(urlPath);
    },
    setHeaders(headers) {
      extraHeaders = headers;
    },
    requireCookie(cookie) {
      requiredCookie = cookie;
    },
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
