import { mkdir, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { indexCommand } from '../cli/commands/index-command.ts';
import type { Io } from '../cli/command.ts';
import type { Benchmark, BenchResult } from './result.ts';
import { generateProtocol } from './support/generate-protocol-archive.ts';

const PROTOCOLS = 1000;
const PARAGRAPHS = 30;
const SIZES = [100, 250, 500, 1000];
const BUDGET_SECONDS = 20;

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const silent: Io = { stdout: () => {}, stderr: () => {}, isTTY: false, cwd: tmpdir() };

async function dirBytes(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += (await stat(path.join(entry.parentPath, entry.name))).size;
  }
  return total;
}

/**
 * Runs `protokoll index` over the given files: wall time, CPU time (steadier than wall time on a
 * machine shared with other work, so growth is judged on it), peak heap above the start, the feed's size.
 */
async function indexRun(files: string[], out: string): Promise<{ seconds: number; cpuSeconds: number; peakHeap: number; feedBytes: number; code: number }> {
  gc();
  const base = process.memoryUsage().heapUsed;
  let peak = base;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().heapUsed);
  }, 5);
  const start = performance.now();
  const cpu = process.cpuUsage();
  const code = await indexCommand.run([...files, '--out', out], silent);
  const seconds = (performance.now() - start) / 1000;
  const used = process.cpuUsage(cpu);
  const cpuSeconds = (used.user + used.system) / 1e6;
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().heapUsed);
  return { seconds, cpuSeconds, peakHeap: peak - base, feedBytes: await dirBytes(out), code };
}

export const benchmark: Benchmark = {
  name: 'index',
  async run() {
    const dir = await mkdtemp(path.join(tmpdir(), 'index-bench-'));
    try {
      const files: string[] = [];
      let archiveBytes = 0;
      await mkdir(path.join(dir, 'arkiv'));
      for (let i = 0; i < PROTOCOLS; i++) {
        const { name, text } = generateProtocol(i, PARAGRAPHS);
        const file = path.join(dir, 'arkiv', name);
        await writeFile(file, text);
        archiveBytes += Buffer.byteLength(text);
        files.push(file);
      }
      // One warm-up run so that the first size does not pay for loading and compiling.
      await indexRun(files.slice(0, 20), path.join(dir, 'warm'));

      const runs = new Map<number, Awaited<ReturnType<typeof indexRun>>>();
      for (const n of SIZES) {
        const run = await indexRun(files.slice(0, n), path.join(dir, `feed-${n}`));
        if (run.code !== 0) throw new Error(`protokoll index exited ${run.code} on ${n} protocols`);
        runs.set(n, run);
        process.stderr.write(`  ${n} protokoll: ${run.seconds.toFixed(2)} s (CPU ${run.cpuSeconds.toFixed(2)} s), heap +${(run.peakHeap / 1e6).toFixed(1)} MB, flöde ${(run.feedBytes / 1e6).toFixed(1)} MB\n`);
      }
      const small = runs.get(SIZES[0]!)!;
      const full = runs.get(PROTOCOLS)!;
      const timeGrowth = full.cpuSeconds / small.cpuSeconds;
      const sizeGrowth = PROTOCOLS / SIZES[0]!;
      const memoryPerFeedSmall = small.peakHeap / small.feedBytes;
      const memoryPerFeedFull = full.peakHeap / full.feedBytes;
      const results: BenchResult[] = [
        {
          figure: `index ${PROTOCOLS} protocols × ${PARAGRAPHS} §`,
          measured: full.seconds,
          unit: 's',
          budget: { text: `< ${BUDGET_SECONDS} s`, met: full.seconds < BUDGET_SECONDS },
          note: `${(archiveBytes / 1e6).toFixed(1)} MB of text`,
        },
        { figure: 'index throughput', measured: (PROTOCOLS * PARAGRAPHS) / full.seconds, unit: '§/s' },
        {
          figure: `CPU time growth ${SIZES[0]}→${PROTOCOLS} protocols`,
          measured: timeGrowth,
          unit: '×',
          budget: { text: `linear: ≤ ${(sizeGrowth * 1.3).toFixed(0)}× for ${sizeGrowth}× input`, met: timeGrowth <= sizeGrowth * 1.3 },
          note: SIZES.map((n) => `${n}: ${runs.get(n)!.cpuSeconds.toFixed(2)} s CPU / ${runs.get(n)!.seconds.toFixed(2)} s`).join(', '),
        },
        {
          figure: `peak heap growth at ${PROTOCOLS} protocols`,
          measured: full.peakHeap / 1e6,
          unit: 'MB',
          note: `feed ${(full.feedBytes / 1e6).toFixed(1)} MB; ${SIZES.map((n) => `${n}: +${(runs.get(n)!.peakHeap / 1e6).toFixed(0)} MB`).join(', ')}`,
        },
        {
          figure: 'heap per byte of feed, 1000 vs 100 protocols',
          measured: memoryPerFeedFull / memoryPerFeedSmall,
          unit: '×',
          budget: { text: 'memory grows with the output only: ≤ 1.5×', met: memoryPerFeedFull / memoryPerFeedSmall <= 1.5 },
          note: `${memoryPerFeedSmall.toFixed(1)} → ${memoryPerFeedFull.toFixed(1)} heap bytes per feed byte`,
        },
      ];
      return results;
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  },
};
