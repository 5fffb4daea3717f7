import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

/**
 * The content script's scanning code (the same modules the extension ships) as one script that
 * defines `window.protokollScan` (or another entry's globals), for running the DOM logic in a real page without the extension.
 */
export async function scanBundle(entry = path.join(here, 'scan-entry.ts')): Promise<string> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    write: false,
    target: 'chrome120',
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}
