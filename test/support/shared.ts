import { existsSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../cli/project-paths.ts';

export { projectRoot };
export const sharedRoot = path.resolve(projectRoot, '../shared');

/**
 * The absolute path of a file under ../shared/, or null when it is absent. Absence is said
 * loudly, once per path, so that a clone without shared/ skips these tests visibly; in CI
 * shared/ is present and they run.
 */
const warned = new Set<string>();
export function sharedFile(relative: string): string | null {
  const file = path.join(sharedRoot, relative);
  if (existsSync(file)) return file;
  if (!warned.has(file)) {
    warned.add(file);
    console.warn(`\n*** SKIPPING: ${file} is missing; tests that read ../shared/${relative} do not run ***\n`);
  }
  return null;
}
