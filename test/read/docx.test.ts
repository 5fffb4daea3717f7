import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { zipSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readDocx } from '../../core/read/docx.ts';
import { readPdf } from '../../core/read/pdf.ts';
import { projectRoot } from '../support/shared.ts';
import { buildDocx } from './build-docx.ts';
import { convertTo, convertToPdf, hasSoffice } from './soffice.ts';
import { useTempDirs } from './temp-dirs.ts';

const tempDir = useTempDirs();

const body = (xml: string) =>
  zipSync({
    'word/document.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="x"><w:body>${xml}</w:body></w:document>`,
    ),
  });
const ok = (bytes: Uint8Array) => {
  const result = readDocx(bytes);
  if (!result.ok) throw new Error(result.reason);
  return result;
};

describe('readDocx', () => {
  it('gives one line per Word paragraph, with hard page breaks as pages', () => {
    const result = ok(
      buildDocx({
        blocks: [{ text: 'Protokoll' }, { text: '' }, { text: '§ 31 Fastställande av föredragningslista', pageBreakBefore: true }, { text: 'RUN 22-2025' }],
        header: ['Sidhuvud syns inte i brödtexten'],
      }),
    );
    expect(result.pages).toEqual(['Protokoll\n', '§ 31 Fastställande av föredragningslista\nRUN 22-2025']);
    expect(result.text).toBe('Protokoll\n\n\f§ 31 Fastställande av föredragningslista\nRUN 22-2025');
    expect(result.regions).toBeUndefined();
  });

  it('keeps runs, tabs, line breaks and entities; leaves out deleted text, field codes and the text-box fallback', () => {
    const result = ok(
      body(
        '<w:p><w:r><w:t xml:space="preserve">Beslut &amp; </w:t></w:r><w:r><w:t>åtgärd</w:t><w:tab/><w:t>A&lt;B</w:t><w:br/><w:t>ny rad</w:t></w:r></w:p>' +
          '<w:p><w:del><w:r><w:delText>struket</w:delText></w:r></w:del><w:ins><w:r><w:t>infogat</w:t></w:r></w:ins>' +
          '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:t>3</w:t></w:r></w:p>' +
          '<w:p><w:r><mc:AlternateContent><mc:Choice><w:drawing><w:txbxContent><w:p><w:r><w:t>i rutan</w:t></w:r></w:p></w:txbxContent></w:drawing></mc:Choice>' +
          '<mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>i rutan</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r><w:r><w:t>efter</w:t></w:r></w:p>',
      ),
    );
    expect(result.text).toBe('Beslut & åtgärd\tA<B\nny rad\ninfogat3\ni rutan\nefter');
  });

  it('pages by the breaks Word rendered when it has them, also inside a paragraph', () => {
    const result = ok(
      body(
        '<w:p><w:r><w:t>sida ett</w:t></w:r></w:p><w:p><w:r><w:t>lång paragraf</w:t><w:lastRenderedPageBreak/><w:t> fortsätter</w:t></w:r></w:p>' +
          '<w:p><w:r><w:t>sida två</w:t></w:r></w:p><w:p><w:r><w:br w:type="page"/></w:r><w:r><w:lastRenderedPageBreak/><w:t>sida tre</w:t></w:r></w:p>',
      ),
    );
    expect(result.pages).toEqual(['sida ett\nlång paragraf fortsätter', 'sida två', 'sida tre']);
  });

  it('returns the § entries the add-in wrapped in content controls, by line', () => {
    const result = ok(
      buildDocx({
        blocks: [
          { text: 'Protokoll' },
          { entryId: 'a1b2c3', blocks: [{ text: '§ 31 Fastställande av föredragningslista' }, { text: 'Beslut' }] },
          { xml: '<w:sdt><w:sdtPr><w:tag w:val="annat:tagg"/></w:sdtPr><w:sdtContent><w:p><w:r><w:t>främmande</w:t></w:r></w:p></w:sdtContent></w:sdt>' },
          {
            entryId: 'd4e5f6',
            blocks: [
              { text: '§ 32 Val av justerare' },
              {
                xml: '<w:p><w:r><w:t xml:space="preserve">se </w:t></w:r><w:sdt><w:sdtPr><w:tag w:val="protokoll:ref:a1b2c3"/></w:sdtPr><w:sdtContent><w:r><w:t>§ 31</w:t></w:r></w:sdtContent></w:sdt></w:p>',
              },
            ],
          },
        ],
      }),
    );
    expect(result.text).toBe('Protokoll\n§ 31 Fastställande av föredragningslista\nBeslut\nfrämmande\n§ 32 Val av justerare\nse § 31');
    expect(result.regions).toEqual([
      { entryId: 'a1b2c3', startLine: 2, endLine: 3 },
      { entryId: 'd4e5f6', startLine: 5, endLine: 6 },
    ]);
  });

  it('refuses a zip that is not a Word document', () => {
    const odt = zipSync({ mimetype: strToU8('application/vnd.oasis.opendocument.text'), 'content.xml': strToU8('<office:document-content/>') });
    expect(readDocx(odt)).toMatchObject({ ok: false, kind: 'notWord', reason: expect.stringContaining('inte ett Word-dokument') });
    const xlsx = zipSync({ 'xl/workbook.xml': strToU8('<workbook/>'), '[Content_Types].xml': strToU8('<Types/>') });
    expect(readDocx(xlsx)).toMatchObject({ ok: false, kind: 'notWord' });
    const noBody = zipSync({ 'word/document.xml': strToU8('<?xml version="1.0"?><html>inte Word</html>') });
    expect(readDocx(noBody)).toMatchObject({ ok: false, kind: 'notWord' });
  });

  it('refuses a broken zip', () => {
    const bytes = buildDocx({ blocks: [{ text: 'x' }] });
    expect(readDocx(bytes.subarray(0, bytes.length - 30))).toMatchObject({ ok: false, kind: 'corruptDocx', reason: expect.stringContaining('trasigt Word-dokument') });
  });
});

describe('Word numbering', () => {
  const numbered = () =>
    buildDocx({
      numberedStyle: { style: 'Paragrafrubrik', lvlText: '§ %1', start: 12 },
      blocks: [
        { text: 'Fastställande av föredragningslista', style: 'Paragrafrubrik' },
        { text: 'RUN 15-2025' },
        { text: '' },
        { text: 'Beslut' },
        { text: '' },
        { text: 'Föredragningslistan fastställs.' },
        { xml: '<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="2"/></w:numPr></w:pPr><w:r><w:t>en punkt</w:t></w:r></w:p>' },
        { xml: '<w:p><w:pPr><w:pStyle w:val="Paragrafrubrik"/><w:numPr><w:numId w:val="0"/></w:numPr></w:pPr><w:r><w:t>Onumrerad rubrik</w:t></w:r></w:p>' },
        { text: 'Val av justerare', style: 'Paragrafrubrik', pageBreakBefore: true },
      ],
    });

  it('writes the § number a template numbers by style, which is in no text run', () => {
    const result = ok(numbered());
    expect(result.text.split('\n')).toEqual([
      '§ 12 Fastställande av föredragningslista',
      'RUN 15-2025',
      '',
      'Beslut',
      '',
      'Föredragningslistan fastställs.',
      '•\ten punkt',
      'Onumrerad rubrik',
      '\f§ 13 Val av justerare',
    ]);
  });

  it.skipIf(!hasSoffice)('agrees with the numbers LibreOffice prints in a PDF of the same document', async () => {
    const dir = tempDir('docx-num');
    writeFileSync(path.join(dir, 'numrerad.docx'), numbered());
    const pdf = await readPdf(new Uint8Array(readFileSync(await convertToPdf(path.join(dir, 'numrerad.docx'), dir))));
    if (!pdf.ok) throw new Error(pdf.reason);
    expect(pdf.pages[0]).toMatch(/^§ 12 Fastställande av föredragningslista$/m);
    expect(pdf.pages[1]).toMatch(/^§ 13 Val av justerare$/m);
  });
});

describe.skipIf(!hasSoffice)('a .docx written by LibreOffice', () => {
  it('reads back the text it was made from, with its page breaks as pages', async () => {
    const dir = tempDir('docx-lo');
    const source = path.join(projectRoot, 'test/fixtures/protocols/runau-2025-02-11.txt');
    copyFileSync(source, path.join(dir, 'runau.txt'));
    const docx = await convertTo(path.join(dir, 'runau.txt'), dir, 'docx:MS Word 2007 XML');
    const result = ok(new Uint8Array(readFileSync(docx)));
    const text = readFileSync(source, 'utf8');
    // LibreOffice's text import turns a form feed into an empty paragraph that holds the page break.
    expect(result.text).toBe(text.replace(/\n$/, '').replace(/\n\f/g, '\n\n\f'));
    expect(result.pages).toHaveLength(3);
  });
});
