import { execFile } from 'node:child_process';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { projectRoot } from '../../cli/project-paths.ts';
import { buildAddin, builtExtension, CHROME_BUILD_DIR } from '../../harness/builds.ts';
import { startLoopbackServer, type LoopbackServer } from '../../harness/loopback-server.ts';

/**
 * The parts of the demo and where they go: the extension's Chromium demo build (`.output/demo/chrome-mv3`,
 * the same build the end-to-end tests use, which runs on 127.0.0.1), the add-in built into `.demo/uppgiftsfonster`, the
 * history feed written by `protokoll index` from `examples/protocols` into `.demo/feed`, all
 * served by one server on 127.0.0.1.
 */

/** Where the demo's builds and browser profile go; PROTOKOLL_DEMO_DIR moves them (the tests use a folder of their own). */
export const DEMO_DIR = path.resolve(projectRoot, process.env.PROTOKOLL_DEMO_DIR || '.demo');
export const ADDIN_DIR = path.join(DEMO_DIR, 'uppgiftsfonster');
export const FEED_DIR = path.join(DEMO_DIR, 'feed');
export const PROTOCOLS_DIR = path.join(projectRoot, 'examples/protocols');
export const DEMO_PAGE_DIR = path.join(projectRoot, 'demo');
/** The demo browser's profile, kept between runs. */
export const PROFILE_DIR = path.join(DEMO_DIR, 'chromium');
export const DEFAULT_PORT = 8080;

/** URL paths on the demo server. */
export const PATHS = {
  page: '/',
  feed: '/feed/',
  manifest: '/feed/manifest.json',
  taskpane: '/uppgiftsfonster/demo.html',
  protocols: '/protokoll/',
} as const;

export type Log = (line: string) => void;

export function relative(file: string): string {
  return path.relative(projectRoot, file) || '.';
}

/**
 * `protokoll index` over the example protocols, its source links pointing at the protocols as the
 * demo server serves them. Returns the CLI's summary lines.
 */
export async function buildFeed(origin: string): Promise<string[]> {
  await rm(FEED_DIR, { recursive: true, force: true });
  const { stdout, stderr } = await promisify(execFile)(
    process.execPath,
    [path.join(projectRoot, 'bin/protokoll.js'), 'index', PROTOCOLS_DIR, '--out', FEED_DIR, '--base-url', `${origin}${PATHS.protocols}`],
    { cwd: projectRoot, env: { ...process.env, NO_COLOR: '1' } },
  );
  return `${stdout}\n${stderr}`
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !/^\d+\/\d+ filer/.test(l));
}

/** The one server: the demo page at `/`, the feed, the task pane and the protocols the feed links to. */
export function serveDemo(port: number): Promise<LoopbackServer> {
  return startLoopbackServer({
    port,
    mounts: { [PATHS.page]: DEMO_PAGE_DIR, [PATHS.feed]: FEED_DIR, '/uppgiftsfonster/': ADDIN_DIR, [PATHS.protocols]: PROTOCOLS_DIR },
  });
}

/** PORT from the environment (0: any free port), else the default. */
export function portFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const text = env.PORT?.trim();
  if (!text) return DEFAULT_PORT;
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT ska vara ett portnummer (0–65535), inte "${text}"`);
  return port;
}

export interface RunningDemo {
  server: LoopbackServer;
  extensionDir: string;
  addinDir: string;
  feedSummary: string[];
  url(pathname: string): string;
  close(): Promise<void>;
}

/** Builds every part and serves them; `log` hears each step as it starts. */
export async function startDemo(port: number, log: Log): Promise<RunningDemo> {
  log(`Bygger webbläsartillägget (Chromium) till ${relative(CHROME_BUILD_DIR)} …`);
  const extensionDir = await builtExtension();
  log(`Bygger Word-tillägget till ${relative(ADDIN_DIR)} …`);
  // The feed as a relative address, so the pane finds it on whatever port the demo runs.
  const addinDir = await buildAddin(ADDIN_DIR, `..${PATHS.feed}`);
  const server = await serveDemo(port);
  log(`Bygger historikflödet från ${relative(PROTOCOLS_DIR)} med protokoll index till ${relative(FEED_DIR)} …`);
  const feedSummary = await buildFeed(server.origin).catch(async (error: unknown) => {
    await server.close();
    throw error;
  });
  return { server, extensionDir, addinDir, feedSummary, url: (p) => `${server.origin}${p}`, close: () => server.close() };
}
