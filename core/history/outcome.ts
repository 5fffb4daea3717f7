import type { Outcome } from './model.ts';
import { bodyInSentence } from './status.ts';
import { execAll } from '../text/exec-all.ts';
import { words } from '../text/words.ts';

export interface Classified {
  outcome: Outcome;
  /** The body a proposal goes to, in its definite form ("regionstyrelsen"), for `proposed`. */
  proposedTo: string | null;
}

/** What the classifier may know besides the decision text. */
export interface DecisionContext {
  /** The body that met ("Kommunfullmäktige"): a proposal to it is the one it decides on, not its own proposal. */
  body?: string | null;
  /** The heading of the decision's section, e.g. "Förslag till beslut i byggnadsnämnden". */
  heading?: string;
}


/**
 * A body named by its form: "kommunfullmäktige", "kommunstyrelsens", "hälso- och sjukvårdsnämnden",
 * "byggnadsnämndens arbetsutskott", "regionala utvecklingsnämnden". A person or an office
 * ("regiondirektören", "förvaltningen") is not a body.
 */
const BODY =
  '<(?:\\p{L}+-\\s+och\\s+)?(?:[\\p{L}-]+\\s+)??[\\p{L}-]*(?:fullmäktige|styrelse|nämnd|utskott|beredning|direktion)(?:en|et|n)?s?>';
// Proposals to another body, each with the receiving body as its first group, and a hint: a
// cheap test without which the pattern cannot match, that spares most decisions the pattern.
const PROPOSALS = [
  // "föreslår (att) regionstyrelsen (att) beslutar", "föreslår kommunfullmäktige besluta:": one to six words before "besluta(r)".
  [/föreslå/i, words('<föreslå(?:r)?\\s+(?:att\\s+)?((?:[\\p{L}-]+\\s+){0,5}?[\\p{L}-]+)\\s+(?:att\\s+)?beslutar?>', 'g')],
  // "föreslår kommunfullmäktige att anta planen", "föreslår att nämnden godkänner".
  [/föreslå/i, words(`<föreslå(?:r)?\\s+(?:att\\s+)?(${BODY})`, 'g')],
  // "Kommunfullmäktige föreslås besluta".
  [/föreslås/i, words(`<(${BODY})\\s+föreslås\\s+(?:att\\s+)?beslutar?>`, 'g')],
  // "Ärendet överlämnas till regionstyrelsen för beslut": forwarded, not decided here.
  [/överlämnas/i, words('<överlämnas\\s+till\\s+((?:[\\p{L}-]+\\s+){0,5}?[\\p{L}-]+)\\s+för\\s+(?:beslut|avgörande)>', 'g')],
  // A heading or first line "Förslag till beslut i byggnadsnämnden", "Kommunstyrelsens förslag till kommunfullmäktige".
  [
    /förslag\s+(?:till|i|för)\s/i,
    words(`(?:^|\\n)[^\\S\\n]*(?:[\\p{L}-]+s\\s+)?förslag\\s+(?:till\\s+beslut\\s+)?(?:i|till|för)\\s+(${BODY})`, 'g'),
  ],
  // "Nämnden tillstyrker (att kommunfullmäktige beviljar …)": a recommendation to whoever decides.
  [/styrker/i, words(`<(?:tillstyrker|avstyrker)>(?:\\s+(?:att|hos|till)\\s+(${BODY}))?`, 'g')],
] as const;
// "Kommunfullmäktige beslutar …" as a sentence's subject, or "… beslutar kommunfullmäktige".
const DECIDES = words(`(?:(?:^|[.:;!]\\s|\\n)[\\s\\-–•*]*(${BODY})\\s+beslut(?:ar|ade)>|<beslut(?:ar|ade)\\s+(${BODY}))`, 'g');
// "Enligt kommunstyrelsens förslag", "i enlighet med arbetsutskottets förslag": that body's proposal is adopted.
const ADOPTS = words(`<(?:enligt|i\\s+enlighet\\s+med)\\s+(${BODY})\\s+förslag`, 'g');
const PROPOSER = words(`(${BODY})\\s*$`);
// The end of the text before a proposal that can hold its proposer's name.
const PROPOSER_REACH = 120;

const REFERRED_BACK = words('<(?:återremitter(?:as|ar|a|ades)|återremiss|remitteras\\s+(?:åter|tillbaka))>');
// A decision that refuses a motion to refer back is not a referral back.
const REFUSES_REFERRAL = words(
  '<avslå(?:s|r)?\\s+(?:\\p{L}+\\s+){0,3}?(?:om\\s+)?återremiss|<återremiss(?:yrkandet)?\\s+avslås>|<yrkandet\\s+om\\s+återremiss\\s+avslås>|<avgöras\\s+(?:i\\s*dag|vid\\s+dagens\\s+sammanträde)>',
);
const TABLED = words('<bordl(?:äggs|ägger|ägga|ades|agt|agd|äggning)>');
// Taking note: "Informationen noteras", "noterar informationen", "antecknas", "läggs till handlingarna", "har tagit del av informationen".
const NOTES = words(
  '<(?:noter(?:as|ar)|anteckna(?:s|r)|är\\s+delgiven|har\\s+delgivits|tas\\s+till\\s+(?:dagens\\s+)?protokollet|läggs\\s+till\\s+handlingarna|lägg(?:a|er)\\s+(?:[\\p{L}-]+\\s+){1,4}?till\\s+handlingarna|(?:tagit|tar|ta)\\s+del\\s+(?:av|utav))>',
);
// Clauses that record no outcome: a heading ("Kommunfullmäktiges beslut"), "Kommunstyrelsen beslutar:", "Paragrafen justeras omedelbart."
const NO_OUTCOME = words(
  '^(?:(?:[\\p{L}-]+s\\s+)?beslut(?:et)?|(?:[\\p{L}-]+\\s+){0,5}?beslutar(?:\\s+följande)?|paragrafen\\s+justeras\\s+omedelbart)$',
);
const REJECTS = words('<(?:avslås|avslår|avslogs|avslå)>');
// Refusing a yrkande at the meeting rejects a motion in the room, not the case.
const REFUSES_MOTION = words('<avslå(?:s|r)?\\s+(?:[\\p{L}().-]+\\s+){0,6}?yrkande(?:t|na|n)?>|<yrkande(?:t|na|n)?\\s+(?:[\\p{L}-]+\\s+){0,3}?avslås>');
const GRANTS = words('<(?:bifalls|bifaller|bifalla|bifölls)>');

/**
 * A body's name in definite form, as it reads mid-sentence: "Regionstyrelsens" → "regionstyrelsen",
 * "Kommunstyrelsens arbetsutskotts" → "kommunstyrelsens arbetsutskott". A genitive `s` after a
 * definite ending is a slip (the real fixture has "föreslår att regionstyrelsens beslutar").
 */
function definiteBody(name: string): string {
  return bodyInSentence(
    name
      .trim()
      .replace(/\s+/g, ' ')
      .replace(/(en|et|na|ott|ige)s$/iu, '$1'),
  );
}

const key = (name: string) => definiteBody(name).toLocaleLowerCase('sv');
/** "kommunstyrelsen" names the same body as "Lomma kommunstyrelsen"; "regionstyrelsen" not "regionstyrelsens arbetsutskott". */
const sameBody = (a: string, b: string) => a === b || a.endsWith(` ${b}`) || b.endsWith(` ${a}`);

/** The bodies matched by a pattern's groups in `text`. */
function bodies(re: RegExp, text: string): string[] {
  return execAll(re, text).flatMap((m) => m.slice(1).filter((g): g is string => !!g).map(key));
}

/**
 * The first proposal to another body, or `undefined`. A proposal is quoted, not made, when it goes
 * to the body that met, to a body the text already said decides ("Kommunfullmäktige beslutar i
 * enlighet med kommunstyrelsens förslag: Kommunstyrelsen föreslår kommunfullmäktige besluta …"),
 * or when its proposer's proposal the text already said is adopted.
 */
function proposal(text: string, body: string | null | undefined): { to: string | null } | undefined {
  const found = PROPOSALS.flatMap(([hint, re]) => (hint.test(text) ? execAll(re, text) : [])).sort((a, b) => a.index - b.index);
  for (const m of found) {
    const to = m[1] ? definiteBody(m[1]) : null;
    const before = text.slice(0, m.index);
    if (to && [...(body ? [key(body)] : []), ...bodies(DECIDES, before)].some((d) => sameBody(d, key(to)))) continue;
    const proposer = PROPOSER.exec(before.slice(-PROPOSER_REACH))?.[1];
    if (proposer && bodies(ADOPTS, before).some((a) => sameBody(a, key(proposer)))) continue;
    return { to };
  }
  return undefined;
}

/**
 * The decision's clauses: sentences, lines, and "att" items ("beslutar: - att …, - att …"). A
 * sentence ends before a capital or an "att", not inside "m.fl. yrkanden"; a rule line (`____`) is no clause.
 */
function clauses(text: string): string[] {
  return text
    .split(/[.;:!]\s+(?=[\p{Lu}\-–•*]|att\s)|\n|,\s*(?=att\s)|\s(?:och|samt)\s+(?=att\s)/u)
    .map((c) => c.replace(/^[\s\-–•*]*(?:att\s+)?/u, '').replace(/[\s.;:!]+$/u, ''))
    .filter((c) => /\p{L}/u.test(c) && !NO_OUTCOME.test(c));
}

/**
 * What a paragraph's Beslut text did to the case. A proposal to another body is recognised first:
 * "Arbetsutskottet föreslår att regionstyrelsen beslutar: Informationen noteras" is a proposal,
 * not noted information, because the case goes on to the regionstyrelse. A decision taken
 * "enligt kommunstyrelsens förslag" is a decision. Information is noted only when every clause
 * notes something; "Verksamhetsberättelsen läggs till handlingarna. Nämnden beviljas
 * ansvarsfrihet." is a decision.
 */
export function classifyOutcome(decision: string, context: DecisionContext = {}): Classified {
  const text = [context.heading ?? '', decision].join('\n').replace(/[^\S\n]+/g, ' ').replace(/ ?\n[\s]*/g, '\n').trim();
  const proposed = proposal(text, context.body);
  if (proposed) return { outcome: 'proposed', proposedTo: proposed.to };
  const none = { proposedTo: null };
  if (REFERRED_BACK.test(text) && !REFUSES_REFERRAL.test(text)) return { outcome: 'referredBack', ...none };
  if (TABLED.test(text)) return { outcome: 'tabled', ...none };
  const notes = NOTES.test(text);
  const rejects = REJECTS.test(text) && !GRANTS.test(text);
  const parts = notes || rejects ? clauses(text) : [];
  if (notes && parts.length && parts.every((c) => NOTES.test(c))) return { outcome: 'informationNoted', ...none };
  if (rejects && parts.some((c) => REJECTS.test(c) && !REFUSES_MOTION.test(c) && !REFUSES_REFERRAL.test(c))) return { outcome: 'rejected', ...none };
  return { outcome: 'decided', ...none };
}
