import { COLUMN_GAP } from './markup.ts';
import type { SourceLine } from './source-lines.ts';

/**
 * An extract's heading: `Protokollsutdrag`, `Justerat protokollsutdrag`, `Utdrag ur protokoll`,
 * `Utdrag ur sammanträdesprotokoll`, `Utdrag ur kommunstyrelsens protokoll`.
 */
const EXTRACT_HEADING = /^(?:justerat\s+)?(?:protokolls?utdrag|utdrag\s+(?:ur|från|av)\s+(?:\p{L}+s\s+)?\p{L}*protokoll)/iu;
/** The attestation an extract carries, often in its footer: `Rätt utdraget intygar`, `Utdraget bestyrks`. */
const ATTESTATION = /^(?:rätt\s+utdraget\s+(?:intygar|betygar|bestyrker|bestyrks|bestyrkes)|utdraget\s+bestyrk(?:s|es))\b/i;
/** No line holding the attestation is longer, with a signature column beside it. */
const MAX_ATTESTATION = 120;

const anyColumn = (text: string, pattern: RegExp) => pattern.test(text) || (text.includes('   ') && text.split(COLUMN_GAP).some((c) => pattern.test(c)));

/** A line could hold the attestation: told by a short line's first letter or a plain substring, since this runs on every line. */
function mayAttest(text: string): boolean {
  if (text.length > MAX_ATTESTATION) return false;
  const c = text.charCodeAt(0) | 0x20;
  return c === 0x72 || c === 0x75 || text.includes('tdraget') || text.includes('TDRAGET'); // r, u
}

/**
 * Whether the text says it is an extract: an extract's heading on the cover (the lines before
 * `coverEnd`) or in the running header, or the attestation anywhere. A whole protocol names
 * extracts only inside its §§ (`Protokollsutdrag från kommunstyrelsen … § 28` under Beslutsunderlag).
 */
export function readsAsExtract(lines: readonly SourceLine[], coverEnd: number): boolean {
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if ((i < coverEnd || l.furniture) && anyColumn(l.plain, EXTRACT_HEADING)) return true;
    if (mayAttest(l.plain) && anyColumn(l.plain, ATTESTATION)) return true;
  }
  return false;
}
