import { readStructure, type DocumentEntry } from '../../../core/addin/document-structure.ts';
import type { DocumentSnapshot } from '../../../core/addin/snapshot.ts';

/** The entries the clerk can choose among, in document order: a copied entry's second control is left out. */
export function choosableEntries(snapshot: DocumentSnapshot): DocumentEntry[] {
  return readStructure(snapshot).entries.filter((e) => !e.duplicate);
}

/** An entry as a choice in a list: its heading, shortened to fit the pane, or its number. */
export function entryLabel(e: DocumentEntry): string {
  const heading = e.paragraphs[0]?.text.trim() ?? '';
  return heading.length > 60 ? `${heading.slice(0, 57)}…` : heading || (e.number !== null ? `§ ${e.number}` : 'Paragraf utan rubrik');
}
