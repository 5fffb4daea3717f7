import type { Paragraf } from '../../../core/model/protocol.ts';
import { memoryDocumentOf, memoryParagraph, type MemoryDocument } from '../../../word-addin/src/gateway/memory-document.ts';
import { planInsertEntries } from '../../../core/addin/renumber.ts';
import { MemoryGateway } from '../../../word-addin/src/gateway/memory-gateway.ts';
import { WordMock, type WordMockOptions } from './word-mock.ts';
import { GatewayError } from '../../../word-addin/src/gateway/gateway.ts';
import { expect } from 'vitest';

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

/**
 * An entry with every section a clerk writes after a debate: 18 paragraphs, among them Yrkanden,
 * Beslutsgång, Reservation, Protokollsanteckning and "Beslutet skickas till", which the form does
 * not read back.
 */
export function fullEntry(title: string): Paragraf {
  const s = (kind: Paragraf['sections'][number]['kind'], heading: string, text: string) => ({ kind, heading, text, line: 1 });
  return {
    number: 1,
    title,
    caseNumbers: ['RS 77-2025'],
    sections: [
      s('sammanfattning', 'Sammanfattning', 'Förvaltningen föreslår nya öppettider.\nSöndagsöppet prövas under ett år.'),
      s('forslagTillBeslut', 'Förslag till beslut', 'Öppettiderna ändras enligt förvaltningens förslag.'),
      s('yrkanden', 'Yrkanden', 'Lina Sjö (V) yrkar att biblioteket ska ha öppet även på söndagar.\nMaria Holm (S) yrkar bifall till förslaget.'),
      s('beslutsgang', 'Beslutsgång', 'Ordförande ställer förslagen mot varandra och finner att arbetsutskottet beslutar enligt liggande förslag.'),
      s('beslut', 'Beslut', 'Öppettiderna ändras enligt förvaltningens förslag.'),
      s('reservationer', 'Reservation', 'Lina Sjö (V) reserverar sig mot beslutet till förmån för eget yrkande.'),
      s('protokollsanteckning', 'Protokollsanteckning', 'Omar Berg (C) lämnar en protokollsanteckning.'),
      s('other', 'Beslutet skickas till', 'Kulturförvaltningen'),
      s('beslutsunderlag', 'Beslutsunderlag', 'Tjänsteskrivelse 2025-02-20'),
    ],
    line: 1,
  };
}

/** A protocol of `n` entries numbered from § 101, written through the same plans the pane uses. */
export async function memoryProtocol(n: number, extra: { id: string; paragraph: Paragraf }[] = []): Promise<MemoryGateway> {
  const gateway = new MemoryGateway(
    memoryDocumentOf([memoryParagraph('Protokoll', 'Title'), memoryParagraph('Kulturnämndens arbetsutskott 2025-03-12')]),
  );
  const requests = [
    ...Array.from({ length: n }, (_, i) => ({ paragraph: sampleEntry(`Ärende nummer ${i + 1}`, `RS ${100 + i}-2025`), entryId: `e${i + 1}` })),
    ...extra.map((x) => ({ paragraph: x.paragraph, entryId: x.id })),
  ].map((r) => ({ ...r, firstNumber: 101, position: { at: 'end' as const } }));
  if (requests.length > 0) {
    const planned = planInsertEntries(await gateway.snapshot(), requests);
    if (!planned.ok) throw new Error(planned.message);
    await gateway.apply(planned.plan);
  }
  return gateway;
}

/** The same document in Word (the mock), as a copy. */
export async function wordOf(gateway: MemoryGateway, options: WordMockOptions = {}): Promise<WordMock> {
  return new WordMock(structuredClone(gateway.doc) as MemoryDocument, options);
}

/** The document's content, to compare before and after ("exactly as before"). */
export const contentOf = (doc: MemoryDocument): string => JSON.stringify(doc.blocks);

/** A clerk-facing message: Swedish, without Word's error codes or English error text. */
export const CLERK_MESSAGE_FORBIDDEN = /ItemNotFound|InvalidArgument|AccessDenied|GeneralException|ApiNotFound|[Ee]rror|requested|denied|\(\w+Exception\)/;

/**
 * Runs an edit that must be refused and returns the refusal: a GatewayError whose message tells
 * the clerk in Swedish that nothing changed, with the document exactly as before. `content` reads the document for the comparison.
 */
export async function refusedUnchanged(edit: () => Promise<unknown>, doc: MemoryDocument, content: (doc: MemoryDocument) => string = contentOf): Promise<GatewayError> {
  const before = content(doc);
  const error = await edit().then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(GatewayError);
  expect((error as GatewayError).message).toMatch(/Inget ändrades/);
  expect((error as GatewayError).message).not.toMatch(CLERK_MESSAGE_FORBIDDEN);
  expect(content(doc)).toBe(before);
  return error as GatewayError;
}
