import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The project's own example protocol, checked when `protokoll check` is given no file. */
export const EXAMPLE_PROTOCOL = path.join(projectRoot, 'examples/protocols/regionstyrelsens-arbetsutskott-2025-03-11.txt');
