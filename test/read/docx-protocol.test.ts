import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../core/parse/parse.ts';
import { readProtocolFile } from '../../cli/read-file.ts';
import { projectRoot } from '../support/shared.ts';
import { buildDocx, type DocxBlock } from './build-docx.ts';
import { useTempDirs } from './temp-dirs.ts';

const tempDir = useTempDirs();

const source = path.join(projectRoot, 'test/fixtures/protocols/run-2025-03-04.txt');

/**
 * The invented protocol as a clerk's Word file: § headings in a style Word numbers itself ("§ 31"
 * is in no text run), each entry wrapped in the add-in's content control, each on a new page.
 */
function asWordFile(text: string): Uint8Array {
  const blocks: DocxBlock[] = [];
  let entry: DocxBlock[] | null = null;
  for (const line of text.trimEnd().split('\n')) {
    const heading = /^§ (\d+) (.*)$/.exec(line);
    if (heading) {
      entry = [{ text: heading[2]!, style: 'Paragrafrubrik', pageBreakBefore: true }];
      blocks.push({ entryId: `p${heading[1]}`, blocks: entry });
    } else (entry ?? blocks).push({ text: line });
  }
  return buildDocx({ blocks, numberedStyle: { style: 'Paragrafrubrik', lvlText: '§ %1', start: 31 } });
}

const essence = (text: string) =>
  parseProtocol(text).paragrafer.map((p) => ({ number: p.number, title: p.title, caseNumbers: p.caseNumbers, sections: p.sections.map((s) => [s.kind, s.text.trim()]) }));

describe('the invented protocol as a Word file numbered by its template', () => {
  it('gives the same paragraphs as its text, on the pages its breaks make, with the add-in’s entries as regions', async () => {
    const dir = tempDir('docx-protocol');
    const file = path.join(dir, 'run-2025-03-04.docx');
    const text = readFileSync(source, 'utf8');
    writeFileSync(file, asWordFile(text));
    const read = await readProtocolFile(file);
    if (!read.ok) throw new Error(read.reason);
    expect(essence(read.text)).toEqual(essence(text));
    expect(parseProtocol(read.text).paragrafer.map((p) => [p.number, p.page])).toEqual([
      [31, 2],
      [32, 3],
      [33, 4],
      [34, 5],
      [35, 6],
      [36, 7],
    ]);
    const lines = read.text.split('\n');
    expect(read.regions?.map((r) => [r.entryId, lines[r.startLine - 1]!.replace('\f', '')])).toEqual([
      ['p31', '§ 31 Fastställande av föredragningslista'],
      ['p32', '§ 32 Val av justerare samt tid för justering'],
      ['p33', '§ 33 Medfinansiering av projektet Cykelled Norrlandskusten'],
      ['p34', '§ 34 Yttrande över remiss om regional trafikförsörjningsplan '],
      ['p35', '§ 35 Ansökan om driftbidrag från Kustbygdens hembygdsförbund'],
      ['p36', '§ 36 Strategi för kompetensförsörjning i besöksnäringen'],
    ]);
  });
});
