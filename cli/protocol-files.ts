import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { PROTOCOL_EXTENSIONS } from '../core/read/read.ts';
import { UsageError } from './command.ts';

export interface ProtocolFile {
  /** Where to read it. */
  absolute: string;
  /** How the feed names it: relative to the folder given, `/`-separated; a file given by itself is named by its base name. */
  name: string;
}

/** A folder that could not be listed, or a link that was not followed; named like a file, a folder with a trailing `/`. */
export interface SkippedPath {
  name: string;
  reason: string;
}

// Hidden files and Word's lock files (`~$protokoll.docx`) are never protocols.
const ignored = (name: string) => name.startsWith('.') || name.startsWith('~$');
const isProtocolName = (name: string) => PROTOCOL_EXTENSIONS.some((ext) => name.toLowerCase().endsWith(ext));

function unlistable(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return `mappen kan inte läsas (${code === 'EACCES' || code === 'EPERM' ? 'åtkomst nekad' : (code ?? (error as Error).message)})`;
}

/** Why a link to a file is not followed, or null when it stays inside the archive. */
async function linkOutside(absolute: string, realRoot: string): Promise<string | null> {
  let target: string;
  try {
    target = await realpath(absolute);
  } catch {
    return 'länken pekar på något som inte finns';
  }
  return target.startsWith(realRoot + path.sep) ? null : `länken pekar ut ur arkivet (till ${target})`;
}

interface Walk {
  root: string;
  realRoot: string;
  files: ProtocolFile[];
  skipped: SkippedPath[];
}

const nameIn = (walk: Walk, absolute: string) => path.relative(walk.root, absolute).split(path.sep).join('/');

async function walkFolder(walk: Walk, dir: string): Promise<void> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    // One folder the job may not read (a permissions change, a share not mounted) is named and the rest read.
    walk.skipped.push({ name: `${nameIn(walk, dir) || path.basename(dir)}/`, reason: unlistable(error) });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (ignored(entry.name)) continue;
    const absolute = path.join(dir, entry.name);
    // Symbolic links to folders are not followed: they can loop.
    if (entry.isDirectory()) await walkFolder(walk, absolute);
    else if (entry.isFile() && isProtocolName(entry.name)) walk.files.push({ absolute, name: nameIn(walk, absolute) });
    else if (entry.isSymbolicLink() && isProtocolName(entry.name)) {
      const outside = await linkOutside(absolute, walk.realRoot);
      if (outside) walk.skipped.push({ name: nameIn(walk, absolute), reason: outside });
      else walk.files.push({ absolute, name: nameIn(walk, absolute) });
    }
  }
}

/**
 * The protocol files under the given paths, in a stable order: folders are walked for .pdf, .docx
 * and .txt files; a file named by itself is read whatever its name. A folder that cannot be listed
 * and a link to a file outside the folder given are not read but returned as skipped, with the
 * reason. A path that does not exist is bad usage.
 */
export async function protocolFiles(paths: string[], cwd: string): Promise<{ files: ProtocolFile[]; skipped: SkippedPath[] }> {
  const files: ProtocolFile[] = [];
  const skipped: SkippedPath[] = [];
  for (const given of paths) {
    const absolute = path.resolve(cwd, given);
    let info;
    try {
      info = await stat(absolute);
    } catch {
      throw new UsageError(`${given} finns inte`);
    }
    if (info.isDirectory()) await walkFolder({ root: absolute, realRoot: await realpath(absolute), files, skipped }, absolute);
    else files.push({ absolute, name: path.basename(absolute) });
  }
  return { files, skipped };
}
