import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package's folder: the nearest one up with a package.json, from the sources (cli/) as from the built CLI (dist/cli/). */
function packageRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) return path.resolve(from, '..');
  }
}

export const projectRoot = packageRoot(path.dirname(fileURLToPath(import.meta.url)));

/** The project's own example protocol, checked when `protokoll check` is given no file. */
export const EXAMPLE_PROTOCOL = path.join(projectRoot, 'examples/protocols/regionstyrelsens-arbetsutskott-2025-03-11.txt');
