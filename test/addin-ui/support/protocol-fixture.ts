import type { Paragraf } from '../../../core/model/protocol.ts';
import type { DocumentSnapshot } from '../../../core/addin/snapshot.ts';
import { memoryDocumentOf, memoryParagraph } from '../../../word-addin/src/gateway/memory-document.ts';
import { planInsertEntries } from '../../../core/addin/renumber.ts';
import { MemoryGateway } from '../../../word-addin/src/gateway/memory-gateway.ts';
import type { MockDocument } from './word-mock.ts';

/** An invented § entry; numbers are set by the plan from where it lands. */
export function sampleEntry(title: string, caseNumber: string | null): Paragraf {
  return {
    number: 1,
    title,
    caseNumbers: caseNumber ? [caseNumber] : [],
    sections: [
      { kind: 'sammanfattning', heading: 'Sammanfattning', text: `Ärendet gäller ${title.toLowerCase()}.`, line: 4 },
      { kind: 'beslut', heading: 'Beslut', text: 'Förslaget bifalls.', line: 7 },
    ],
    line: 1,
  };
}

/** A protocol of `n` entries numbered from § 101, written through the same plans the pane uses. */
export async function memoryProtocol(n: number): Promise<MemoryGateway> {
  const gateway = new MemoryGateway(
    memoryDocumentOf([memoryParagraph('Protokoll', 'Title'), memoryParagraph('Kulturnämndens arbetsutskott 2025-03-12')]),
  );
  const requests = Array.from({ length: n }, (_, i) => ({
    paragraph: sampleEntry(`Ärende nummer ${i + 1}`, `RS ${100 + i}-2025`),
    entryId: `e${i + 1}`,
    firstNumber: 101,
  }));
  if (n > 0) {
    const planned = planInsertEntries(await gateway.snapshot(), requests);
    if (!planned.ok) throw new Error(planned.message);
    await gateway.apply(planned.plan);
  }
  return gateway;
}

/** The same document as the Word mock holds it. */
export function mockDocumentOf(snapshot: DocumentSnapshot): MockDocument {
  return {
    paragraphs: snapshot.paragraphs.map((p) => ({ ...p })),
    controls: snapshot.controls.map((c) => ({ ...c, ...(c.paragraphs ? { paragraphs: c.paragraphs.map((p) => ({ ...p })) } : {}) })),
    selectedControlId: snapshot.selectedControlId,
  };
}
