import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCli } from '../scripts/build-cli.ts';
import type { Benchmark } from './result.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = 21;

/** Median wall time of a Node process, in ms; one warm-up run first (the file cache). */
function medianMs(args: string[]): number {
  spawnSync(process.execPath, args, { cwd: root });
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    const run = spawnSync(process.execPath, args, { cwd: root });
    if (run.status !== 0) throw new Error(`${args.join(' ')} ended with ${run.status}: ${run.stderr}`);
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[RUNS >> 1]!;
}

export const benchmark: Benchmark = {
  name: 'cli-start',
  async run() {
    await buildCli();
    const bare = medianMs(['-e', '0']);
    const built = medianMs(['bin/protokoll.js', '--help']);
    const sources = medianMs(['--no-warnings', '--input-type=module', '-e', "(await import('./cli/main.ts')).main(['--help'])"]);
    return [
      {
        figure: '`protokoll --help` start-up, built CLI',
        measured: built,
        unit: 'ms',
        budget: { text: '≤ 3× `node -e 0`', met: built <= 3 * bare },
        note: `median of ${RUNS}; \`node -e 0\` ${bare.toFixed(0)} ms (${(built / bare).toFixed(1)}×); from the TypeScript sources through type stripping ${sources.toFixed(0)} ms`,
      },
    ];
  },
};
