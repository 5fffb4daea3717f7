import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readProtocolFile } from '../../cli/read-file.ts';
import { projectRoot } from '../support/shared.ts';
import { useTempDirs } from './temp-dirs.ts';

const tempDir = useTempDirs();
const dir = tempDir('read-file-limits');

describe('readProtocolFile limits', () => {
  it('names a file that takes too long to read, and reads the next one', async () => {
    const pdf = path.join(projectRoot, 'test/fixtures/protocols/run-2025-03-04.pdf');
    expect(await readProtocolFile(pdf, { seconds: 0.001 })).toEqual({ ok: false, kind: 'tooSlow', reason: 'tog för lång tid att läsa (mer än 0.001 s)' });
    expect(await readProtocolFile(pdf)).toMatchObject({ ok: true });
  });

  it('refuses a text of more lines than the limit (190 MB of empty lines, in small)', async () => {
    const file = path.join(dir, 'tomma-rader.txt');
    writeFileSync(file, '\n'.repeat(30));
    expect(await readProtocolFile(file, { maxLines: 10 })).toEqual({ ok: false, kind: 'tooLarge', reason: 'filen är för stor (fler än 10 rader)' });
    expect(await readProtocolFile(file, { maxLines: 31 })).toMatchObject({ ok: true });
  });
});
