import { readDocx } from './docx.ts';
import { readPdf } from './pdf.ts';
import { readFailure, type ReadResult } from './result.ts';
import { readText } from './text.ts';

export type ProtocolFileKind = 'pdf' | 'docx' | 'text';

/** File name endings read as protocols when a folder is walked. */
export const PROTOCOL_EXTENSIONS = ['.pdf', '.docx', '.txt'] as const;

const startsWith = (bytes: Uint8Array, ...magic: number[]) => magic.every((b, i) => bytes[i] === b);

function extensionOf(fileName: string): string {
  const base = fileName.slice(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot).toLowerCase() : '';
}

function hasPdfHeader(bytes: Uint8Array): boolean {
  // The PDF header may follow some junk; readers accept it within the first kilobyte.
  const head = String.fromCharCode(...bytes.subarray(0, 1024));
  return head.includes('%PDF-');
}

/**
 * Which reader a file needs, by its content first (a PDF saved as `.txt` is still a PDF) and by its
 * name where the content does not tell.
 */
export function detectKind(bytes: Uint8Array, fileName: string): ProtocolFileKind | ReturnType<typeof readFailure> {
  const ext = extensionOf(fileName);
  if (bytes.length === 0) return readFailure('empty');
  if (hasPdfHeader(bytes)) return 'pdf';
  if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04) || startsWith(bytes, 0x50, 0x4b, 0x05, 0x06)) return 'docx';
  if (startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0)) return readFailure('legacyWord');
  if (ext === '.pdf') return readFailure('corruptPdf', 'filen börjar inte som en PDF');
  if (ext === '.docx') return readFailure('notWord', 'ingen zip-fil');
  if (startsWith(bytes, 0x7b, 0x5c, 0x72, 0x74, 0x66)) return readFailure('unsupported', 'RTF');
  if (ext === '.txt' || ext === '.text' || ext === '') return 'text';
  return readFailure('unsupported', ext);
}

/** Bytes of a protocol file in, its text with pages out, or the reason it could not be read. */
export async function readProtocolBytes(bytes: Uint8Array, fileName: string): Promise<ReadResult> {
  const kind = detectKind(bytes, fileName);
  switch (kind) {
    case 'pdf':
      return readPdf(bytes);
    case 'docx':
      return readDocx(bytes);
    case 'text':
      return readText(bytes);
    default:
      return kind;
  }
}
