import { execFile } from 'node:child_process';
import { mkdir, readdir, rmdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { build } from 'vite';
import { projectRoot } from '../cli/project-paths.ts';

/**
 * The builds the demo, the tests and the benchmarks run. The Chromium build of the extension is
 * built at most once per run: it is rebuilt only when a source file is newer than the built
 * manifest, and test files running in parallel wait for one build instead of starting their own
 * (a lock directory, which every WXT build here takes). It is the demo build (PROTOKOLL_DEMO_BUILD,
 * see wxt.config.ts), which runs on the loopback server, in a folder of its own beside the
 * production package of `npm run build`.
 */

const DEMO_OUT_DIR = path.join(projectRoot, '.output/demo');
export const CHROME_BUILD_DIR = path.join(DEMO_OUT_DIR, 'chrome-mv3');
/** What makes a WXT build the demo build. */
const DEMO_BUILD = { PROTOKOLL_DEMO_BUILD: '1', PROTOKOLL_OUT_DIR: DEMO_OUT_DIR };
const SOURCES = ['extension', 'core', 'wxt.config.ts', 'package.json'];
const LOCK = path.join(projectRoot, '.output/.build-lock');

async function newestMtime(entry: string): Promise<number> {
  const info = await stat(entry).catch(() => null);
  if (!info) return 0;
  if (!info.isDirectory()) return info.mtimeMs;
  const children = await readdir(entry);
  const times = await Promise.all(children.map((c) => newestMtime(path.join(entry, c))));
  return Math.max(info.mtimeMs, ...times);
}

async function isFresh(): Promise<boolean> {
  const built = await stat(path.join(CHROME_BUILD_DIR, 'manifest.json')).catch(() => null);
  if (!built) return false;
  const newest = Math.max(...(await Promise.all(SOURCES.map((s) => newestMtime(path.join(projectRoot, s))))));
  return newest <= built.mtimeMs;
}

async function withLock<T>(work: () => Promise<T>): Promise<T> {
  await mkdir(path.dirname(LOCK), { recursive: true });
  const started = Date.now();
  for (;;) {
    try {
      await mkdir(LOCK);
      break;
    } catch {
      // Another test file is building; a lock older than five minutes is a leftover of a killed run.
      const info = await stat(LOCK).catch(() => null);
      if (info && Date.now() - info.mtimeMs > 300_000) await rmdir(LOCK).catch(() => undefined);
      if (Date.now() - started > 300_000) throw new Error('timed out waiting for the extension build lock');
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  try {
    return await work();
  } finally {
    await rmdir(LOCK).catch(() => undefined);
  }
}

async function wxtBuild(env: Record<string, string> = {}, args: string[] = []): Promise<void> {
  await promisify(execFile)(process.execPath, [path.join(projectRoot, 'node_modules/wxt/bin/wxt.mjs'), 'build', ...args], {
    cwd: projectRoot,
    env: { ...process.env, ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
}

let built: Promise<string> | null = null;

/** The demo build for Chromium, built if stale. */
export function builtExtension(): Promise<string> {
  built ??= withLock(async () => {
    if (!(await isFresh())) await wxtBuild(DEMO_BUILD);
    return CHROME_BUILD_DIR;
  });
  return built;
}

/**
 * An organisation's own package, a production one as it ships, built with its defaults file
 * (PROTOKOLL_DEFAULTS) into `<outDir>/chrome-mv3`. Always built: its defaults are the point.
 */
export async function buildOrganisationPackage(defaultsFile: string, outDir: string): Promise<string> {
  // Under the same lock: two WXT builds in one project would write its .wxt folder at once.
  await withLock(() => wxtBuild({ PROTOKOLL_DEFAULTS: defaultsFile, PROTOKOLL_OUT_DIR: outDir }));
  return path.join(outDir, 'chrome-mv3');
}

/**
 * An organisation's packages for Chromium and Firefox, as `npm run build:org` ships them, built
 * from its organisation file (PROTOKOLL_ORG, see wxt.config.ts) into `<outDir>/chrome-mv3` and
 * `<outDir>/firefox-mv2`.
 */
export async function buildOrganisationPackages(organisationFile: string, outDir: string): Promise<{ chromium: string; firefox: string }> {
  const env = { PROTOKOLL_ORG: organisationFile, PROTOKOLL_OUT_DIR: outDir };
  await withLock(async () => {
    await wxtBuild(env);
    await wxtBuild(env, ['-b', 'firefox']);
  });
  return { chromium: path.join(outDir, 'chrome-mv3'), firefox: path.join(outDir, 'firefox-mv2') };
}

/** The demo build for Firefox (as `npm run build`'s second output, with the loopback sites), built into `<outDir>/firefox-mv2`. */
export async function buildFirefoxPackage(outDir: string): Promise<string> {
  await withLock(() => wxtBuild({ ...DEMO_BUILD, PROTOKOLL_OUT_DIR: outDir }, ['-b', 'firefox']));
  return path.join(outDir, 'firefox-mv2');
}

/**
 * The add-in's pages (`taskpane.html` for Word, `demo.html` over a document in memory) built into
 * `outDir`; `feedUrl`, when given, is the history feed the pane reads (PROTOKOLL_FEED_URL).
 */
export async function buildAddin(outDir: string, feedUrl?: string): Promise<string> {
  const before = process.env.PROTOKOLL_FEED_URL;
  if (feedUrl !== undefined) process.env.PROTOKOLL_FEED_URL = feedUrl;
  try {
    await build({
      configFile: path.join(projectRoot, 'word-addin/vite.config.ts'),
      logLevel: 'error',
      build: { outDir, emptyOutDir: true },
    });
  } finally {
    if (before === undefined) delete process.env.PROTOKOLL_FEED_URL;
    else process.env.PROTOKOLL_FEED_URL = before;
  }
  return outDir;
}
