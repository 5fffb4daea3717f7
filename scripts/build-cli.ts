/**
 * Builds the CLI into dist/cli/: the TypeScript sources bundled by esbuild, one chunk per command,
 * so that `protokoll --help` starts without type stripping or loading every command. Packages stay
 * outside the bundle (installed beside it). `inputs.json` lists the sources, so that bin/protokoll.js
 * can tell a stale build from a fresh one in a checkout.
 *   npm run build:cli
 */
import { build } from 'esbuild';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const CLI_BUILD_DIR = path.join(root, 'dist/cli');

export async function buildCli(outDir: string = CLI_BUILD_DIR): Promise<string[]> {
  const result = await build({
    absWorkingDir: root,
    entryPoints: { main: 'cli/main.ts', 'read-worker': 'cli/read-worker.ts' },
    outdir: outDir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node24',
    packages: 'external',
    chunkNames: 'chunk-[hash]',
    metafile: true,
    logLevel: 'warning',
  });
  const inputs = Object.keys(result.metafile.inputs).sort();
  await writeFile(path.join(outDir, 'inputs.json'), JSON.stringify(inputs) + '\n');
  return inputs;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const inputs = await buildCli();
  process.stdout.write(`CLI byggt i ${path.relative(process.cwd(), CLI_BUILD_DIR) || '.'} av ${inputs.length} källfiler\n`);
}
