import type { Paragraf, Protocol, SectionKind } from '../model/protocol.ts';
import { words } from '../text/words.ts';

/**
 * "Paragrafen justeras omedelbart", "Beslutet förklaras omedelbart justerat", "Omedelbar
 * justering": the meeting justerar a § at once, so that its decision can be carried out before the
 * whole protocol is justerat.
 */
const IMMEDIATE = words('<(?:omedelbar(?:t)?\\s+juster\\p{L}*|juster(?:as|ades|ats)\\s+omedelbart)>');
/** The word both readings have, for a cheap test first. */
const OMEDELBAR = /omedelbar/i;
/** The same said of the whole protocol: "Protokollet justeras omedelbart". */
const WHOLE_PROTOCOL = words('<(?:dagens\\s+)?protokoll(?:et)?\\s+(?:förklaras\\s+)?(?:justeras\\s+omedelbart|omedelbart\\s+justerat)>');
/** A sentence that names the §§ it means: "§ 45 justeras omedelbart", "Paragraferna 45 och 47 …". */
const NAMED = words('(?:§§?|<paragraf(?:erna|en)?)\\s*(\\d+(?:\\s*(?:,|och|–|-)\\s*\\d+)*)>');

/**
 * Sections where the meeting itself speaks. A proposal ("Förslag till beslut i byggnadsnämnden:
 * … paragrafen justeras omedelbart") asks another body to justera its own §, and a summary may
 * quote an earlier decision.
 */
const DECIDING: readonly SectionKind[] = ['beslut', 'beslutsgang', 'other'];

/** What a protocol says about immediate justering: of the whole protocol, and of which §§. */
export interface OmedelbarJustering {
  /** The whole protocol is justerat at the meeting. */
  protocol: boolean;
  /** The §§ justerade at the meeting on their own, in protocol order. */
  paragrafer: Paragraf[];
}

/** The § numbers a sentence names, a range `45–47` included. */
function namedNumbers(sentence: string): number[] {
  const list = NAMED.exec(sentence)?.[1];
  if (!list) return [];
  return list.split(/\s*(?:,|och)\s*/).flatMap((part) => {
    const [from, to] = part.split(/\s*[–-]\s*/).map(Number);
    return to === undefined ? [from!] : Array.from({ length: Math.max(0, Math.min(to - from!, 100)) + 1 }, (_, i) => from! + i);
  });
}

export function omedelbarJustering(protocol: Protocol): OmedelbarJustering {
  const marked = new Set<Paragraf>();
  const named = new Set<number>();
  let whole = false;
  for (const p of protocol.paragrafer) {
    for (const s of p.sections) {
      // Both readings need the word: one plain test skips the sentence split of nearly every section.
      if (!DECIDING.includes(s.kind) || !(OMEDELBAR.test(s.text) || OMEDELBAR.test(s.heading))) continue;
      for (const sentence of [s.heading, ...s.text.split(/(?<=[.!?])\s+/)]) {
        if (WHOLE_PROTOCOL.test(sentence)) whole = true;
        else if (IMMEDIATE.test(sentence)) {
          const numbers = namedNumbers(sentence);
          if (numbers.length) numbers.forEach((n) => named.add(n));
          else marked.add(p);
        }
      }
    }
  }
  return {
    protocol: whole,
    paragrafer: whole ? [] : protocol.paragrafer.filter((p) => marked.has(p) || named.has(p.number)),
  };
}
