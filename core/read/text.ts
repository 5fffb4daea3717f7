import { readFailure, type ReadResult } from './result.ts';

// Windows-1252 differs from Latin-1 only in 0x80–0x9F; the table holds those code points (0 = undefined).
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

function decodeCp1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    out += String.fromCharCode(...Array.from(chunk, (b) => (b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80] || 0xfffd : b)));
  }
  return out;
}

/**
 * A text export: UTF-8 (with or without BOM), UTF-16 with BOM, or, when the bytes are not valid
 * UTF-8, Windows-1252 (older Windows exports). Form feeds separate pages, as pdftotext writes them.
 * The text is kept as it is, so line numbers match the file.
 */
export function readText(bytes: Uint8Array): ReadResult {
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
  else {
    const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
    if (body.includes(0)) return readFailure('notText', 'innehåller binära data');
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(body);
    } catch {
      text = decodeCp1252(body);
    }
  }
  return { ok: true, text, pages: text.split('\f') };
}
