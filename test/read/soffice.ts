import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export const hasSoffice = existsSync('/usr/bin/soffice') || existsSync('/usr/local/bin/soffice');

/**
 * Converts a document with real LibreOffice (`filter` as `--convert-to` takes it, e.g. `pdf` or
 * `docx:MS Word 2007 XML`), in its own profile so parallel runs do not collide.
 */
export async function convertTo(input: string, outDir: string, filter: string): Promise<string> {
  const profile = await mkdtemp(path.join(tmpdir(), 'lo-history-'));
  try {
    await run('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', filter, '--outdir', outDir, input], {
      timeout: 120_000,
    });
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
  const out = path.join(outDir, `${path.basename(input, path.extname(input))}.${filter.split(':')[0]}`);
  if (!existsSync(out)) throw new Error(`LibreOffice wrote no ${filter} for ${input}`);
  return out;
}

export const convertToPdf = (input: string, outDir: string) => convertTo(input, outDir, 'pdf');
