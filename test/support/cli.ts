import { main } from '../../cli/main.ts';
import { projectRoot } from './shared.ts';

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

/** Runs the CLI in-process with captured output, as `protokoll ARGS` in `cwd`. */
export async function runCli(args: string[], options: { cwd?: string; isTTY?: boolean } = {}): Promise<CliRun> {
  const run = { out: '', err: '' };
  const code = await main(args, {
    stdout: (t) => void (run.out += t),
    stderr: (t) => void (run.err += t),
    isTTY: options.isTTY ?? false,
    cwd: options.cwd ?? projectRoot,
  });
  return { code, ...run };
}
