import { open, stat } from 'node:fs/promises';
import { readProtocolBytes } from '../core/read/read.ts';
import { readFailure, type ReadResult } from '../core/read/result.ts';
import { byteSize } from '../core/read/byte-size.ts';

/** Protocols are a few megabytes; a file this large is an archive or a mistake, and is refused unread. */
export const MAX_FILE_BYTES = 200 * 1024 * 1024;

function failureOf(error: unknown): ReturnType<typeof readFailure> {
  const code = (error as NodeJS.ErrnoException)?.code;
  const detail =
    code === 'ENOENT' ? 'finns inte' : code === 'EACCES' || code === 'EPERM' ? 'åtkomst nekad' : code === 'EISDIR' ? 'är en mapp' : (error as Error)?.message;
  return readFailure('unreadable', detail);
}

/**
 * Reads a protocol file (.pdf, .docx or .txt, chosen by content) into text with pages. Never throws:
 * a file that cannot be read comes back as `{ ok: false, kind, reason }` with a Swedish reason.
 */
export async function readProtocolFile(path: string, options: { maxBytes?: number } = {}): Promise<ReadResult> {
  const maxBytes = options.maxBytes ?? MAX_FILE_BYTES;
  try {
    const info = await stat(path);
    if (info.isDirectory()) return readFailure('unreadable', 'är en mapp');
    if (info.size === 0) return readFailure('empty');
    if (info.size >= maxBytes) return readFailure('tooLarge', `${byteSize(info.size)}, gränsen är ${byteSize(maxBytes)}`);
    // Read through one handle so that a file growing after stat cannot slip past the limit.
    const handle = await open(path, 'r');
    try {
      const bytes = new Uint8Array(info.size);
      let filled = 0;
      while (filled < bytes.length) {
        const { bytesRead } = await handle.read(bytes, filled, bytes.length - filled, filled);
        if (bytesRead === 0) break;
        filled += bytesRead;
      }
      return await readProtocolBytes(bytes.subarray(0, filled), path);
    } finally {
      await handle.close();
    }
  } catch (error) {
    return failureOf(error);
  }
}
