import { spawn, spawnSync, type ChildProcess, type SpawnSyncOptions } from 'node:child_process';
import { chmodSync, chownSync, copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { availableParallelism, hostname } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FeedManifest, FeedShard } from '../../core/history/feed.ts';
import { sha256Hex } from '../../core/history/hash.ts';
import { LOCK_FILE } from '../../cli/feed-lock.ts';
import { projectRoot } from '../support/shared.ts';
import { useTempDirs } from '../read/temp-dirs.ts';

// `protokoll index` as a real process on real folders: what a nightly job does to a published feed.
const tempDir = useTempDirs();
const bin = path.join(projectRoot, 'bin/protokoll.js');
const fixtures = path.join(projectRoot, 'test/fixtures/protocols');
const examples = path.join(projectRoot, 'examples/protocols');
/** Root reads every file whatever its mode, so unreadable files are tested as nobody. */
const asRoot = process.getuid?.() === 0;
const NOBODY = 65534;
/**
 * Whether an unprivileged user can run the CLI from this checkout at all: a clone under a folder
 * only root may enter cannot be tested for unreadable files. Said loudly, then those tests skip.
 */
const unreadableTestable = !asRoot || spawnSync(process.execPath, [bin, '--help'], { uid: NOBODY, gid: NOBODY }).status === 0;
if (!unreadableTestable) {
  console.warn(`\n*** SKIPPING the unreadable-archive tests: user nobody cannot run ${bin} with ${process.execPath} (a folder on the way is closed to others) ***\n`);
}

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  out: string;
  err: string;
}

function protokoll(args: string[], cwd: string, options: { unprivileged?: boolean } = {}): Run {
  const spawnOptions: SpawnSyncOptions = { cwd, encoding: 'utf8' };
  if (options.unprivileged && asRoot) Object.assign(spawnOptions, { uid: NOBODY, gid: NOBODY });
  const result = spawnSync(process.execPath, [bin, ...args], spawnOptions);
  return { code: result.status, signal: result.signal, out: String(result.stdout), err: String(result.stderr) };
}

/** The same, without waiting: for runs side by side. */
function started(args: string[], cwd: string, env: Record<string, string> = {}): { child: ChildProcess; done: Promise<Run> } {
  const child = spawn(process.execPath, [bin, ...args], { cwd, env: { ...process.env, ...env } });
  let out = '';
  let err = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (err += d));
  return { child, done: new Promise((resolve) => child.on('close', (code, signal) => resolve({ code, signal, out, err }))) };
}

/** Every file of a folder with its bytes, the lock excluded. */
function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && e.name !== LOCK_FILE)
      .map((e) => [path.relative(dir, path.join(e.parentPath, e.name)), readFileSync(path.join(e.parentPath, e.name), 'latin1')]),
  );
}

/** What a client syncing now would get: the manifest's cases, each shard checked against the manifest. Throws on a torn feed. */
function clientView(dir: string): string[] {
  const manifest = FeedManifest.parse(JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')));
  const cases: string[] = [];
  for (const ref of manifest.shards) {
    const bytes = readFileSync(path.join(dir, ref.path));
    expect(sha256Hex(bytes), ref.path).toBe(ref.sha256);
    expect(bytes.length).toBe(ref.bytes);
    cases.push(...FeedShard.parse(JSON.parse(bytes.toString('utf8'))).cases.map((c) => c.caseNumber));
  }
  expect(cases).toHaveLength(manifest.counts.cases);
  return cases.sort();
}

/** A working folder with `arkiv/` holding the given protocol files and a feed published from them in `feed/`. */
function published(files: string[], options: { unprivileged?: boolean } = {}) {
  const dir = tempDir('publish');
  const archive = path.join(dir, 'arkiv');
  mkdirSync(archive);
  for (const file of files) copyFileSync(file, path.join(archive, path.basename(file)));
  if (options.unprivileged && asRoot) chownTree(dir);
  expect(protokoll(['index', 'arkiv', '--out', 'feed'], dir, options).code).toBe(0);
  return { dir, archive, feed: path.join(dir, 'feed') };
}

function chownTree(dir: string) {
  chmodSync(dir, 0o755);
  chownSync(dir, NOBODY, NOBODY);
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) chownSync(path.join(e.parentPath, e.name), NOBODY, NOBODY);
}

const three = [path.join(fixtures, 'run-2025-03-04.txt'), path.join(fixtures, 'runau-2025-02-11.txt'), path.join(examples, 'regionstyrelsen-2025-04-01.txt')];

describe('protokoll index never publishes an empty or shrunken feed by accident', () => {
  it('leaves the feed byte for byte as it was, says why and exits 3 when the archive is empty', () => {
    const { dir, archive, feed } = published(three);
    const before = snapshot(feed);
    rmSync(archive, { recursive: true });
    mkdirSync(archive);
    const run = protokoll(['index', 'arkiv', '--out', 'feed'], dir);
    expect(run.code).toBe(3);
    expect(run.err).toContain('Flödet publicerades inte: inga protokollfiler hittades. Det publicerade flödet i feed är orört.');
    expect(run.err).toContain('--allow-shrink');
    expect(snapshot(feed)).toEqual(before);
    expect(existsSync(path.join(feed, LOCK_FILE))).toBe(false);
  });

  it.skipIf(!unreadableTestable)('leaves the feed as it was when no file can be read (a share gone, a permissions change)', () => {
    const { dir, archive, feed } = published(three, { unprivileged: true });
    const before = snapshot(feed);
    for (const name of readdirSync(archive)) chmodSync(path.join(archive, name), 0);
    const files = protokoll(['index', 'arkiv', '--out', 'feed'], dir, { unprivileged: true });
    expect(files.code).toBe(3);
    expect(files.out).toContain('Läste 0 av 3 filer, hoppade över 3:');
    expect(files.out).toMatch(/^  run-2025-03-04\.txt: .*åtkomst nekad/m);
    expect(files.err).toContain('Flödet publicerades inte: ingen av de 3 protokollfilerna kunde läsas.');
    chmodSync(archive, 0);
    const folder = protokoll(['index', 'arkiv', '--out', 'feed'], dir, { unprivileged: true });
    expect(folder.code).toBe(3);
    expect(folder.out).toContain('arkiv/: mappen kan inte läsas (åtkomst nekad)');
    expect(snapshot(feed)).toEqual(before);
  });

  it('refuses to drop more than --max-shrink percent of the published cases, unless --allow-shrink', () => {
    const { dir, archive, feed } = published(three);
    const before = snapshot(feed);
    const cases = clientView(feed);
    rmSync(path.join(archive, 'regionstyrelsen-2025-04-01.txt'));
    const refused = protokoll(['index', 'arkiv', '--out', 'feed'], dir);
    expect(refused.code).toBe(3);
    expect(refused.err).toMatch(/körningen skulle ta bort 5 av 13 publicerade ärenden \(38 %, gränsen är 10 %\)/);
    expect(snapshot(feed)).toEqual(before);
    expect(protokoll(['index', 'arkiv', '--out', 'feed', '--max-shrink', '40'], dir).code).toBe(0);
    expect(clientView(feed)).toHaveLength(cases.length - 5);

    rmSync(archive, { recursive: true });
    mkdirSync(archive);
    const emptied = protokoll(['index', 'arkiv', '--out', 'feed', '--allow-shrink'], dir);
    expect(emptied.code).toBe(0);
    expect(clientView(feed)).toEqual([]);
  });
});

describe('protokoll index publishes atomically', () => {
  it('leaves a feed whose manifest matches its shards wherever the run is killed, and the next run finishes the job', async () => {
    const { dir, archive, feed } = published(three);
    const old = clientView(feed).join();
    const lastNight = path.join(dir, 'feed-last-night');
    cpSync(feed, lastNight, { recursive: true });
    // Tonight one protocol more: shards are added and replaced, and the replaced ones removed at once.
    copyFileSync(path.join(examples, 'regionstyrelsens-arbetsutskott-2025-03-11.txt'), path.join(archive, 'rsau.txt'));
    const args = (out: string) => ['index', 'arkiv', '--out', out, '--keep-old-shards-minutes', '0'];
    expect(protokoll(args('feed'), dir).code).toBe(0);
    const tonight = clientView(feed).join();
    expect(tonight).not.toBe(old);

    /** Kills a run at `step` on a copy of last night's feed; null when the run had fewer steps and finished. */
    const killedAt = async (step: number): Promise<'old' | 'tonight' | null> => {
      const out = `feed-${step}`;
      cpSync(lastNight, path.join(dir, out), { recursive: true });
      const run = await started(args(out), dir, { PROTOKOLL_TEST_KILL_AT_FEED_STEP: String(step) }).done;
      if (run.signal === null) return null;
      expect(run.signal).toBe('SIGKILL');
      const view = clientView(path.join(dir, out)).join();
      expect([old, tonight]).toContain(view);
      // The killed run's lock is stale: the next run takes it over and completes the feed.
      const next = await started(args(out), dir).done;
      expect(next.code, next.err).toBe(0);
      expect(next.err).toContain('Tog över låset efter en avbruten körning');
      expect(clientView(path.join(dir, out)).join()).toBe(tonight);
      expect(readdirSync(path.join(dir, out), { recursive: true }).filter((f) => String(f).endsWith('.tmp'))).toEqual([]);
      return view === old ? 'old' : 'tonight';
    };
    const killed: ('old' | 'tonight')[] = [];
    const width = Math.max(4, availableParallelism());
    for (let from = 1; killed.length === from - 1; from += width) {
      const batch = await Promise.all(Array.from({ length: width }, (_, i) => killedAt(from + i)));
      killed.push(...batch.slice(0, batch.includes(null) ? batch.indexOf(null) : width).map((v) => v!));
    }
    expect(killed.length).toBeGreaterThan(8);
    // Kills came before the manifest was renamed and after it (while old shards were removed).
    expect(killed).toContain('old');
    expect(killed).toContain('tonight');
  }, 180_000);
});

describe('protokoll index takes the feed folder for itself', () => {
  it('lets a second run on the same --out fail with a clear message while the first one runs, and the first finishes', async () => {
    const { dir, archive, feed } = published(three);
    const before = snapshot(feed);
    // Enough PDFs that the first run is still reading when it is paused.
    for (let i = 0; i < 20; i++) {
      mkdirSync(path.join(archive, `kopia-${i}`));
      copyFileSync(path.join(fixtures, 'run-2025-03-04.pdf'), path.join(archive, `kopia-${i}`, 'run.pdf'));
    }
    const first = started(['index', 'arkiv', '--out', 'feed'], dir);
    const lock = path.join(feed, LOCK_FILE);
    while (!existsSync(lock) || !readFileSync(lock, 'utf8')) await new Promise((r) => setTimeout(r, 2));
    first.child.kill('SIGSTOP');
    const second = protokoll(['index', 'arkiv', '--out', 'feed'], dir);
    first.child.kill('SIGCONT');
    expect(second.code).toBe(3);
    expect(second.err).toContain(`Flödet i feed skrivs redan av en annan körning (process ${first.child.pid} på ${hostname()}, startad `);
    expect(second.err).toContain(`ta bort ${lock}`);
    expect(second.out).toBe('');
    const done = await first.done;
    expect(done.code, done.err).toBe(0);
    expect(snapshot(feed)).not.toEqual(before);
    expect(existsSync(lock)).toBe(false);
  });

  it('refuses an --out that is a file at once, before reading anything', () => {
    const dir = tempDir('publish');
    writeFileSync(path.join(dir, 'feed'), 'inte en mapp');
    const run = protokoll(['index', examples, '--out', 'feed'], dir);
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/^protokoll index: --out feed är en fil, inte en mapp\n/);
    expect(run.out).toBe('');
    expect(readFileSync(path.join(dir, 'feed'), 'utf8')).toBe('inte en mapp');
  });
});

describe('protokoll index on an archive with holes', () => {
  it.skipIf(!unreadableTestable)('names and skips a folder it may not read, and indexes the rest', () => {
    const dir = tempDir('publish');
    const archive = path.join(dir, 'arkiv');
    mkdirSync(path.join(archive, '2024', 'hemligt'), { recursive: true });
    copyFileSync(path.join(fixtures, 'runau-2025-02-11.txt'), path.join(archive, '2024', 'runau.txt'));
    copyFileSync(path.join(fixtures, 'run-2025-03-04.txt'), path.join(archive, '2024', 'hemligt', 'run.txt'));
    if (asRoot) chownTree(dir);
    chmodSync(path.join(archive, '2024', 'hemligt'), 0);
    const run = protokoll(['index', 'arkiv', '--out', 'feed'], dir, { unprivileged: true });
    expect(run.code, run.err).toBe(1);
    expect(run.out).toContain('Läste 1 av 1 fil, hoppade över 1 mapp:\n  2024/hemligt/: mappen kan inte läsas (åtkomst nekad)\n');
    expect(run.err).toContain('hoppar över 2024/hemligt/: mappen kan inte läsas (åtkomst nekad)');
    expect(clientView(path.join(dir, 'feed'))).toContain('RUN 318-2024');
  });

  it('names and skips links to files outside the archive; links inside it are read', () => {
    const dir = tempDir('publish');
    const archive = path.join(dir, 'arkiv');
    mkdirSync(path.join(archive, 'länkar'), { recursive: true });
    copyFileSync(path.join(fixtures, 'runau-2025-02-11.txt'), path.join(archive, 'runau.txt'));
    symlinkSync(path.join(archive, 'runau.txt'), path.join(archive, 'länkar', 'samma.txt'));
    symlinkSync(path.join(fixtures, 'run-2025-03-04.txt'), path.join(archive, 'länkar', 'utanför.txt'));
    symlinkSync(path.join(archive, 'borta.txt'), path.join(archive, 'länkar', 'trasig.txt'));
    const run = protokoll(['index', 'arkiv', '--out', 'feed'], dir);
    expect(run.code).toBe(1);
    expect(run.out).toContain(`  länkar/utanför.txt: länken pekar ut ur arkivet (till ${path.join(fixtures, 'run-2025-03-04.txt')})\n`);
    expect(run.out).toContain('  länkar/trasig.txt: länken pekar på något som inte finns\n');
    expect(run.out).toContain('Läste 2 av 4 filer, hoppade över 2:');
    expect(clientView(path.join(dir, 'feed'))).not.toContain('RUN 22-2025');
  });
});
