#!/usr/bin/env node
// Plain JavaScript so that an old Node gets a clear message instead of a syntax error.
// The message is Swedish as all the CLI's words are.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 18)) {
  process.stderr.write(
    `protokoll: Node ${process.versions.node} är för gammal; Node 24 behövs. ` +
      'I projektets mapp: `source scripts/node24.sh`. Annars: installera Node 24 från nodejs.org eller med din pakethanterare.\n',
  );
  process.exit(2);
}

// A reader that stops early (`protokoll rules | head -1`) closes the pipe: that ends the output, it is no error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const built = join(root, 'dist/cli/main.mjs');

/**
 * The built CLI (npm run build:cli) starts several times faster than the TypeScript sources; in a
 * checkout it is used only while no source it was built from has changed since.
 */
function builtIsCurrent() {
  if (!existsSync(built)) return false;
  const builtAt = statSync(built).mtimeMs;
  const inputs = JSON.parse(readFileSync(join(root, 'dist/cli/inputs.json'), 'utf8'));
  return inputs.every((file) => {
    const source = join(root, file);
    return !existsSync(source) || statSync(source).mtimeMs <= builtAt;
  });
}

const { main } = await import(builtIsCurrent() ? built : '../cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
