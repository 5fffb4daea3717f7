import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../core/parse/parse.ts';
import type { Protocol } from '../../core/model/protocol.ts';
import { readProtocolFile } from '../../cli/read-file.ts';
import { projectRoot, sharedFile } from '../support/shared.ts';
import { blocksFromText, buildDocx } from './build-docx.ts';
import { convertToPdf, hasSoffice } from './soffice.ts';
import { useTempDirs } from './temp-dirs.ts';

const tempDir = useTempDirs();

const realProtocol = sharedFile('fixtures/protocols/rsau-2024-12-05.txt');
const fixtures = path.join(projectRoot, 'test/fixtures/protocols');

/** What must survive the trip through PDF: each §'s number, title, case numbers and decision. */
const essence = (protocol: Protocol) =>
  protocol.paragrafer.map((p) => ({
    number: p.number,
    title: p.title,
    caseNumbers: p.caseNumbers,
    beslut: p.sections
      .filter((s) => s.kind === 'beslut')
      .map((s) => s.text.replace(/\s+/g, ' ').trim())
      .join(' '),
  }));

/** The page each § heading is on, by poppler's pdftotext: an oracle that shares no code with ours. */
function headingPages(pdf: string, numbers: number[]): number[] {
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf]).toString())![1]);
  const last = new Map<number, number>();
  for (let page = 1; page <= pages; page++) {
    const text = execFileSync('pdftotext', ['-f', String(page), '-l', String(page), pdf, '-']).toString();
    for (const n of numbers) if (new RegExp(`^\\s*§ ${n} \\S`, 'm').test(text)) last.set(n, page);
  }
  // The heading is the last occurrence: the table of contents comes before it.
  return numbers.map((n) => last.get(n)!);
}

async function readAndParse(file: string): Promise<Protocol> {
  const read = await readProtocolFile(file);
  if (!read.ok) throw new Error(`${file}: ${read.reason}`);
  return parseProtocol(read.text);
}

describe.skipIf(!realProtocol || !hasSoffice)('the real protocol as a PDF made with LibreOffice', () => {
  it('gives the same paragraphs as the text, each on the page pdftotext finds its heading on', async () => {
    const text = readFileSync(realProtocol!, 'utf8');
    const fromText = parseProtocol(text);
    expect(fromText.paragrafer).toHaveLength(17);
    // Each § entry on a new page, as clerks lay protocols out, in a font small enough that no line wraps.
    const headingLines = new Set(fromText.paragrafer.map((p) => p.line));
    const dir = tempDir('pdf-protocol');
    const docx = path.join(dir, 'rsau-2024-12-05.docx');
    writeFileSync(docx, buildDocx({ blocks: blocksFromText(text, (_, i) => headingLines.has(i + 1)), fontSize: 9 }));
    const pdf = await convertToPdf(docx, dir);

    const fromPdf = await readAndParse(pdf);
    expect(essence(fromPdf)).toEqual(essence(fromText));
    const pages = fromPdf.paragrafer.map((p) => p.page);
    expect(pages).toEqual(headingPages(pdf, fromText.paragrafer.map((p) => p.number)));
    // Every § starts a page of its own, so the pages strictly increase.
    for (let i = 1; i < pages.length; i++) expect(pages[i]!).toBeGreaterThan(pages[i - 1]!);
    expect(fromPdf.body).toBe(fromText.body);
    expect(fromPdf.date).toBe(fromText.date);
  });
});

describe('the committed real-world-shaped PDF (running header, footer, "N (M)" page numbers)', () => {
  it('gives the same paragraphs as its text, with the pages they are printed on', async () => {
    const fromPdf = await readAndParse(path.join(fixtures, 'run-2025-03-04.pdf'));
    const fromText = await readAndParse(path.join(fixtures, 'run-2025-03-04.txt'));
    expect(fromPdf.body).toBe('Regionala utvecklingsnämnden');
    expect(fromPdf.date).toBe('2025-03-04');
    expect(essence(fromPdf)).toEqual(essence(fromText));
    expect(fromPdf.paragrafer.map((p) => [p.number, p.page])).toEqual([
      [31, 2],
      [32, 3],
      [33, 4],
      [34, 5],
      [35, 6],
      [36, 7],
    ]);
    // Page furniture is not part of any section.
    for (const p of fromPdf.paragrafer) {
      for (const s of p.sections) expect(s.text).not.toMatch(/Utdragsbestyrkande|Comfact|\d \(7\)|Justerandes signatur/);
    }
  });
});
