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

/** The attestation stands last, under the §§, when it is not in the page footer: this many lines from the end. */
const TAIL_LINES = 80;

const mentionsUtdrag = (text: string) => text.includes('tdrag') || text.includes('TDRAG');
const anyColumn = (text: string, pattern: RegExp) => pattern.test(text) || (text.includes('   ') && text.split(COLUMN_GAP).some((c) => pattern.test(c)));

/**
 * Whether the text says it is an extract: an extract's heading on the cover (the lines before
 * `coverEnd`) or in the running header, or its attestation in a page footer or after the last §.
 * A whole protocol names extracts only inside its §§ (`Protokollsutdrag från kommunstyrelsen … § 28`
 * under Beslutsunderlag). Only those lines are read, not the whole text: this runs on every protocol.
 */
export function readsAsExtract(lines: readonly SourceLine[], coverEnd: number): boolean {
  const tail = Math.max(coverEnd, lines.length - TAIL_LINES);
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (i >= coverEnd && i < tail && !l.furniture) continue;
    if (!mentionsUtdrag(l.plain)) continue;
    if ((i < coverEnd || l.furniture) && anyColumn(l.plain, EXTRACT_HEADING)) return true;
    if (l.plain.length <= MAX_ATTESTATION && anyColumn(l.plain, ATTESTATION)) return true;
  }
  return false;
}
