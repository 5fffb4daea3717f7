import { parentPort } from 'node:worker_threads';
import { readProtocolBytes } from '../core/read/read.ts';
import { readFailure } from '../core/read/result.ts';
import { thousands } from '../core/text/thousands.ts';

/** What cli/read-file.ts runs off the main thread: one file's bytes in, its read result out. */
export interface ReadRequest {
  bytes: Uint8Array;
  fileName: string;
  maxLines: number;
}

/** Counts line breaks, stopping past `max`: a text of more lines than that is refused before it is parsed. */
function linesOver(text: string, max: number): boolean {
  let lines = 1;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) if (++lines > max) return true;
  return false;
}

parentPort!.on('message', async ({ bytes, fileName, maxLines }: ReadRequest) => {
  const result = await readProtocolBytes(bytes, fileName);
  parentPort!.postMessage(result.ok && linesOver(result.text, maxLines) ? readFailure('tooLarge', `fler än ${thousands(maxLines)} rader`) : result);
});
