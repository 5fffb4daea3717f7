import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceFromDocx } from '../../core/extract/index.ts';
import type { Protocol } from '../../core/model/protocol.ts';
import { parseProtocol } from '../../core/parse/parse.ts';
import { readDocx } from '../../core/read/docx.ts';
import { demoProtocolDocument } from '../../word-addin/src/demo/demo-protocol.ts';
import { openExtracts } from '../../word-addin/src/extract/open-extracts.ts';
import { MemoryDocumentCreator, OfficeDocumentCreator, toBase64 } from '../../word-addin/src/gateway/document-creator.ts';
import { MemoryGateway } from '../../word-addin/src/gateway/memory-gateway.ts';
import { memoryDocumentOf, memoryParagraph } from '../../word-addin/src/gateway/memory-document.ts';
import { projectRoot } from '../support/shared.ts';
import { wordProtocol } from '../extract/word-source.ts';

function readBack(docx: Uint8Array): Protocol {
  const read = readDocx(docx);
  if (!read.ok) throw new Error(read.reason);
  return parseProtocol(read.text, { regions: read.regions });
}

const order = { perRecipient: false, organisation: 'Sjöbacka kommun', intygas: { namn: 'Eva Strand', titel: 'Nämndsekreterare' } };

/** The parts of a .docx as the flat package Word's `body.getOoxml()` gives. */
function flatPackage(docx: Uint8Array): string {
  const parts = sourceFromDocx(docx)!;
  const part = (name: string, xml: string | null) =>
    xml ? `<pkg:part pkg:name="/${name}" pkg:contentType="application/xml"><pkg:xmlData>${xml.replace(/^<\?xml[^>]*\?>\s*/, '')}</pkg:xmlData></pkg:part>` : '';
  return (
    `<?xml version="1.0"?><pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">` +
    part('word/document.xml', parts.documentXml) +
    part('word/styles.xml', parts.stylesXml) +
    part('word/numbering.xml', parts.numberingXml) +
    `</pkg:package>`
  );
}

describe('Utdrag in the task pane', () => {
  it('opens the chosen §§ as a new document and leaves the protocol as it was', async () => {
    const gateway = new MemoryGateway(demoProtocolDocument());
    const before = JSON.stringify(gateway.doc.blocks);
    const creator = new MemoryDocumentCreator();
    const outcome = await openExtracts(creator, await gateway.snapshot(), { ...order, paragrafer: [14, 13] });
    expect(outcome).toEqual({ ok: true, opened: [{ fileName: 'protokollsutdrag.docx', recipient: null, paragrafer: [13, 14] }], notes: [], withoutRecipient: [] });
    const back = readBack(creator.opened[0]!.docx);
    expect(back.paragrafer.map((p) => [p.number, p.title])).toEqual([
      [13, 'Bidrag till studieförbunden 2025'],
      [14, 'Hyresavtal för Kulturhusets kafé'],
    ]);
    expect([back.body, back.date, back.justeringDate]).toEqual(['Kulturnämndens arbetsutskott', '2025-03-12', '2025-03-26']);
    expect(JSON.stringify(gateway.doc.blocks)).toBe(before);
  });

  it('opens one extract per recipient, with the §§ that name it', async () => {
    const gateway = new MemoryGateway(demoProtocolDocument());
    const creator = new MemoryDocumentCreator();
    const outcome = await openExtracts(creator, await gateway.snapshot(), { ...order, paragrafer: [12, 13, 14], perRecipient: true });
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.opened.map((o) => [o.recipient, o.paragrafer, o.fileName])).toEqual([
      ['Studieförbunden i kommunen', [13], 'utdrag-studieforbunden-i-kommunen.docx'],
      ['Ekonomienheten', [13, 14], 'utdrag-ekonomienheten.docx'],
      ['Fastighetsenheten', [14], 'utdrag-fastighetsenheten.docx'],
    ]);
    expect(outcome.withoutRecipient).toEqual([12]);
    expect(creator.opened.map((d) => readBack(d.docx).paragrafer.map((p) => p.number))).toEqual([[13], [13, 14], [14]]);
  });

  it('opens nothing when a § is missing or no chosen § names a recipient', async () => {
    const gateway = new MemoryGateway(demoProtocolDocument());
    const creator = new MemoryDocumentCreator();
    const snapshot = await gateway.snapshot();
    expect(await openExtracts(creator, snapshot, { ...order, paragrafer: [12, 99] })).toMatchObject({ ok: false, message: expect.stringMatching(/§ 99 finns inte/) });
    expect(await openExtracts(creator, snapshot, { ...order, paragrafer: [12], perRecipient: true })).toMatchObject({ ok: false, message: expect.stringMatching(/inga mottagare/) });
    expect(creator.opened).toEqual([]);
  });

  it("copies the §§ with the Word document's own formatting when its package reads", async () => {
    const docx = wordProtocol(readFileSync(path.join(projectRoot, 'test/fixtures/protocols/run-2025-03-04.txt'), 'utf8'));
    const creator = new MemoryDocumentCreator(flatPackage(docx));
    // §§ numbered by Word's list numbering have no "§ 31" in a snapshot's text: the package is read as the CLI reads a .docx.
    const snapshot = await new MemoryGateway(memoryDocumentOf([memoryParagraph('Protokoll', 'Title')])).snapshot();
    const outcome = await openExtracts(creator, snapshot, { ...order, paragrafer: [31, 33] });
    // Copied from the package (a link's address is all it leaves out), not written from the text.
    expect(outcome).toMatchObject({ ok: true, notes: ['§ 31: länkar kom med som text, utan sina adresser'] });
    expect(readBack(creator.opened[0]!.docx).paragrafer.map((p) => p.number)).toEqual([31, 33]);
    expect(readDocx(creator.opened[0]!.docx)).toMatchObject({ ok: true });
  });
});

describe('the Office document creator', () => {
  it('reads the body as OOXML and opens a new document from base64 in one sync each', async () => {
    const calls: string[] = [];
    const context = {
      document: { body: { getOoxml: () => (calls.push('getOoxml'), { value: '<pkg:package/>' }) } },
      application: { createDocument: (base64: string) => (calls.push(`createDocument ${base64}`), { open: () => calls.push('open') }) },
      sync: async () => void calls.push('sync'),
    };
    const creator = new OfficeDocumentCreator(async (batch) => batch(context as unknown as Word.RequestContext));
    expect(await creator.protocolPackage()).toBe('<pkg:package/>');
    await creator.open(new Uint8Array([80, 75, 3, 4]));
    expect(calls).toEqual(['getOoxml', 'sync', 'createDocument UEsDBA==', 'open', 'sync']);
  });

  it('encodes large files in chunks', () => {
    const bytes = new Uint8Array(200_000).map((_, i) => i % 256);
    expect(toBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
  });
});
