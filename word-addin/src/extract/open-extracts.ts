import type { DocumentSnapshot } from '../../../core/addin/snapshot.ts';
import { snapshotToProtocol } from '../../../core/addin/snapshot-to-protocol.ts';
import { buildExtract, recipientFileName, recipientGroups, sourceFromFlatOoxml, type ExtractResult } from '../../../core/extract/index.ts';
import type { Protocol } from '../../../core/model/protocol.ts';
import type { DocumentCreator } from '../gateway/document-creator.ts';
import { protocolOfSource } from './source-protocol.ts';

/** What the clerk chose in the Utdrag view. */
export interface ExtractOrder {
  paragrafer: number[];
  /** One extract per recipient named under "Beslutet skickas till"/"Expedieras till", with the chosen §§ that name it. */
  perRecipient: boolean;
  organisation: string;
  intygas: { namn: string; titel: string };
}

export interface OpenedExtract {
  fileName: string;
  /** The recipient group, or null for the one extract of all the chosen §§. */
  recipient: string | null;
  paragrafer: number[];
}

export type ExtractOutcome =
  | {
      ok: true;
      opened: OpenedExtract[];
      /** What the clerk should know, in Swedish (formatting that could not be copied). */
      notes: string[];
      /** Chosen §§ that name no recipient, and so are in no extract per recipient. */
      withoutRecipient: number[];
    }
  | { ok: false; message: string };

/**
 * The protocol the extract is taken from: the Word document's own package where it reads with every
 * chosen § (then the §§ keep their formatting), else the snapshot's reading (the §§ written from
 * the text; buildExtract says so when the package was there).
 */
async function extractSource(creator: DocumentCreator, snapshot: DocumentSnapshot, numbers: readonly number[]) {
  const xml = await creator.protocolPackage();
  const source = xml ? sourceFromFlatOoxml(xml) : null;
  const fromSource = source ? protocolOfSource(source) : null;
  const complete = (p: Protocol | null): p is Protocol => !!p && numbers.every((n) => p.paragrafer.some((x) => x.number === n));
  return { protocol: complete(fromSource) ? fromSource : snapshotToProtocol(snapshot), source };
}

/**
 * Builds the extracts the clerk asked for with the core and opens each as a new document in Word;
 * the protocol is only read. Every extract is built before any is opened, so a § that cannot be
 * found opens nothing.
 */
export async function openExtracts(creator: DocumentCreator, snapshot: DocumentSnapshot, order: ExtractOrder): Promise<ExtractOutcome> {
  const { protocol, source } = await extractSource(creator, snapshot, order.paragrafer);
  const request = { organisation: order.organisation.trim() || undefined, intygas: order.intygas };
  const whole = buildExtract(protocol, { ...request, paragrafer: order.paragrafer }, source);
  if (!whole.ok) return whole;

  const built: (OpenedExtract & { result: Extract<ExtractResult, { ok: true }> })[] = [];
  let withoutRecipient: number[] = [];
  if (order.perRecipient) {
    const groups = recipientGroups(protocol.paragrafer.filter((p) => whole.paragrafer.includes(p.number)));
    if (groups.length === 0) return { ok: false, message: 'De valda paragraferna anger inga mottagare under ”Beslutet skickas till” eller ”Expedieras till”.' };
    const taken = new Set<string>();
    for (const g of groups) {
      const result = buildExtract(protocol, { ...request, paragrafer: g.paragrafer }, source);
      if (!result.ok) return result;
      const fileName = recipientFileName(g.recipient, taken);
      taken.add(fileName);
      built.push({ fileName, recipient: g.recipient, paragrafer: result.paragrafer, result });
    }
    const named = new Set(groups.flatMap((g) => g.paragrafer));
    withoutRecipient = whole.paragrafer.filter((n) => !named.has(n));
  } else {
    built.push({ fileName: 'protokollsutdrag.docx', recipient: null, paragrafer: whole.paragrafer, result: whole });
  }
  for (const b of built) await creator.open(b.result.docx, b.fileName);
  return {
    ok: true,
    opened: built.map(({ fileName, recipient, paragrafer }) => ({ fileName, recipient, paragrafer })),
    notes: whole.notes,
    withoutRecipient,
  };
}
