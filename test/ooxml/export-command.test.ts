import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocx } from '../../core/read/docx.ts';
import { parseProtocol } from '../../core/parse/parse.ts';
import { runCli } from '../support/cli.ts';
import { projectRoot } from '../support/shared.ts';

const example = path.join(projectRoot, 'examples/protocols/regionstyrelsen-2025-04-01.txt');
const tmp = () => mkdtempSync(path.join(tmpdir(), 'protokoll-export-'));

describe('protokoll export', () => {
  it('writes a .docx whose entries are the protocol\'s, each in a tagged content control', async () => {
    const dir = tmp();
    const run = await runCli(['export', example, '--out', 'rs.docx'], { cwd: dir });
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/^Skrev rs\.docx: \d+ paragrafer, Regionstyrelsen 2025-04-01\n$/);
    const read = readDocx(readFileSync(path.join(dir, 'rs.docx')));
    if (!read.ok) throw new Error(read.reason);
    const original = parseProtocol(readFileSync(example, 'utf8'));
    expect(parseProtocol(read.text).paragrafer.map((p) => [p.number, p.title, p.caseNumbers])).toEqual(original.paragrafer.map((p) => [p.number, p.title, p.caseNumbers]));
    expect(read.regions).toHaveLength(original.paragrafer.length);
    // No temporary file is left behind.
    expect(readdirSync(dir)).toEqual(['rs.docx']);
  });

  it("names the output after the input by default and uses the organisation's styles when asked", async () => {
    const dir = tmp();
    const run = await runCli(['export', example, '--heading-style', 'Paragrafrubrik'], { cwd: dir });
    expect(run.code).toBe(0);
    const bytes = readFileSync(path.join(dir, 'regionstyrelsen-2025-04-01.docx'));
    const { unzipSync, strFromU8 } = await import('fflate');
    expect(strFromU8(unzipSync(bytes)['word/document.xml']!)).toContain('<w:pStyle w:val="Paragrafrubrik"/>');
  });

  it('says in Swedish what is wrong and writes nothing: missing file, no entries, same file, bad style', async () => {
    const dir = tmp();
    const missing = await runCli(['export', 'finns-inte.txt', '--out', 'x.docx'], { cwd: dir });
    expect([missing.code, missing.err]).toEqual([2, 'protokoll export: finns-inte.txt: filen kunde inte läsas (finns inte)\n']);

    writeFileSync(path.join(dir, 'tom.txt'), 'Kallelse till sammanträde\nInga ärenden.\n');
    const empty = await runCli(['export', 'tom.txt', '--out', 'x.docx'], { cwd: dir });
    expect(empty.code).toBe(2);
    expect(empty.err).toContain('hittade inga paragrafer');

    const same = await runCli(['export', 'tom.txt', '--out', 'tom.txt'], { cwd: dir });
    expect(same.code).toBe(2);
    expect(same.err).toContain('--out får inte vara samma fil');

    const style = await runCli(['export', 'tom.txt', '--heading-style', 'Rubrik 2'], { cwd: dir });
    expect(style.code).toBe(2);
    expect(style.err).toContain('formatmall');

    expect(existsSync(path.join(dir, 'x.docx'))).toBe(false);
  });
});
