import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * Opens a .docx in real LibreOffice (headless) and returns its text export, as a user's
 * LibreOffice would read the file. Each call gets its own profile so parallel runs do not collide.
 */
export function libreOfficeText(docx: Uint8Array, name = 'protokoll.docx'): Promise<string> {
  return libreOfficeConvert(docx, 'txt:Text', 'txt', name).then((text) => text.replace(/^\uFEFF/, ''));
}

/** The same, saved as flat OpenDocument XML (.fodt): what LibreOffice made of the styles too. */
export function libreOfficeFlatXml(docx: Uint8Array, name = 'protokoll.docx'): Promise<string> {
  return libreOfficeConvert(docx, 'fodt', 'fodt', name);
}

async function libreOfficeConvert(docx: Uint8Array, filter: string, extension: string, name: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'lo-'));
  try {
    const input = path.join(dir, name);
    await writeFile(input, docx);
    await run(
      'soffice',
      [`-env:UserInstallation=file://${path.join(dir, 'profile')}`, '--headless', '--norestore', '--convert-to', filter, '--outdir', path.join(dir, 'out'), input],
      { timeout: 120_000 },
    );
    return await readFile(path.join(dir, 'out', name.replace(/\.docx$/, `.${extension}`)), 'utf8').catch(() => {
      throw new Error(`LibreOffice did not convert ${name}: it could not open the file`);
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
