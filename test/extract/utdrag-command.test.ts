import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../core/parse/parse.ts';
import { readDocx } from '../../core/read/docx.ts';
import { useTempDirs } from '../read/temp-dirs.ts';
import { runCli } from '../support/cli.ts';
import { projectRoot } from '../support/shared.ts';
import { wordProtocol } from './word-source.ts';

const tempDir = useTempDirs();
const example = path.join(projectRoot, 'examples/protocols/regionstyrelsen-2025-04-01.txt');
const norrfjall = path.join(projectRoot, 'test/fixtures/layouts/02-norrfjall-rs.txt');

const numbersIn = (file: string) => {
  const read = readDocx(readFileSync(file));
  if (!read.ok) throw new Error(read.reason);
  return parseProtocol(read.text, { regions: read.regions }).paragrafer.map((p) => p.number);
};

describe('protokoll utdrag', () => {
  it('writes the chosen §§ as an extract', async () => {
    const dir = tempDir('utdrag');
    const run = await runCli(['utdrag', example, '--paragraf', '64,65', '--paragraf', '67', '--out', 'u.docx', '--organisation', 'Region Norrfjäll'], { cwd: dir });
    expect([run.code, run.err, run.out]).toEqual([0, '', 'Skrev u.docx: §§ 64–65 och 67, Regionstyrelsen 2025-04-01\n']);
    expect(numbersIn(path.join(dir, 'u.docx'))).toEqual([64, 65, 67]);
    expect(readdirSync(dir)).toEqual(['u.docx']);
  });

  it('writes one extract per recipient into a folder, and says which §§ name none', async () => {
    const dir = tempDir('utdrag');
    const run = await runCli(['utdrag', norrfjall, '--paragraf', '89-91', '--per-mottagare', 'ut'], { cwd: dir });
    expect([run.code, run.err]).toEqual([0, '']);
    expect(run.out).toBe(
      [
        'Skrev ut/utdrag-regionservice.docx: § 90 till Regionservice, Regionstyrelsen 2024-10-08',
        'Skrev ut/utdrag-halso-och-sjukvardsforvaltningen.docx: § 90 till Hälso- och sjukvårdsförvaltningen, Regionstyrelsen 2024-10-08',
        'Skrev ut/utdrag-socialdepartementet.docx: § 91 till Socialdepartementet, Regionstyrelsen 2024-10-08',
        '§ 89: ingen mottagare (Beslutet skickas till/Expedieras till), inget utdrag per mottagare',
        '',
      ].join('\n'),
    );
    expect(readdirSync(path.join(dir, 'ut')).sort()).toEqual(['utdrag-halso-och-sjukvardsforvaltningen.docx', 'utdrag-regionservice.docx', 'utdrag-socialdepartementet.docx']);
    expect(numbersIn(path.join(dir, 'ut', 'utdrag-socialdepartementet.docx'))).toEqual([91]);
  });

  it('copies the §§ of a Word protocol with its styles', async () => {
    const dir = tempDir('utdrag');
    writeFileSync(path.join(dir, 'run.docx'), wordProtocol(readFileSync(path.join(projectRoot, 'test/fixtures/protocols/run-2025-03-04.txt'), 'utf8')));
    const run = await runCli(['utdrag', 'run.docx', '--paragraf', '33'], { cwd: dir });
    expect([run.code, run.out]).toEqual([0, 'Skrev run-utdrag.docx: § 33, Regionala utvecklingsnämnden 2025-03-04\n']);
    const files = unzipSync(readFileSync(path.join(dir, 'run-utdrag.docx')));
    expect(strFromU8(files['word/document.xml']!)).toContain('<w:pStyle w:val="Paragrafrubrik"/>');
    expect(numbersIn(path.join(dir, 'run-utdrag.docx'))).toEqual([33]);
  });

  it('says in Swedish what is wrong and writes nothing', async () => {
    const dir = tempDir('utdrag');
    const missing = await runCli(['utdrag', example, '--paragraf', '64,99', '--out', 'u.docx'], { cwd: dir });
    expect([missing.code, missing.err]).toEqual([2, `protokoll utdrag: ${example}: § 99 finns inte i protokollet (protokollet har §§ 61–67)\n`]);
    const bad = await runCli(['utdrag', example, '--paragraf', 'alla'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--paragraf ska vara paragrafnummer, t.ex. 225, 225,226 eller 225-227 (fick "alla")');
    const none = await runCli(['utdrag', example], { cwd: dir });
    expect(none.err).toContain('ange paragraferna med --paragraf');
    expect(readdirSync(dir)).toEqual([]);
  });
});
