import { thousands } from '../text/thousands.ts';
import { byteSize } from './byte-size.ts';
import { fromPages, readFailure, type ReadResult } from './result.ts';
import { pageLines, type PdfTextItem } from './pdf-lines.ts';
import { oversizedStream, type PdfStreamLimits } from './pdf-streams.ts';

/** Below this many characters per page on average, the "text" is a stamp on a scan, not a protocol. */
const MIN_CHARACTERS_PER_PAGE = 50;

export interface PdfLimits extends PdfStreamLimits {
  pages: number;
  /** Characters of text in all pages together. */
  characters: number;
}

/**
 * Budgets far beyond any protocol (a 300-page protocol is some 1 million characters, its page
 * streams well under a megabyte each), so that a hostile PDF is refused in bounded time and memory.
 */
export const PDF_LIMITS: PdfLimits = {
  pages: 2000,
  characters: 5_000_000,
  streamBytes: 16 * 1024 * 1024,
  allStreamsBytes: 256 * 1024 * 1024,
};

async function discard(reader: ReadableStreamDefaultReader): Promise<void> {
  try {
    while (!(await reader.read()).done);
  } catch {
    // The document was destroyed: nothing more to read.
  }
}

/** A page's text items, read as pdf.js streams them, stopped once the document is over its character budget. */
async function pageItems(page: { streamTextContent(): ReadableStream }, budget: { characters: number }): Promise<PdfTextItem[] | null> {
  const reader = page.streamTextContent().getReader() as ReadableStreamDefaultReader<{ items: object[] }>;
  const items: PdfTextItem[] = [];
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    for (const item of chunk.value.items) {
      if (!('str' in item)) continue;
      items.push(item as PdfTextItem);
      budget.characters -= (item as PdfTextItem).str.length;
    }
    if (budget.characters < 0) {
      // Not cancelled (pdf.js then still posts chunks to the closed stream, and throws) but drained
      // in the background, so that pdf.js reaches its next check and stops when readPdf's
      // `finally` destroys the document.
      void discard(reader);
      return null;
    }
  }
  return items;
}

/**
 * The text layer of a PDF, page by page, with pdf.js (its legacy build runs in Node and in
 * browsers). A PDF without a text layer is reported, not guessed at: there is no OCR here. A PDF
 * over the limits (`PDF_LIMITS`) is refused as too large, saying which limit.
 */
export async function readPdf(bytes: Uint8Array, limits: PdfLimits = PDF_LIMITS): Promise<ReadResult> {
  const oversized = oversizedStream(bytes, limits);
  if (oversized === 'stream') return readFailure('tooLarge', `en dataström blir mer än ${byteSize(limits.streamBytes)} uppackad`);
  if (oversized === 'all') return readFailure('tooLarge', `dataströmmarna blir mer än ${byteSize(limits.allStreamsBytes)} uppackade`);
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
    if (doc.numPages > limits.pages) return readFailure('tooLarge', `${doc.numPages} sidor, gränsen är ${limits.pages}`);
    const budget = { characters: limits.characters };
    const pages: string[] = [];
    let characters = 0;
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const items = await pageItems(page, budget);
      if (!items) return readFailure('tooLarge', `mer än ${thousands(limits.characters)} tecken text`);
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
