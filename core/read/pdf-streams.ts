import { Unzlib } from 'fflate';

const ascii = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));
const STREAM = ascii('stream');
const END_STREAM = ascii('endstream');
/** How far before `stream` its dictionary is looked for. */
const DICTIONARY_WINDOW = 2048;
/** Compressed bytes fed to the inflater at a time: at most about 16 MB come out of one feed. */
const FEED = 16 * 1024;

function indexOfBytes(haystack: Uint8Array, needle: Uint8Array, from: number): number {
  for (let at = haystack.indexOf(needle[0]!, from); at !== -1; at = haystack.indexOf(needle[0]!, at + 1)) {
    let k = 1;
    while (k < needle.length && haystack[at + k] === needle[k]) k++;
    if (k === needle.length) return at;
  }
  return -1;
}

/** The unpacked size of a zlib stream, counted without keeping it, and not beyond `cap` (then more than `cap`). */
function unpackedSize(data: Uint8Array, cap: number): number {
  let size = 0;
  const inflater = new Unzlib((chunk) => {
    size += chunk.length;
  });
  try {
    for (let at = 0; at < data.length && size <= cap; at += FEED) inflater.push(data.subarray(at, at + FEED), at + FEED >= data.length);
  } catch {
    // Not zlib (another filter, encrypted, or cut short): what came out so far is its size.
  }
  return size;
}

export interface PdfStreamLimits {
  /** The most one stream may unpack to. */
  streamBytes: number;
  /** The most all streams together may unpack to. */
  allStreamsBytes: number;
}

/**
 * Whether a PDF's streams would unpack beyond the limits: one stream (`stream`), all together
 * (`all`), or neither (null). A PDF's only way to be
 * larger inside than on disk is a compressed stream (1 MB that unpacks to 1 GB, or one 64 MB
 * stream that a hundred pages share), and pdf.js holds a stream unpacked while it reads it; so the
 * streams pdf.js would unpack for text are measured first, by the raw bytes, in bounded memory and
 * in time bounded by the limits. Images are left out: text extraction never unpacks them.
 */
export function oversizedStream(bytes: Uint8Array, limits: PdfStreamLimits): 'stream' | 'all' | null {
  const latin1 = new TextDecoder('latin1');
  let total = 0;
  for (let at = indexOfBytes(bytes, STREAM, 0); at !== -1; at = indexOfBytes(bytes, STREAM, at)) {
    const keyword = at;
    at += STREAM.length;
    if (keyword >= 3 && latin1.decode(bytes.subarray(keyword - 3, keyword)) === 'end') continue;
    const dictionary = latin1.decode(bytes.subarray(Math.max(0, keyword - DICTIONARY_WINDOW), keyword));
    if (/\/Subtype\s*\/Image\b/.test(dictionary.slice(Math.max(0, dictionary.lastIndexOf(' obj'))))) continue;
    const start = at + (bytes[at] === 0x0d ? 1 : 0) + (bytes[at + (bytes[at] === 0x0d ? 1 : 0)] === 0x0a ? 1 : 0);
    const found = indexOfBytes(bytes, END_STREAM, start);
    const end = found === -1 ? bytes.length : found;
    const unpacked = unpackedSize(bytes.subarray(start, end), Math.min(limits.streamBytes, limits.allStreamsBytes - total));
    if (unpacked > limits.streamBytes) return 'stream';
    total += unpacked;
    if (total > limits.allStreamsBytes) return 'all';
    at = end;
  }
  return null;
}
