import { execAll } from '../text/exec-all.ts';
/**
 * Placeholders mark text a clerk still has to write. Templates write them as `[Skriv …]` or
 * `[Ange …]`; Word's own empty content controls read "Klicka eller tryck här för att ange text.".
 * A protocol must not be signed with any of them left.
 */
export function placeholder(what: string): string {
  return `[${what}]`;
}

// `XX` and `XXX` stand for a number still to write (`§ XX`, `kl. XX`); four or more X, or X joined by
// dashes (`XXXX XXXX`, `XXXXXX-XXXX`), is personal data masked in a published protocol.
const PLACEHOLDER = /\[(?:Skriv|Ange|Fyll\s+i|Infoga)\b[^\]\n]{0,80}\]|Klicka\s+(?:eller\s+tryck\s+)?här\s+för\s+att\s+ange\s+(?:text|datum)\.?|(?<![\p{L}\p{N}_-])X{2,3}(?![\p{L}\p{N}_-])/gu;

export interface FoundPlaceholder {
  text: string;
  index: number;
}

export function findPlaceholders(text: string): FoundPlaceholder[] {
  return execAll(PLACEHOLDER, text).map((m) => ({ text: m[0], index: m.index }));
}
