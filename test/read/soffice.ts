import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export const hasSoffice = existsSync('/usr/bin/soffice') || existsSync('/usr/local/bin/soffice');

/** Converts a document to PDF with real LibreOffice, in its own profile so parallel runs do not collide. */
export async function convertToPdf(input: string, outDir: string): Promise<string> {
  const profile = await mkdtemp(path.join(tmpdir(), 'lo-history-'));
  try {
    await run('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, input], {
      timeout: 120_000,
    });
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
  const pdf = path.join(outDir, `${path.basename(input, path.extname(input))}.pdf`);
  if (!existsSync(pdf)) throw new Error(`LibreOffice wrote no PDF for ${input}`);
  return pdf;
}
