import { fromPages, readFailure, type ReadResult } from './result.ts';
import { pageLines, type PdfTextItem } from './pdf-lines.ts';

/** Below this many characters per page on average, the "text" is a stamp on a scan, not a protocol. */
const MIN_CHARACTERS_PER_PAGE = 50;

/**
 * The text layer of a PDF, page by page, with pdf.js (its legacy build runs in Node and in
 * browsers). A PDF without a text layer is reported, not guessed at: there is no OCR here.
 */
export async function readPdf(bytes: Uint8Array): Promise<ReadResult> {
  // Loaded on first use: most commands never read a PDF, and pdf.js is large.
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // pdf.js takes ownership of the buffer it is given; a copy keeps the caller's bytes intact.
  const task = getDocument({ data: bytes.slice(), verbosity: 0, disableFontFace: true });
  let doc;
  try {
    doc = await task.promise;
  } catch (error) {
    const name = (error as { name?: string })?.name;
    if (name === 'PasswordException') return readFailure('encryptedPdf', 'lösenord krävs');
    return readFailure('corruptPdf', name === 'InvalidPDFException' ? 'ogiltig PDF-struktur' : (error as Error)?.message);
  }
  try {
    const pages: string[] = [];
    let characters = 0;
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const items = content.items.filter((i): i is PdfTextItem & typeof i => 'str' in i);
      const lines = pageLines(items);
      for (const line of lines) characters += line.replace(/\s/g, '').length;
      pages.push(lines.join('\n'));
      page.cleanup();
    }
    if (characters < MIN_CHARACTERS_PER_PAGE * doc.numPages) return readFailure('scannedPdf', `${doc.numPages} sidor, ingen text`);
    return fromPages(pages);
  } catch (error) {
    return readFailure('corruptPdf', (error as Error)?.message);
  } finally {
    await task.destroy();
  }
}
