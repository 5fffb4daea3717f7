/**
 * Makes test/fixtures/protocols/run-2025-03-04.pdf, a real-world-shaped PDF of the invented
 * protocol run-2025-03-04.txt: running header and footer with "N (M)" page numbers and a
 * signature-service line on every page, each § on a new page. Run once with
 * `node test/read/make-pdf-fixture.ts`; the PDF is committed so the tests do not need LibreOffice.
 */
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { blocksFromText, buildDocx } from './build-docx.ts';
import { convertToPdf } from './soffice.ts';

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/protocols');
const text = await readFile(path.join(fixtures, 'run-2025-03-04.txt'), 'utf8');
const docx = buildDocx({
  blocks: blocksFromText(text.trimEnd(), (line) => /^§ \d+ /.test(line)),
  header: ['Protokoll', 'Sammanträdesdatum', 'Regionala utvecklingsnämnden 2025-03-04', 'Utdragsbestyrkande'],
  footer: ['Justerandes signatur', '{PAGE} ({NUMPAGES})', 'Comfact Signature Referensnummer: 900431SE'],
});
const dir = await mkdtemp(path.join(tmpdir(), 'pdf-fixture-'));
try {
  const input = path.join(dir, 'run-2025-03-04.docx');
  await writeFile(input, docx);
  await copyFile(await convertToPdf(input, dir), path.join(fixtures, 'run-2025-03-04.pdf'));
} finally {
  await rm(dir, { recursive: true, force: true });
}
console.log('wrote', path.join(fixtures, 'run-2025-03-04.pdf'));
