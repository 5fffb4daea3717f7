import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPdf } from '../../core/read/pdf.ts';
import { pageLines } from '../../core/read/pdf-lines.ts';
import { projectRoot } from '../support/shared.ts';
import { imageOnlyPdf } from './make-pdf.ts';
import { useTempDirs } from './temp-dirs.ts';

const tempDir = useTempDirs();

const fixture = path.join(projectRoot, 'test/fixtures/protocols/run-2025-03-04.pdf');
const bytes = () => new Uint8Array(readFileSync(fixture));

describe('readPdf', () => {
  it('reads the text layer page by page, headers and footers included, with the page count LibreOffice wrote', async () => {
    const result = await readPdf(bytes());
    if (!result.ok) throw new Error(result.reason);
    expect(result.pages).toHaveLength(7);
    expect(result.text).toBe(result.pages.join('\n\f'));
    for (const [i, page] of result.pages.entries()) {
      const lines = page.split('\n');
      expect(lines.slice(0, 4)).toEqual(['Protokoll', 'Sammanträdesdatum', 'Regionala utvecklingsnämnden 2025-03-04', 'Utdragsbestyrkande']);
      expect(lines).toContain(`${i + 1} (7)`);
    }
    // Each § was put on its own page, in order.
    for (const [i, n] of [31, 32, 33, 34, 35, 36].entries()) expect(result.pages[i + 1]).toMatch(new RegExp(`^§ ${n} `, 'm'));
    expect(result.pages[3]).toContain('Karin Holm (SD) reserverar sig mot beslutet till förmån för eget yrkande.');
    // Blank lines between blocks survive, as in a text export.
    expect(result.pages[1]).toContain('RUN 22-2025\n\nBeslut\n\nFöredragningslistan fastställs.');
  });

  it('leaves the caller’s bytes usable', async () => {
    const data = bytes();
    await readPdf(data);
    expect(data.length).toBeGreaterThan(1000);
    expect((await readPdf(data)).ok).toBe(true);
  });

  it('refuses a PDF with no text layer as a scan', async () => {
    expect(await readPdf(imageOnlyPdf())).toMatchObject({ ok: false, kind: 'scannedPdf', reason: expect.stringContaining('skannad PDF utan textlager') });
  });

  it('refuses an encrypted PDF (qpdf with a user password)', async () => {
    const dir = tempDir('enc');
    const out = path.join(dir, 'enc.pdf');
    execFileSync('qpdf', ['--encrypt', 'hemligt', 'agare', '256', '--', fixture, out]);
    expect(await readPdf(new Uint8Array(readFileSync(out)))).toMatchObject({ ok: false, kind: 'encryptedPdf', reason: expect.stringContaining('krypterad PDF') });
  });

  it('reads a PDF encrypted with an empty user password (only printing restricted)', async () => {
    const dir = tempDir('enc');
    const out = path.join(dir, 'open.pdf');
    execFileSync('qpdf', ['--encrypt', '', 'agare', '256', '--print=none', '--', fixture, out]);
    expect((await readPdf(new Uint8Array(readFileSync(out)))).ok).toBe(true);
  });

  it.each([
    ['cut in half', (b: Uint8Array) => b.subarray(0, b.length >> 1)],
    ['a header and noise', () => Uint8Array.from([...Buffer.from('%PDF-1.7\n'), ...Array.from({ length: 4000 }, (_, i) => (i * 7919) % 256)])],
    ['only a header', () => new Uint8Array(Buffer.from('%PDF-1.4\n%%EOF\n'))],
  ])('refuses a corrupt PDF: %s', async (_, corrupt) => {
    expect(await readPdf(corrupt(bytes()))).toMatchObject({ ok: false, kind: 'corruptPdf', reason: expect.stringContaining('trasig PDF') });
  });

  it('makes a scan that is a valid PDF to other tools too', () => {
    const dir = tempDir('scan');
    writeFileSync(path.join(dir, 'scan.pdf'), imageOnlyPdf(1));
    expect(execFileSync('pdfinfo', [path.join(dir, 'scan.pdf')]).toString()).toMatch(/Pages:\s+1/);
  });
});

describe('pageLines', () => {
  const item = (str: string, x: number, y: number, width = str.length * 5, size = 10) => ({ str, transform: [size, 0, 0, size, x, y], width });

  it('groups items by baseline, orders them left to right and spaces them by their gaps', () => {
    expect(
      pageLines([item('Beslut', 60, 700), item('RS', 60, 740), item('2215-2024', 76, 740.5), item('§', 60, 752), item('223', 70, 752, 15)]),
    ).toEqual(['§ 223', 'RS 2215-2024', '', 'Beslut']);
  });

  it('joins pieces of one word that touch, and keeps rotated text after the page', () => {
    const rotated = { str: 'Signerat digitalt', transform: [0, 10, -10, 0, 20, 300], width: 80 };
    expect(pageLines([item('Försl', 60, 700, 25), item('ag', 85, 700, 10), rotated])).toEqual(['Förslag', 'Signerat digitalt']);
  });
});
