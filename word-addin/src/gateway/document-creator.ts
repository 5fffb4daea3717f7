/// <reference types="office-js" />

/**
 * Documents beside the one the clerk writes: the open protocol read whole as WordprocessingML (so
 * that an extract copies its §§ with their formatting), and a new document opened in Word (the
 * extract). Neither touches the open document. Kept apart from the DocumentGateway, whose edits of
 * the protocol follow the edit-plan rules; this interface only reads it and makes new documents.
 */
export interface DocumentCreator {
  /** The open document's body as a flat OOXML package (`pkg:package`), or null where it cannot be read. */
  protocolPackage(): Promise<string | null>;
  /** Opens a .docx as a new document in Word (`Application.createDocument`, WordApi 1.3). */
  open(docx: Uint8Array, fileName: string): Promise<void>;
}

/** `Word.run`, injectable so tests can hand in a mocked request context. */
export type CreatorWordRun = <T>(batch: (context: Word.RequestContext) => Promise<T>) => Promise<T>;

/** Base64 of bytes, in chunks: `String.fromCharCode(...bytes)` overflows the stack on a large file. */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export class OfficeDocumentCreator implements DocumentCreator {
  private readonly run: CreatorWordRun;

  constructor(run: CreatorWordRun) {
    this.run = run;
  }

  async protocolPackage(): Promise<string | null> {
    return this.run(async (context) => {
      const ooxml = context.document.body.getOoxml();
      await context.sync();
      return ooxml.value || null;
    });
  }

  async open(docx: Uint8Array): Promise<void> {
    await this.run(async (context) => {
      context.application.createDocument(toBase64(docx)).open();
      await context.sync();
    });
  }
}

/** The task pane in Word: the creator over `Word.run`, which is only looked up when used (the demo has no `Word`). */
export const wordDocumentCreator: DocumentCreator = new OfficeDocumentCreator((batch) => Word.run(batch));

/** For tests and the demo: documents "opened" are kept, and the protocol's package is what was given. */
export class MemoryDocumentCreator implements DocumentCreator {
  readonly opened: { fileName: string; docx: Uint8Array }[] = [];
  private readonly listeners = new Set<() => void>();
  private readonly source: string | null;

  constructor(source: string | null = null) {
    this.source = source;
  }

  async protocolPackage(): Promise<string | null> {
    return this.source;
  }

  async open(docx: Uint8Array, fileName: string): Promise<void> {
    this.opened.push({ fileName, docx });
    for (const l of this.listeners) l();
  }

  /** Calls `listener` after every document opened (the demo page offers it for download). */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
