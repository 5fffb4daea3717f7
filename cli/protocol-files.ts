import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { PROTOCOL_EXTENSIONS } from '../core/read/read.ts';
import { UsageError } from './command.ts';

export interface ProtocolFile {
  /** Where to read it. */
  absolute: string;
  /** How the feed names it: relative to the folder given, `/`-separated; a file given by itself is named by its base name. */
  name: string;
}

// Hidden files and Word's lock files (`~$protokoll.docx`) are never protocols.
const ignored = (name: string) => name.startsWith('.') || name.startsWith('~$');
const isProtocolName = (name: string) => PROTOCOL_EXTENSIONS.some((ext) => name.toLowerCase().endsWith(ext));

async function walk(root: string, dir: string, out: ProtocolFile[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (ignored(entry.name)) continue;
    const absolute = path.join(dir, entry.name);
    // Symbolic links to folders are not followed: they can loop.
    if (entry.isDirectory()) await walk(root, absolute, out);
    else if ((entry.isFile() || entry.isSymbolicLink()) && isProtocolName(entry.name)) {
      out.push({ absolute, name: path.relative(root, absolute).split(path.sep).join('/') });
    }
  }
}

/**
 * The protocol files under the given paths, in a stable order: folders are walked for .pdf, .docx
 * and .txt files; a file named by itself is read whatever its name. A path that does not exist is
 * bad usage.
 */
export async function protocolFiles(paths: string[], cwd: string): Promise<ProtocolFile[]> {
  const out: ProtocolFile[] = [];
  for (const given of paths) {
    const absolute = path.resolve(cwd, given);
    let info;
    try {
      info = await stat(absolute);
    } catch {
      throw new UsageError(`${given} finns inte`);
    }
    if (info.isDirectory()) await walk(absolute, absolute, out);
    else out.push({ absolute, name: path.basename(absolute) });
  }
  return out;
}
