import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import path from 'node:path';

/**
 * The demo's one HTTP server: folders mounted under URL prefixes, on 127.0.0.1 only. Every
 * answer says `no-cache`, so a rebuilt feed or pane is seen on the next request.
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

export interface Mount {
  /** URL prefix ending in a slash: `/`, `/feed/`. */
  prefix: string;
  dir: string;
}

export interface StaticServer {
  origin: string;
  port: number;
  close(): Promise<void>;
}

/** The file a URL path names under the mounts (longest prefix first; `index.html` for folders), or null. */
async function resolveFile(mounts: readonly Mount[], urlPath: string): Promise<string | null> {
  for (const { prefix, dir } of mounts) {
    if (!urlPath.startsWith(prefix)) continue;
    const root = path.resolve(dir);
    let file = path.join(root, path.normalize(`/${urlPath.slice(prefix.length)}`));
    if (file !== root && !file.startsWith(root + path.sep)) continue;
    const info = await stat(file).catch(() => null);
    if (info?.isDirectory()) {
      file = path.join(file, 'index.html');
      if (!(await stat(file).catch(() => null))?.isFile()) continue;
    } else if (!info?.isFile()) continue;
    return file;
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
 * Serves `mounts` on `port`, or on the next free one of the `tries` after it when it is taken
 * (port 0: any free port).
 */
export async function startStaticServer(mounts: readonly Mount[], port: number, tries = 20): Promise<StaticServer> {
  const sorted = [...mounts].sort((a, b) => b.prefix.length - a.prefix.length);
  const server = createServer((req, res) => {
    void (async () => {
      let urlPath: string;
      try {
        urlPath = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
      } catch {
        return void res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' }).end('felaktig adress');
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') return void res.writeHead(405, { allow: 'GET, HEAD' }).end();
      const file = await resolveFile(sorted, urlPath);
      if (!file) return void res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('finns inte');
      // A folder without a trailing slash: its relative links resolve only after a redirect.
      if (file.endsWith(`${path.sep}index.html`) && !urlPath.endsWith('/') && !urlPath.endsWith('index.html')) {
        return void res.writeHead(301, { location: `${urlPath}/` }).end();
      }
      const body = await readFile(file);
      res.writeHead(200, {
        'content-type': TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
        'content-length': body.length,
        'cache-control': 'no-cache',
      });
      res.end(req.method === 'HEAD' ? undefined : body);
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
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
