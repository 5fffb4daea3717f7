import { rename, rm, writeFile } from 'node:fs/promises';
import { InputError } from './command.ts';

/**
 * Writes a file next to its target and renames it into place, so a failed write never leaves half
 * a document; a failure is an input error naming the file as the user wrote it.
 */
export async function writeWholeFile(file: string, bytes: Uint8Array, shownName: string): Promise<void> {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    await writeFile(temporary, bytes);
    await rename(temporary, file);
  } catch (error) {
    // Where the folder itself is the problem there is no temporary file to remove either.
    await rm(temporary, { force: true }).catch(() => undefined);
    throw new InputError(`kunde inte skriva ${shownName}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}
