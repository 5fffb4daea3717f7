import { open, stat } from 'node:fs/promises';
import { Worker } from 'node:worker_threads';
import { readFailure, type ReadResult } from '../core/read/result.ts';
import { byteSize } from '../core/read/byte-size.ts';
import type { ReadRequest } from './read-worker.ts';

/** Protocols are a few megabytes; a file this large is an archive or a mistake, and is refused unread. */
export const MAX_FILE_BYTES = 200 * 1024 * 1024;
/**
 * A 300-page protocol has some 20 000 lines; a text of more is refused before it is parsed, whose
 * memory grows with the lines (190 MB of empty lines would exhaust it).
 */
export const MAX_LINES = 2_000_000;
/** How long one file may take to read; `PROTOKOLL_READ_SECONDS` sets another limit. */
export const READ_SECONDS = 60;
/** The reader's heap: a file that needs more is refused, and the process goes on. */
const WORKER_HEAP_MB = 4096;

function failureOf(error: unknown): ReturnType<typeof readFailure> {
  const code = (error as NodeJS.ErrnoException)?.code;
  const detail =
    code === 'ENOENT' ? 'finns inte' : code === 'EACCES' || code === 'EPERM' ? 'åtkomst nekad' : code === 'EISDIR' ? 'är en mapp' : (error as Error)?.message;
  return readFailure('unreadable', detail);
}

/** The worker's module beside this one: its source, or its bundle in the built CLI (dist/cli/). */
const WORKER_FILE = import.meta.url.endsWith('.ts') ? './read-worker.ts' : './read-worker.mjs';

/** The reading worker, kept between files (starting one costs more than reading most protocols) and replaced when stopped. */
let worker: Worker | null = null;
/** Files are read one at a time: stopping the worker for one file must not stop another's reading. */
let queue: Promise<unknown> = Promise.resolve();

function readerWorker(): Worker {
  if (!worker) {
    worker = new Worker(new URL(WORKER_FILE, import.meta.url), { resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
    const started = worker;
    started.on('exit', () => {
      if (worker === started) worker = null;
    });
  }
  return worker;
}

/**
 * Reads the bytes in the worker, stopping it after `seconds`: a hostile file (one that would take
 * minutes, or more memory than the reader has) is named and skipped, and the run goes on.
 */
function readInWorker(request: ReadRequest, seconds: number): Promise<ReadResult> {
  const run = () =>
    new Promise<ReadResult>((resolve) => {
      const reader = readerWorker();
      const done = (result: ReadResult) => {
        clearTimeout(timer);
        reader.off('message', done).off('error', failed).unref();
        resolve(result);
      };
      const stop = () => {
        if (worker === reader) worker = null;
        void reader.terminate();
      };
      const failed = (error: Error) => {
        stop();
        const code = (error as NodeJS.ErrnoException).code;
        done(code === 'ERR_WORKER_OUT_OF_MEMORY' ? readFailure('tooLarge', 'läsningen behöver för mycket minne') : readFailure('unreadable', error.message));
      };
      const timer = setTimeout(() => {
        stop();
        done(readFailure('tooSlow', `mer än ${seconds} s`));
      }, seconds * 1000);
      reader.ref();
      reader.on('message', done).on('error', failed);
      reader.postMessage(request, [request.bytes.buffer as ArrayBuffer]);
    });
  const result = queue.then(run, run);
  queue = result;
  return result;
}

function secondsFromEnvironment(): number {
  const value = Number(process.env.PROTOKOLL_READ_SECONDS);
  return Number.isFinite(value) && value > 0 ? value : READ_SECONDS;
}

export interface ReadFileOptions {
  maxBytes?: number;
  maxLines?: number;
  seconds?: number;
}

/**
 * Reads a protocol file (.pdf, .docx or .txt, chosen by content) into text with pages. Never throws:
 * a file that cannot be read comes back as `{ ok: false, kind, reason }` with a Swedish reason. The
 * reading runs in a worker thread under a time limit (`READ_SECONDS`) and a line limit (`MAX_LINES`).
 */
export async function readProtocolFile(path: string, options: ReadFileOptions = {}): Promise<ReadResult> {
  const maxBytes = options.maxBytes ?? MAX_FILE_BYTES;
  try {
    const info = await stat(path);
    if (info.isDirectory()) return readFailure('unreadable', 'är en mapp');
    if (info.size === 0) return readFailure('empty');
    if (info.size >= maxBytes) return readFailure('tooLarge', `${byteSize(info.size)}, gränsen är ${byteSize(maxBytes)}`);
    // Read through one handle so that a file growing after stat cannot slip past the limit.
    const handle = await open(path, 'r');
    const bytes = new Uint8Array(info.size);
    let filled = 0;
    try {
      while (filled < bytes.length) {
        const { bytesRead } = await handle.read(bytes, filled, bytes.length - filled, filled);
        if (bytesRead === 0) break;
        filled += bytesRead;
      }
    } finally {
      await handle.close();
    }
    const request = { bytes: bytes.subarray(0, filled), fileName: path, maxLines: options.maxLines ?? MAX_LINES };
    return await readInWorker(request, options.seconds ?? secondsFromEnvironment());
  } catch (error) {
    return failureOf(error);
  }
}
