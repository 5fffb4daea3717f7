/** Why a file could not be read. Each kind has one Swedish reason, shown next to the file's name. */
export const READ_FAILURES = {
  empty: 'tom fil (0 byte)',
  tooLarge: 'filen är för stor',
  tooSlow: 'tog för lång tid att läsa',
  unsupported: 'okänt filformat (protokoll läses från .pdf, .docx och .txt)',
  legacyWord: 'äldre Word-format (.doc): spara som .docx',
  notText: 'inte en textfil',
  scannedPdf: 'skannad PDF utan textlager',
  encryptedPdf: 'krypterad PDF',
  corruptPdf: 'trasig PDF',
  notWord: 'inte ett Word-dokument',
  corruptDocx: 'trasigt Word-dokument',
  unreadable: 'filen kunde inte läsas',
} as const;
export type ReadFailureKind = keyof typeof READ_FAILURES;

/**
 * A § entry the Word add-in wrapped in a content control (`protokoll:entry:<id>`, see
 * core/addin/tags.ts): the 1-based lines of the text it covers, so the structure written with the
 * add-in is known exactly instead of guessed from the text.
 */
export interface EntryRegion {
  entryId: string;
  startLine: number;
  endLine: number;
}

export interface ReadText {
  ok: true;
  /** The document's text; a page's first line begins with a form feed (`pages.join('\n\f')` for PDF and Word). */
  text: string;
  /** The text of each page, in order; one element when the source has no pages. */
  pages: string[];
  /** Only for .docx written with the add-in. */
  regions?: EntryRegion[];
}

export interface ReadFailure {
  ok: false;
  kind: ReadFailureKind;
  /** Swedish, for a person: the kind's reason, sometimes with a detail. */
  reason: string;
}

export type ReadResult = ReadText | ReadFailure;

export function readFailure(kind: ReadFailureKind, detail?: string): ReadFailure {
  return { ok: false, kind, reason: detail ? `${READ_FAILURES[kind]} (${detail})` : READ_FAILURES[kind] };
}

/** Text made of pages: each page after the first starts on a line that begins with `\f`. */
export function fromPages(pages: string[], regions?: EntryRegion[]): ReadText {
  return regions?.length ? { ok: true, text: pages.join('\n\f'), pages, regions } : { ok: true, text: pages.join('\n\f'), pages };
}
