import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Protocol } from '../../core/model/protocol.ts';
import { parseProtocol } from '../../core/parse/parse.ts';
import { protocolDocx } from '../../core/ooxml/docx.ts';
import { readDocx } from '../../core/read/docx.ts';
import { projectRoot, sharedFile } from '../support/shared.ts';
import { libreOfficeText } from './support/libreoffice.ts';

/**
 * The generated WordprocessingML tested for real: a protocol is exported to .docx, LibreOffice
 * opens it and saves it as text, and the core parser reads that text back into the same protocol.
 */
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** What must survive: every entry's number, title, case numbers and sections (kind, heading, text). */
const shape = (p: Protocol) =>
  p.paragrafer.map((x) => ({
    number: x.number,
    title: squash(x.title),
    caseNumbers: x.caseNumbers,
    sections: x.sections.map((s) => ({ kind: s.kind, heading: squash(s.heading), text: squash(s.text) })),
  }));

async function roundTrip(text: string, name: string) {
  const original = parseProtocol(text);
  const docx = protocolDocx(original);
  const back = parseProtocol(await libreOfficeText(docx, name));
  return { original, docx, back };
}

const fixture = sharedFile('fixtures/protocols/rsau-2024-12-05.txt');
const examplesDir = path.join(projectRoot, 'examples/protocols');
const examples = readdirSync(examplesDir).filter((f) => f.endsWith('.txt'));

describe('LibreOffice opens the exported .docx and the parser reads the same protocol back', () => {
  it.skipIf(!fixture)('the real protocol of Regionstyrelsens arbetsutskott 2024-12-05', async () => {
    const { original, docx, back } = await roundTrip(readFileSync(fixture!, 'utf8'), 'rsau-2024-12-05.docx');
    expect(original.paragrafer.length).toBeGreaterThan(10);
    expect(shape(back)).toEqual(shape(original));
    expect([back.body, back.date]).toEqual([original.body, original.date]);
    // Every entry is one tagged content control in the file itself.
    const read = readDocx(docx);
    expect(read.ok && read.regions?.length).toBe(original.paragrafer.length);
  });

  it('finds the project example protocols', () => {
    expect(examples.length).toBeGreaterThan(0);
  });

  for (const file of examples) {
    it(`example ${file}`, async () => {
      const { original, back } = await roundTrip(readFileSync(path.join(examplesDir, file), 'utf8'), file.replace(/\.txt$/, '.docx'));
      expect(original.paragrafer.length).toBeGreaterThan(0);
      expect(shape(back)).toEqual(shape(original));
      expect([back.body, back.date, back.justerare, back.justeringDate]).toEqual([original.body, original.date, original.justerare, original.justeringDate]);
      expect(back.attendance).toEqual(original.attendance);
    });
  }
});
