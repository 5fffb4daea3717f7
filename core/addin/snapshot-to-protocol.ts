import type { Protocol } from '../model/protocol.ts';
import { DEFAULT_CASE_NUMBER_CONFIG, type CaseNumberConfig } from '../casenumber/index.ts';
import { parseProtocol } from '../parse/parse.ts';
import type { DocumentSnapshot } from './snapshot.ts';
import { readStructure } from './document-structure.ts';
import { entryParagraph } from './entry-paragraph.ts';

/**
 * The Word document as a `Protocol`, so the core rules can check it ("Granska"). The cover page
 * and anything the clerk wrote by hand are read by the core parser from the document's text (one
 * line per Word paragraph); the entries the add-in wrote are read from their content controls,
 * whose structure is known. Line numbers are body paragraph indexes + 1, so a finding leads back
 * to its paragraph in Word.
 */
export function snapshotToProtocol(snapshot: DocumentSnapshot, config: CaseNumberConfig = DEFAULT_CASE_NUMBER_CONFIG): Protocol {
  const structure = readStructure(snapshot);
  // Word's soft line break (vertical tab) stays inside its paragraph.
  const text = snapshot.paragraphs.map((p) => p.text.replace(/[\r\n\v\f]+/g, ' ')).join('\n');
  const parsed = parseProtocol(text, { caseNumbers: config });
  const own = structure.entries.map((e) => entryParagraph(e, config));
  const covered = structure.entries
    .filter((e) => e.firstParagraph >= 0)
    .map((e) => [e.firstParagraph + 1, e.firstParagraph + e.paragraphs.length] as const);
  const inEntry = (line: number) => covered.some(([from, to]) => line >= from && line <= to);
  const handWritten = parsed.paragrafer.filter((p) => !inEntry(p.line));
  return { ...parsed, paragrafer: [...own, ...handWritten].sort((a, b) => a.line - b.line) };
}
