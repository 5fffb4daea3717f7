import { readFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildExtract, recipientGroups, recipientsOf, sourceFromDocx, sourceFromFlatOoxml } from '../../core/extract/index.ts';
import type { Protocol } from '../../core/model/protocol.ts';
import { parseProtocol } from '../../core/parse/parse.ts';
import { readDocx } from '../../core/read/docx.ts';
import { projectRoot } from '../support/shared.ts';
import { outline } from './outline.ts';
import { shape } from './shape.ts';
import { wordProtocol } from './word-source.ts';

const text = (file: string) => readFileSync(path.join(projectRoot, file), 'utf8');
const expected = (name: string) => `../fixtures/utdrag/${name}`;
function readBack(docx: Uint8Array): Protocol {
  const read = readDocx(docx);
  if (!read.ok) throw new Error(read.reason);
  return parseProtocol(read.text, { regions: read.regions });
}

function ok<T extends { ok: boolean }>(result: T): Extract<T, { ok: true }> {
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result as Extract<T, { ok: true }>;
}

describe('a protokollsutdrag from a protocol read as text (PDF, .txt)', () => {
  const protocol = parseProtocol(text('examples/protocols/regionstyrelsen-2025-04-01.txt'));
  const request = { paragrafer: [65, 64], organisation: 'Region Norrfjäll', intygas: { namn: 'Sara Ahlberg', titel: 'Nämndsekreterare' } };

  it('has the heading, the chosen §§ as in the protocol, the justering and the attestation', async () => {
    const extract = ok(buildExtract(protocol, request));
    expect([extract.paragrafer, extract.formatting, extract.notes]).toEqual([[64, 65], 'model', []]);
    await expect(outline(extract.docx)).toMatchFileSnapshot(expected('regionstyrelsen-2025-04-01-64-65.txt'));
  });

  it('reads back with the same §§, meeting and justering', () => {
    const back = readBack(ok(buildExtract(protocol, request)).docx);
    expect(shape(back)).toEqual(shape(protocol, [64, 65]));
    expect([back.body, back.date, back.justerare, back.justeringDate]).toEqual([protocol.body, protocol.date, protocol.justerare, protocol.justeringDate]);
  });

  it('leaves lines to fill in where no one is named to attest, and the organisation out where none is given', async () => {
    const extract = ok(buildExtract(protocol, { paragrafer: [67] }));
    await expect(outline(extract.docx)).toMatchFileSnapshot(expected('regionstyrelsen-2025-04-01-67.txt'));
  });
});

describe('one extract per recipient', () => {
  const protocol = parseProtocol(text('test/fixtures/layouts/01-fjallby-kf.txt'));

  it('groups the chosen §§ by the recipients under "Expedieras till"/"Beslutet skickas till"', async () => {
    await expect(JSON.stringify(recipientGroups(protocol.paragrafer), null, 2) + '\n').toMatchFileSnapshot(expected('01-fjallby-kf-mottagare.json'));
    expect(recipientGroups(protocol.paragrafer.filter((p) => p.number === 42))).toEqual([{ recipient: 'Motionären', paragrafer: [42] }]);
  });

  it("writes a recipient's extract with only the §§ that name it", async () => {
    const alvdala = parseProtocol(text('test/fixtures/layouts/03-alvdala-ks.txt'));
    const groups = recipientGroups(alvdala.paragrafer);
    expect(groups).toEqual([{ recipient: 'Kommunfullmäktige', paragrafer: [12, 13] }]);
    const extract = ok(buildExtract(alvdala, { paragrafer: groups[0]!.paragrafer, organisation: 'Älvdala kommun' }));
    await expect(outline(extract.docx)).toMatchFileSnapshot(expected('03-alvdala-ks-kommunfullmaktige.txt'));
    expect(shape(readBack(extract.docx))).toEqual(shape(alvdala, [12, 13]));
  });

  it('reads a list of recipients up to its first blank line, without bullets or repeats', () => {
    const p = parseProtocol(
      ['§ 7 Ärende', '', 'Beslut', '', 'Godkänns.', '', 'Beslutet skickas till:', '- Kommunstyrelsen', '• Ekonomienheten.', 'kommunstyrelsen', '', 'Bilaga 1 Karta'].join('\n'),
    ).paragrafer[0]!;
    expect(recipientsOf(p)).toEqual(['Kommunstyrelsen', 'Ekonomienheten']);
  });
});

describe('a protokollsutdrag from a Word protocol', () => {
  const runText = text('test/fixtures/protocols/run-2025-03-04.txt');
  const docx = wordProtocol(runText);
  const protocol = readBack(docx);

  it("copies the §§ with their own paragraphs and formatting, the template's § numbers written out", async () => {
    const extract = ok(buildExtract(protocol, { paragrafer: [31, 33], organisation: 'Region Norrfjäll' }, sourceFromDocx(docx)));
    expect([extract.formatting, extract.notes]).toEqual(['source', ['§ 31: länkar kom med som text, utan sina adresser']]);
    await expect(outline(extract.docx)).toMatchFileSnapshot(expected('run-2025-03-04-word-31-33.txt'));
    const files = unzipSync(extract.docx);
    // The source's styles and numbering come along; nothing points into the source package.
    expect(strFromU8(files['word/styles.xml']!)).toContain('Paragrafrubrik');
    expect(files['word/numbering.xml']).toBeDefined();
    expect(strFromU8(files['word/document.xml']!)).not.toMatch(/r:id="rIdLink"/);
    expect(shape(readBack(extract.docx))).toEqual(shape(protocol, [31, 33]));
  });

  it('finds the §§ in the document itself, whatever lines the caller read (the add-in reads its own snapshot)', async () => {
    const shifted = parseProtocol(`Utkast\n\n\n${runText}`);
    const extract = ok(buildExtract(shifted, { paragrafer: [31, 33], organisation: 'Region Norrfjäll' }, sourceFromDocx(docx)));
    expect(extract.formatting).toBe('source');
    await expect(outline(extract.docx)).toMatchFileSnapshot(expected('run-2025-03-04-word-31-33.txt'));
  });

  it('leaves out a picture, whose file the extract does not carry, and says so', () => {
    const pictured = wordProtocol(runText, { picture: true });
    const extract = ok(buildExtract(readBack(pictured), { paragrafer: [33] }, sourceFromDocx(pictured)));
    expect([extract.formatting, extract.notes]).toEqual(['source', ['§ 33: bilder kom inte med i utdraget']]);
    const xml = strFromU8(unzipSync(extract.docx)['word/document.xml']!);
    expect(xml).not.toMatch(/w:drawing|w:pict|r:embed|rIdKarta/);
    expect(xml).toContain('<mc:AlternateContent');
    expect(shape(readBack(extract.docx))).toEqual(shape(readBack(pictured), [33]));
  });

  it('copies §§ whose headings stand in tables of their own', () => {
    const tabled = wordProtocol(runText, { headingsInTable: true });
    const extract = ok(buildExtract(readBack(tabled), { paragrafer: [33] }, sourceFromDocx(tabled)));
    expect(extract.formatting).toBe('source');
    expect(shape(readBack(extract.docx))).toEqual(shape(readBack(tabled), [33]));
  });

  it('is written from the read text, and says so, where a § holds what an extract cannot carry exactly', () => {
    const chunked = wordProtocol(runText, { importedChunk: true });
    const extract = ok(buildExtract(readBack(chunked), { paragrafer: [33, 34] }, sourceFromDocx(chunked)));
    expect(extract.formatting).toBe('model');
    expect(extract.notes).toEqual(['Paragraferna kunde inte kopieras exakt ur Word-dokumentet och är skrivna från den lästa texten, utan dess formatering.']);
    expect(shape(readBack(extract.docx))).toEqual(shape(readBack(chunked), [33, 34]));
  });

  it('reads the same parts from the flat OOXML package Word gives the add-in', () => {
    const parts = sourceFromDocx(docx)!;
    const part = (name: string, xml: string | null) => (xml ? `<pkg:part pkg:name="/${name}" pkg:contentType="application/xml"><pkg:xmlData>${xml.replace(/^<\?xml[^>]*\?>\s*/, '')}</pkg:xmlData></pkg:part>` : '');
    const flat =
      `<?xml version="1.0"?><pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">` +
      part('word/document.xml', parts.documentXml) +
      part('word/styles.xml', parts.stylesXml) +
      part('word/numbering.xml', parts.numberingXml) +
      `</pkg:package>`;
    const strip = (xml: string | null) => xml?.replace(/^<\?xml[^>]*\?>\s*/, '') ?? null;
    expect(sourceFromFlatOoxml(flat)).toEqual({
      documentXml: strip(parts.documentXml),
      stylesXml: strip(parts.stylesXml),
      numberingXml: strip(parts.numberingXml),
      themeXml: null,
    });
    expect(sourceFromFlatOoxml('<pkg:package/>')).toBeNull();
  });
});

describe('an extract asked for wrongly', () => {
  const protocol = parseProtocol(text('examples/protocols/regionstyrelsen-2025-04-01.txt'));

  it('says in Swedish what is wrong and writes nothing', () => {
    expect(buildExtract(protocol, { paragrafer: [] })).toEqual({ ok: false, message: 'Välj minst en paragraf' });
    expect(buildExtract(protocol, { paragrafer: [64, 99, 100] })).toEqual({ ok: false, message: '§§ 99–100 finns inte i protokollet (protokollet har §§ 61–67)' });
    expect(buildExtract(protocol, { paragrafer: ['64'] })).toEqual({ ok: false, message: 'Paragrafnumren ska vara tal' });
    expect(buildExtract(protocol, {})).toEqual({ ok: false, message: 'Ange paragraferna som en lista av nummer' });
  });
});
