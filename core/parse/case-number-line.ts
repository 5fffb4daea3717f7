import { findCaseNumbers, type CaseNumberConfig } from '../casenumber/index.ts';
import { bareCaseNumber, labelledCaseNumbers, readCaseNumberShape } from './labelled-case-numbers.ts';
import { plainLine } from './markup.ts';

/** The case numbers of a line that holds nothing else; `bare` says that no label vouches for them. */
export interface CaseNumberLine {
  numbers: string[];
  bare: boolean;
}

/** Filler a line of case numbers may hold besides them. */
const CASE_NUMBER_FILLER = /^(?:\s|,|;|och|samt|dnr\.?|diarienummer|diarienr\.?|:|\d{3}|\d(?:\.\d+)+\.?)*$/i;
/** What joins further numbers to a labelled one: `Dnr KFN 12-2025, KFN 13-2025`. */
const LIST_JOIN = /\s*(?:[,;]|och|samt)\s*/y;

/**
 * The case numbers a line holds when it holds nothing else: labelled (`Dnr KS-2023-00841`, with
 * more after it in a list), a bare registry number (`BUN/2024:79`, with a classification code after
 * it), or numbers in the organisation's formats. The parser and the add-in's reading of an entry
 * both ask it, so a line is a case-number line in both or in neither.
 */
export function caseNumberLine(text: string, config: CaseNumberConfig): CaseNumberLine | null {
  const t = plainLine(text);
  if (!t || t.length > 200) return null;
  const labelled = labelledCaseNumbers(t);
  if (labelled.length) {
    const numbers = labelled.map((m) => m.written);
    let at = labelled[labelled.length - 1]!.end;
    for (;;) {
      LIST_JOIN.lastIndex = at;
      const join = LIST_JOIN.exec(t);
      const more = join && join[0].trim() ? readCaseNumberShape(t, at + join[0].length) : null;
      if (!more) break;
      numbers.push(more.written);
      at = more.end;
    }
    let rest = t.slice(0, labelled[0]!.start) + t.slice(at);
    for (let k = labelled.length - 2; k >= 0; k--) rest += t.slice(labelled[k]!.end, labelled[k + 1]!.start);
    return CASE_NUMBER_FILLER.test(rest) ? { numbers, bare: false } : null;
  }
  const bare = bareCaseNumber(t);
  if (bare) return { numbers: [bare], bare: true };
  // Numbers in the organisation's formats start with a prefix: one character rules out most text.
  if (!/^[A-ZÅÄÖ]/.test(t)) return null;
  const found = findCaseNumbers(t, config);
  if (!found.length) return null;
  let rest = t;
  for (const m of [...found].reverse()) rest = rest.slice(0, m.start) + rest.slice(m.end);
  return CASE_NUMBER_FILLER.test(rest) ? { numbers: found.map((m) => m.caseNumber.canonical), bare: false } : null;
}
