import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { zipSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readDocx } from '../../core/read/docx.ts';
import { projectRoot } from '../support/shared.ts';
import { buildDocx } from './build-docx.ts';
import { convertTo, hasSoffice } from './soffice.ts';

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

describe.skipIf(!hasSoffice)('a .docx written by LibreOffice', () => {
  it('reads back the text it was made from, with its page breaks as pages', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'docx-lo-'));
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
