import type { Paragraf, Protocol, Replacement, Roll, RollEntry } from '../model/protocol.ts';
import { sentences } from '../check/support.ts';
import { findPeopleWithParty, personKey, type PersonMention } from '../text/persons.ts';
import { COLUMN_GAP } from './markup.ts';
import type { SourceLine } from './source-lines.ts';

/**
 * The attendance list of a cover page read line by line (members, serving ersättare, whom they
 * replace, in which §§), and who is jävig in a §. What cannot be read with confidence is not
 * guessed: a list with one line that is not one person, or laid out in columns, gives no roll.
 */

const MEMBERS_LABEL = /^(?:beslutande(?:\s+ledamöter)?|närvarande\s+ledamöter|ledamöter)(?:\s*:\s*|\s*$)/i;
const SERVING_LABEL = /^tjänstgörande\s+ersättare(?:\s*:\s*|\s*$)/i;
/** "Se nästa sida", "se bilaga": the list stands elsewhere, under the same label again. */
const ELSEWHERE = /^se\s+(?:nästa\s+sida|sid(?:an)?\s+\d+|bilaga)\b/i;
/** A column beside the label that labels a list of its own: the lists stand side by side. */
const SIDE_LABEL = /ledamöter|ersättare|tjänstemän|övriga/i;
/** A label that ends the list: another group of the cover. */
const NEXT_LABEL = /^[\p{L} ]{2,40}:\s*$|^(?:ej\s+|icke\s+)?tjänstgörande\s+ersättare\b|^(?:närvarande\s+)?ersättare\s*:?\s*$|^övriga\b|^justera|^utses\b|^sekreterare\b|^plats\b|^tid\b|^paragraf/iu;

/** "ersätter", "tjänstgörande ersättare för", "tjänstgör för": the member whose seat is taken follows. */
const REPLACES = /^[\s,]*(?:tjänstgörande\s+ersättare\s+för|ersättare\s+för|ersätter|tjänstgör(?:ande)?\s+för|i\s+stället\s+för|för)\s+$/i;
/** "§§ 89-94, 96-100", "§ 95", "§ 89-§ 100". */
const RANGE_ITEM = '(?:§\\s*)?\\d{1,4}(?:\\s*[-–]\\s*(?:§\\s*)?\\d{1,4})?';
const RANGES = new RegExp(`§§?\\s*${RANGE_ITEM}(?:\\s*(?:,|och|samt)\\s*${RANGE_ITEM})*`, 'g');
/** What else a line of the list may say about a person: role, time, how they took part. */
const REMARKS = /(?:\d:e\s+)?(?:vice\s+)?ordförande|ordf\.|ledamot|(?:tjänstgörande\s+)?ersättare|kl\.?\s*\d{1,2}[.:]\d{2}(?:\s*[-–]\s*\d{1,2}[.:]\d{2})?|på\s+(?:länk|distans)|via\s+länk|digitalt|deltar|samt/gi;
/** A line of the list names one person, perhaps another, a role, a time and §§: longer is running text. */
const MAX_LIST_LINE = 200;
/** A span of §§ beyond any meeting's: a misread number, not a range. */
const MAX_SPAN = 500;

/** The §§ a range text names, in order: "§§ 89-94, 96-100" → 89…94, 96…100; null when it names none. */
export function readParagraphRange(text: string): number[] | null {
  const out: number[] = [];
  for (const m of text.matchAll(RANGES)) {
    for (const item of m[0].replace(/^§§?/, '').split(/,|och|samt/)) {
      const [from, to = from] = item.split(/[-–]/).map((n) => Number(n.replace(/§/g, '').trim()));
      if (!Number.isInteger(from) || !Number.isInteger(to) || to! < from! || to! - from! > MAX_SPAN) return null;
      for (let n = from!; n <= to!; n++) out.push(n);
    }
  }
  return out.length ? out : null;
}

type ListLine = { kind: 'member'; entry: RollEntry } | { kind: 'serving'; entry: Replacement };

/** One line of the list: one person, perhaps in someone's place, with remarks and §§; null when it is not that. */
function readListLine(text: string, serving: boolean): ListLine | null {
  if (text.length > MAX_LIST_LINE) return null;
  const people = findPeopleWithParty(text);
  const first = people[0];
  if (!first || people.length > 2 || !text.startsWith(first.name)) return null;
  const afterFirst = text.slice(text.indexOf(')') + 1);
  let rest = afterFirst;
  let ersatter: string | null = null;
  if (people.length === 2) {
    const second = people[1]!;
    const at = afterFirst.indexOf(second.name);
    if (at < 0 || !REPLACES.test(afterFirst.slice(0, at))) return null;
    ersatter = second.name;
    rest = afterFirst.slice(afterFirst.indexOf(')', at) + 1);
  }
  const paragrafer = readParagraphRange(rest);
  const leftover = rest.replace(RANGES, ' ').replace(REMARKS, ' ').replace(/[\s,.;]+/g, '');
  if (leftover) return null;
  const entry = { name: first.name, party: first.party, paragrafer };
  const servingHere = serving || ersatter !== null || /ersättare/i.test(rest);
  return servingHere ? { kind: 'serving', entry: { ...entry, ersatter } } : { kind: 'member', entry };
}

/**
 * The roll from the cover page's lines: every line under "Beslutande ledamöter" and "Tjänstgörande
 * ersättare" must read as one person, else null. A label that says "Se nästa sida" is passed over
 * for the same label further on.
 */
export function readRoll(coverLines: readonly SourceLine[]): Roll | null {
  const ledamoter: RollEntry[] = [];
  const tjanstgorande: Replacement[] = [];
  let list: 'members' | 'serving' | null = null;
  let read = 0;
  for (const l of coverLines) {
    if (l.furniture) continue;
    const [column = '', ...others] = l.plain.split(COLUMN_GAP);
    const label = MEMBERS_LABEL.exec(column) ? 'members' : SERVING_LABEL.exec(column) ? 'serving' : null;
    if (label) {
      if (others.some((o) => SIDE_LABEL.test(o) && !ELSEWHERE.test(o))) return null;
      const value = column.replace(label === 'members' ? MEMBERS_LABEL : SERVING_LABEL, '').trim();
      list = label;
      read = 0;
      if (!value || ELSEWHERE.test(value) || ELSEWHERE.test(others[0] ?? '')) continue;
      if (!take(value)) return null;
      continue;
    }
    if (!list) continue;
    if (!column) {
      if (read) list = null;
      continue;
    }
    if (NEXT_LABEL.test(column) && !column.includes('(')) {
      list = null;
      continue;
    }
    if (!take(column)) return null;
  }
  return ledamoter.length ? { ledamoter, tjanstgorande } : null;

  function take(text: string): boolean {
    const line = readListLine(text, list === 'serving');
    if (!line) return false;
    read++;
    if (line.kind === 'member') ledamoter.push(line.entry);
    else tjanstgorande.push(line.entry);
    return true;
  }
}

const JAV = /jäv/i;
/** Outside a Jäv section, a sentence that records jäv: "anmäler jäv", "på grund av jäv", "är jävig". */
const JAV_RECORDED = /anmäl\w*\s+jäv|på\s+grund\s+av\s+jäv|med\s+anledning\s+av\s+jäv|(?<!inte\s|ej\s)är\s+jävig|jävig\s+och\s+deltar/i;
/** A sentence that asks about jäv rather than records it: a yrkande, a question put. */
const ABOUT_JAV = /yrka|fråga|prövar|proposition/i;
/** "… är inte jävig", "ingen … anmäler jäv": a jäv question answered no. */
const NO_JAV = /(?:inte|ej)\s+(?:är\s+)?jävig|inget\s+jäv|ingen\s+jäv|ingen\s+av\b|inte\s+föreligger\s+jäv|jäv\s+(?:föreligger\s+)?(?:inte|ej)/i;
/** "Y (M) tjänstgör i hans ställe": the one who steps in is not jävig. */
const STEPS_IN = /tjänstgör|ersätter|i\s+(?:hans|hennes|dess|dennes)\s+ställe|går\s+in|inträder/i;

/** Each §'s jäviga, read once: the attendance and the jäv rules both ask for every §. */
const readJaviga = new WeakMap<Paragraf, PersonMention[]>();

/** Those recorded as jäviga in a §: under a Jäv heading, or in any sentence about jäv. */
export function javigaIn(p: Paragraf): PersonMention[] {
  let javiga = readJaviga.get(p);
  if (!javiga) readJaviga.set(p, (javiga = javigaOnce(p)));
  return javiga;
}

function javigaOnce(p: Paragraf): PersonMention[] {
  const out = new Map<string, PersonMention>();
  for (const s of p.sections) {
    if (s.kind !== 'jav' && !JAV.test(s.text)) continue;
    for (const sentence of sentences(s.text)) {
      if (NO_JAV.test(sentence) || ABOUT_JAV.test(sentence) || (s.kind !== 'jav' && !JAV_RECORDED.test(sentence))) continue;
      // "X anmäler jäv och Y tjänstgör i hans ställe": only those named before the jäv.
      const about = STEPS_IN.test(sentence) ? sentence.slice(0, Math.max(0, sentence.search(JAV))) : sentence;
      for (const m of findPeopleWithParty(about)) out.set(personKey(m.name), m);
    }
  }
  return [...out.values()];
}

/** A person as the attendance per § gives them: "Per Holm (L)". */
export interface Person {
  name: string;
  party: string | null;
}

/** Who took part in one §, as the roll and the § text say. */
export interface ParagraphAttendance {
  number: number;
  /** Members present and serving ersättare, less the jäviga: those who decide. */
  beslutande: Person[];
  /** Serving ersättare in this §, with the member they replace where the list says. */
  ersattare: (Person & { ersatter: string | null })[];
  /** Members listed but not serving here: replaced, or present only for other §§. */
  franvarande: Person[];
  javiga: Person[];
}

const servesIn = (e: RollEntry, n: number) => e.paragrafer === null || e.paragrafer.includes(n);
const person = (e: { name: string; party: string | null }): Person => ({ name: e.name, party: e.party });

/** Each §'s attendance, read once for all the rules that ask (four of them, for every §). */
const readAttendance = new WeakMap<Paragraf, { roll: Roll; attendance: ParagraphAttendance }>();
/** The roll's names as keys, made once per roll rather than once per § and rule. */
const rollKeys = new WeakMap<Roll, Map<string, string>>();

/** Attendance per §, for the add-in's view and the rules; null where the protocol has no roll. */
export function attendanceIn(protocol: Pick<Protocol, 'roll'>, p: Paragraf): ParagraphAttendance | null {
  const roll = protocol.roll;
  if (!roll) return null;
  const read = readAttendance.get(p);
  if (read?.roll === roll) return read.attendance;
  const attendance = attendanceOf(roll, p);
  readAttendance.set(p, { roll, attendance });
  return attendance;
}

function keysOf(roll: Roll): (name: string) => string {
  let keys = rollKeys.get(roll);
  if (!keys) rollKeys.set(roll, (keys = new Map()));
  const known = keys;
  return (name) => {
    let key = known.get(name);
    if (key === undefined) known.set(name, (key = personKey(name)));
    return key;
  };
}

/** For a roll without § limits: who takes part in a § without jäv, the same in every such §. */
const sameInEvery = new WeakMap<Roll, ParagraphAttendance | null>();

function attendanceOf(roll: Roll, p: Paragraf): ParagraphAttendance {
  const javiga = javigaIn(p);
  if (javiga.length) return peopleIn(roll, p.number, javiga);
  let same = sameInEvery.get(roll);
  if (same === undefined) {
    const limited = [...roll.ledamoter, ...roll.tjanstgorande].some((e) => e.paragrafer !== null);
    sameInEvery.set(roll, (same = limited ? null : peopleIn(roll, p.number, [])));
  }
  return same ? { ...same, number: p.number } : peopleIn(roll, p.number, javiga);
}

function peopleIn(roll: Roll, number: number, javiga: PersonMention[]): ParagraphAttendance {
  const key = keysOf(roll);
  const jav = new Set(javiga.map((m) => key(m.name)));
  const ersattare = roll.tjanstgorande.filter((e) => servesIn(e, number));
  const replaced = new Set(ersattare.flatMap((e) => (e.ersatter ? [key(e.ersatter)] : [])));
  const present = roll.ledamoter.filter((e) => servesIn(e, number) && !replaced.has(key(e.name)));
  const presentKeys = new Set(present.map((e) => key(e.name)));
  const franvarande = uniqueBy(roll.ledamoter.filter((e) => !presentKeys.has(key(e.name))), key);
  return {
    number,
    beslutande: uniqueBy([...present, ...ersattare].filter((e) => !jav.has(key(e.name))), key).map(person),
    ersattare: ersattare.map((e) => ({ ...person(e), ersatter: e.ersatter })),
    franvarande: franvarande.map(person),
    javiga: javiga.map(person),
  };
}

function uniqueBy<T extends { name: string }>(people: T[], key: (name: string) => string): T[] {
  const seen = new Set<string>();
  return people.filter((e) => !seen.has(key(e.name)) && !!seen.add(key(e.name)));
}

/**
 * The seats of the body as far as the roll shows them: the members listed and those whose seat an
 * ersättare took. Null when an ersättare serves without saying for whom: then a seat is not on the list.
 */
export function seatsOnRoll(roll: Roll): number | null {
  if (roll.tjanstgorande.some((e) => e.ersatter === null)) return null;
  return new Set([...roll.ledamoter.map((e) => personKey(e.name)), ...roll.tjanstgorande.map((e) => personKey(e.ersatter!))]).size;
}

/** The 1-based source line of the cover that names a person, or null (no source lines, or not on the cover). */
export function coverLineOf(sourceLines: readonly string[] | null, firstEntryLine: number, name: string): number | null {
  if (!sourceLines) return null;
  for (let n = 1; n < firstEntryLine && n <= sourceLines.length; n++) if (sourceLines[n - 1]!.includes(name)) return n;
  return null;
}
