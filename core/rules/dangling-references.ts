import type { Paragraf } from '../model/protocol.ts';
import type { Rule, RuleHit } from '../check/rule.ts';
import { isPartial, lineOf } from '../check/support.ts';
import { PROFILE_IDS } from '../check/meeting-profile.ts';

/*
 * What counts as a reference into this protocol (everything else with a § sign is left alone):
 *
 *   1. a § number right after "se", "se även", "se vidare", "enligt", "i", "under", "jfr" or
 *      "jämför (med)": `se § 225`, `se  §§ 223-224`, `behandlas under §8`, `enligt § 46`;
 *   2. a § number alone in brackets, optionally after "se": `(§ 45)`, `(se §§ 45–46)`.
 *
 * A number list goes on with commas, "och", "samt", "eller" (`se §§ 45, 47 och 49`, `se § 45 och § 46`).
 * Not a reference into this protocol, and so not checked:
 *   - anything without those words in front: `Protokoll § 170 gällande …`, `Protokollsutdrag § 68`,
 *     `protokoll 2025-03-11 §§ 44-50`, `Magnus Vikström, ekonomidirektör, § 43`, `4 kap. 1 §`;
 *   - a reference whose clause (back to the last sentence end, semicolon, colon, blank line or
 *     bullet) names a protocol or extract, a date or a chapter (`kap.`): it cites another meeting
 *     or a statute; a bracketed one also when the clause names a body (`arbetsutskottet (§ 45)`);
 *   - a reference followed by another year's numbering (`§ 52/2019`) or by a document with its own
 *     paragraphs: a protocol, statute, ordinance, agreement, policy, bilaga or taxa
 *     (`enligt § 5 i arbetsordningen`, `se § 45 i regionstyrelsens protokoll`, `§ 3 i avtalet`).
 */
const NUM = '\\d{1,4}';
const RANGE = `${NUM}(?:\\s*[-–]\\s*${NUM})?`;
const LIST = `§§\\s*${RANGE}(?:\\s*(?:,|och|samt|eller)\\s*(?:§§?\\s*)?${RANGE})*`;
const SINGLE = `§\\s*${NUM}(?:\\s*(?:,|och|samt|eller)\\s*§§?\\s*${RANGE})*`;
const REFS = `(?:${LIST}|${SINGLE})(?!\\d)`;
const TRIGGERED = `(?<![\\p{L}\\p{N}])(?:se(?:\\s+även|\\s+vidare)?|enligt|i|under|jfr\\.?|jämför(?:\\s+med)?)\\s+(${REFS})`;
const BRACKETED = `\\(\\s*(?:se\\s+)?(${REFS})\\s*\\)`;
const REFERENCE = new RegExp(`${TRIGGERED}|${BRACKETED}`, 'giu');

const MONTHS = 'januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december';
const CLAUSE_START = /[.!?;:](?=\s)|\n\s*\n|[\uF0B7•▪●◦]/g;
const OTHER_MEETING = new RegExp(`protokoll|utdrag|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}\\s+(?:${MONTHS})\\s+\\d{4}|kap\\.`, 'iu');
const BODY = /(?:nämnd(?:en|ens)?|styrelse(?:n|ns)?|fullmäktiges?|utskott(?:et|ets)?|beredning(?:en|ens)?|direktion(?:en|ens)?|styrgrupp(?:en|ens)?)(?![\p{L}])/iu;
const OTHER_NUMBERING =
  /^\s*(?:\/\s*\d{2,4}(?!\d)|(?:i|ur|från|enligt)\s+(?:[\p{L}-]+\s+){0,3}?(?:\p{L}*(?:protokoll|lag|förordning|reglemente|ordning|stadg|avtal|överenskommelse|policy|riktlinje|föreskrift|bilaga|taxa)\p{L}*|SFS)(?![\p{L}]))/iu;

/** A clause that names another meeting does so close to the reference; looking further back only costs time. */
const MAX_CLAUSE = 300;

/** The § numbers a reference names; a range is spelled out (at most 100 numbers, else its ends). */
function numbersIn(reference: string): number[] {
  const out: number[] = [];
  for (const m of reference.matchAll(/(\d{1,4})(?:\s*[-–]\s*(\d{1,4}))?/g)) {
    const lo = Number(m[1]);
    const hi = m[2] === undefined ? lo : Number(m[2]);
    if (hi >= lo && hi - lo <= 100) for (let n = lo; n <= hi; n++) out.push(n);
    else out.push(lo, hi);
  }
  return out;
}

/** `245, 246, 247, 250` → `§§ 245–247 och 250`. */
function paragraphList(numbers: number[]): string {
  const runs: string[] = [];
  for (let i = 0; i < numbers.length; ) {
    let j = i;
    while (j + 1 < numbers.length && numbers[j + 1] === numbers[j]! + 1) j++;
    runs.push(j > i ? `${numbers[i]}–${numbers[j]}` : `${numbers[i]}`);
    i = j + 1;
  }
  const sign = numbers.length > 1 ? '§§' : '§';
  return `${sign} ${runs.length > 1 ? `${runs.slice(0, -1).join(', ')} och ${runs.at(-1)}` : runs[0]}`;
}

export interface ParagraphReference {
  /** The reference as written, spacing folded. */
  text: string;
  numbers: number[];
  /** Offset in the section text. */
  index: number;
}

/** The references into this protocol in one section's text, by the grammar above. */
export function findParagraphReferences(text: string): ParagraphReference[] {
  const out: ParagraphReference[] = [];
  if (!text.includes('§')) return out;
  // Clause starts are walked once, alongside the references, so that a long text stays linear.
  const starts = text.matchAll(CLAUSE_START);
  let next = starts.next();
  let clauseStart = 0;
  for (const m of text.matchAll(REFERENCE)) {
    while (!next.done && next.value.index + next.value[0].length <= m.index) {
      clauseStart = next.value.index + next.value[0].length;
      next = starts.next();
    }
    const refs = m[1] ?? m[2]!;
    const clause = text.slice(Math.max(clauseStart, m.index - MAX_CLAUSE), m.index);
    if (OTHER_MEETING.test(clause) || (m[2] !== undefined && BODY.test(clause))) continue;
    if (OTHER_NUMBERING.test(text.slice(m.index + m[0].length, m.index + m[0].length + 120))) continue;
    out.push({ text: m[0].replace(/\s+/g, ' '), numbers: numbersIn(refs), index: m.index });
  }
  return out;
}

export const danglingReferences: Rule = {
  id: 'dangling-references',
  severity: 'error',
  description:
    'Hänvisningar till paragrafer i samma protokoll (”se § 225”, ”se §§ 223-224”, ”enligt § 46”, ”(§ 45)”) pekar på paragrafer som finns i protokollet. Hänvisningar till andra organs eller sammanträdens protokoll räknas inte.',
  source: { kind: 'house-style', reference: 'Husstil: hänvisningar mellan paragrafer i protokollet ska stämma' },
  profiles: PROFILE_IDS,
  messages: {
    'missing-paragraph':
      '§ {{number}} hänvisar till {{missing}} (”{{reference}}”), men {{them}} finns inte i protokollet. Rätta hänvisningen till rätt paragraf eller ta bort den.',
  },
  check(ctx) {
    // An extract holds only some paragraphs: the one referred to may be in the rest.
    if (isPartial(ctx.protocol)) return [];
    const existing = new Set(ctx.protocol.paragrafer.map((p) => p.number));
    const hits: RuleHit[] = [];
    const report = (p: Paragraf, ref: ParagraphReference, from: number) => {
      const missing = [...new Set(ref.numbers)].filter((n) => !existing.has(n)).sort((a, b) => a - b);
      if (!missing.length) return;
      const them = missing.length > 1 ? 'de paragraferna' : 'den paragrafen';
      hits.push({
        paragraph: p,
        line: lineOf(ctx, p, new RegExp(`§\\s*${missing[0]}(?!\\d)|[-–]\\s*${missing[0]}(?!\\d)`), from),
        messageId: 'missing-paragraph',
        data: { number: p.number, missing: paragraphList(missing), reference: ref.text, them },
      });
    };
    for (const p of ctx.protocol.paragrafer) {
      for (const s of p.sections) for (const ref of findParagraphReferences(s.text)) report(p, ref, s.line);
    }
    return hits;
  },
};
