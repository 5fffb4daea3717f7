import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.css': 'text/css',
};

export interface StaticServer {
  url: string;
  close(): Promise<void>;
  /** Extra routes served from memory (a generated page, a library build). */
  routes: Map<string, { type: string; body: string | Buffer }>;
}

/** Serves a folder (and in-memory routes) on 127.0.0.1 at a free port. */
export async function serveStatic(dir: string): Promise<StaticServer> {
  const routes = new Map<string, { type: string; body: string | Buffer }>();
  const server: Server = createServer(async (req, res) => {
    const urlPath = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const route = routes.get(urlPath);
    if (route) {
      res.writeHead(200, { 'content-type': route.type });
      res.end(route.body);
      return;
    }
    const file = path.join(dir, path.normalize(urlPath).replace(/^(\.\.[/\\])+/, ''));
    if (!file.startsWith(dir)) return void res.writeHead(403).end();
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return {
    url: `http://127.0.0.1:${address.port}`,
    routes,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
