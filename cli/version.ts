import { readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from './project-paths.ts';

/** The version of the installed package, as `npm pack` stamped it. */
export const PROTOKOLL_VERSION: string = JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')).version;
