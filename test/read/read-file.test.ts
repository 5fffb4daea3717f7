import { openSync, closeSync, ftruncateSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES, readProtocolFile } from '../../cli/read-file.ts';
import { projectRoot } from '../support/shared.ts';
import { buildDocx } from './build-docx.ts';
import { useTempDirs } from './temp-dirs.ts';

const tempDir = useTempDirs();

const dir = tempDir('read-file');
const file = (name: string, content: string | Uint8Array) => {
  const p = path.join(dir, name);
  writeFileSync(p, content);
  return p;
};

describe('readProtocolFile', () => {
  it('picks the reader by content: a PDF, a .docx and a text file', async () => {
    const pdf = await readProtocolFile(path.join(projectRoot, 'test/fixtures/protocols/run-2025-03-04.pdf'));
    expect(pdf.ok && pdf.pages.length).toBe(7);
    const docx = await readProtocolFile(file('a.docx', buildDocx({ blocks: [{ text: '§ 1 Titel' }] })));
    expect(docx.ok && docx.text).toBe('§ 1 Titel');
    const misnamed = await readProtocolFile(file('protokoll.txt', buildDocx({ blocks: [{ text: '§ 2 Titel' }] })));
    expect(misnamed.ok && misnamed.text).toBe('§ 2 Titel');
    const txt = await readProtocolFile(path.join(projectRoot, 'test/fixtures/protocols/runau-2025-02-11.txt'));
    expect(txt.ok && txt.pages.length).toBe(3);
  });

  it('refuses a zero-byte file', async () => {
    expect(await readProtocolFile(file('tom.pdf', ''))).toEqual({ ok: false, kind: 'empty', reason: 'tom fil (0 byte)' });
  });

  it('refuses a 200 MB file unread, with its size in the message', async () => {
    // A sparse file: 200 MB long, no disk used, never read.
    const big = path.join(dir, 'arkiv.pdf');
    const fd = openSync(big, 'w');
    ftruncateSync(fd, MAX_FILE_BYTES);
    closeSync(fd);
    expect(statSync(big).size).toBe(200 * 1024 * 1024);
    expect(await readProtocolFile(big)).toEqual({ ok: false, kind: 'tooLarge', reason: 'filen är för stor (200 MB, gränsen är 200 MB)' });
  });

  it('takes the limit as an option', async () => {
    const p = file('liten.txt', '§ 1 Titel\n'.repeat(300));
    expect(await readProtocolFile(p, { maxBytes: 1024 * 1024 })).toMatchObject({ ok: true });
    expect(await readProtocolFile(p, { maxBytes: 1000 })).toMatchObject({ ok: false, kind: 'tooLarge' });
  });

  it('names what it cannot read', async () => {
    expect(await readProtocolFile(path.join(dir, 'saknas.pdf'))).toMatchObject({ ok: false, kind: 'unreadable', reason: 'filen kunde inte läsas (finns inte)' });
    mkdirSync(path.join(dir, 'mapp.pdf'));
    expect(await readProtocolFile(path.join(dir, 'mapp.pdf'))).toMatchObject({ ok: false, reason: 'filen kunde inte läsas (är en mapp)' });
    expect(await readProtocolFile(file('gammal.doc', Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])))).toMatchObject({ kind: 'legacyWord' });
    expect(await readProtocolFile(file('inte.pdf', 'hej'))).toMatchObject({ kind: 'corruptPdf' });
    expect(await readProtocolFile(file('inte.docx', 'hej'))).toMatchObject({ kind: 'notWord', reason: 'inte ett Word-dokument (ingen zip-fil)' });
    expect(await readProtocolFile(file('bild.png', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a])))).toMatchObject({ kind: 'unsupported' });
  });
});
