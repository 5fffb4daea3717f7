import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildExtract, sourceFromDocx } from '../../core/extract/index.ts';
import type { Protocol } from '../../core/model/protocol.ts';
import { parseProtocol } from '../../core/parse/parse.ts';
import { readDocx } from '../../core/read/docx.ts';
import { readPdf } from '../../core/read/pdf.ts';
import { libreOfficeText } from '../ooxml/support/libreoffice.ts';
import { convertToPdf } from '../read/soffice.ts';
import { useTempDirs } from '../read/temp-dirs.ts';
import { projectRoot } from '../support/shared.ts';
import { shape } from './shape.ts';
import { wordProtocol } from './word-source.ts';

/**
 * The extracts tested for real: LibreOffice opens each .docx and saves it as text, and the parser
 * reads back the same §§, meeting and justering; as PDF it prints the attestation in the footer.
 */
const tempDir = useTempDirs();
const examplesDir = path.join(projectRoot, 'examples/protocols');
const examples = readdirSync(examplesDir).filter((f) => f.endsWith('.txt'));

function extractOf(protocol: Protocol, numbers: number[], source?: ReturnType<typeof sourceFromDocx>): Uint8Array {
  const result = buildExtract(protocol, { paragrafer: numbers, organisation: 'Region Norrfjäll', intygas: { namn: 'Sara Ahlberg', titel: 'Nämndsekreterare' } }, source);
  if (!result.ok) throw new Error(result.message);
  return result.docx;
}

describe('LibreOffice opens the extract and the parser reads the same §§ back', () => {
  for (const file of examples) {
    it(`two §§ of the example ${file}`, async () => {
      const protocol = parseProtocol(readFileSync(path.join(examplesDir, file), 'utf8'));
      const numbers = protocol.paragrafer.slice(1, 3).map((p) => p.number);
      const back = parseProtocol(await libreOfficeText(extractOf(protocol, numbers), file.replace(/\.txt$/, '-utdrag.docx')));
      expect(shape(back)).toEqual(shape(protocol, numbers));
      expect([back.body, back.date, back.justerare, back.justeringDate]).toEqual([protocol.body, protocol.date, protocol.justerare, protocol.justeringDate]);
    });
  }

  it('§§ copied from a Word protocol with its formatting', async () => {
    const docx = wordProtocol(readFileSync(path.join(projectRoot, 'test/fixtures/protocols/run-2025-03-04.txt'), 'utf8'));
    const read = readDocx(docx);
    if (!read.ok) throw new Error(read.reason);
    const protocol = parseProtocol(read.text);
    const back = parseProtocol(await libreOfficeText(extractOf(protocol, [31, 33], sourceFromDocx(docx)), 'run-utdrag.docx'));
    expect(shape(back)).toEqual(shape(protocol, [31, 33]));
  });

  it('as PDF, with the attestation and its name and title on the page', async () => {
    const protocol = parseProtocol(readFileSync(path.join(examplesDir, 'regionstyrelsen-2025-04-01.txt'), 'utf8'));
    const dir = tempDir('utdrag-pdf');
    const input = path.join(dir, 'utdrag.docx');
    writeFileSync(input, extractOf(protocol, [64]));
    const read = await readPdf(new Uint8Array(readFileSync(await convertToPdf(input, dir))));
    if (!read.ok) throw new Error(read.reason);
    expect(read.text).toMatch(/Rätt utdraget intygar[\s\S]*Namn: Sara Ahlberg[\s\S]*Titel: Nämndsekreterare/);
    expect(parseProtocol(read.text).paragrafer.map((p) => [p.number, p.title])).toEqual([[64, 'Finansrapport per februari 2025']]);
  });
});
