import type { Paragraf } from '../model/protocol.ts';
import { findPeopleWithParty, personKey, type PersonMention } from '../text/persons.ts';
import { readVotes } from '../text/votes.ts';
import type { Rule, RuleHit } from '../check/rule.ts';
import { lineOf, sectionLine, sectionText, sentences } from '../check/support.ts';

/** A sentence that records someone leaving the item: jäv, or not taking part in the decision. */
const NOT_TAKING_PART =
  /anmäler\s+jäv|är\s+jävig|på\s+grund\s+av\s+jäv|deltar\s+(?:inte|ej)\s+i\s+(?:handläggningen|beslutet|ärendet|överläggningen|behandlingen)|avstår\s+från\s+att\s+delta|lämnar\s+(?:sammanträdet|lokalen|mötet)/i;
/** "Y (M) tjänstgör i hennes ställe": in a Jäv or Deltar ej section, the one who steps in does take part. */
const STEPS_IN = /tjänstgör|ersätter|i\s+(?:hans|hennes|dess|dennes)\s+ställe|går\s+in|inträder/i;
/** "… är inte jävig", "inget jäv föreligger": a jäv question answered no. */
const NO_JAV = /(?:inte|ej)\s+(?:är\s+)?jävig|inget\s+jäv|ingen\s+jäv|inte\s+föreligger\s+jäv|jäv\s+(?:föreligger\s+)?(?:inte|ej)/i;
const RESERVES = /reserver(?:ar|ade|at)\s+sig|reservation/i;

/** The people a sentence is about: those named before its verb, or all of them in a bare list. */
function subjects(sentence: string, verb: RegExp): PersonMention[] {
  const people = findPeopleWithParty(sentence);
  const at = sentence.search(verb);
  if (at < 0) return people;
  const before = findPeopleWithParty(sentence.slice(0, at));
  return before.length ? before : people;
}

/** Who the paragraph records as not taking part: Deltar ej i beslutet, Jäv, or the same said inline. */
function nonParticipants(p: Paragraf): Map<string, PersonMention> {
  const out = new Map<string, PersonMention>();
  const add = (people: PersonMention[]) => people.forEach((m) => out.set(personKey(m.name), m));
  for (const s of p.sections) {
    const listed = s.kind === 'deltarEj' || s.kind === 'jav';
    if (!listed && !NOT_TAKING_PART.test(s.text)) continue;
    for (const sentence of sentences(s.text)) {
      if (NO_JAV.test(sentence) || STEPS_IN.test(sentence)) continue;
      if (listed || NOT_TAKING_PART.test(sentence)) add(subjects(sentence, NOT_TAKING_PART));
    }
  }
  return out;
}

/** Who reserves: the Reservationer section and "… reserverar sig" anywhere else in the paragraph. */
function reservers(p: Paragraf): PersonMention[] {
  const out: PersonMention[] = [];
  for (const s of p.sections) {
    for (const sentence of sentences(s.text)) {
      if (s.kind === 'reservationer' || RESERVES.test(sentence)) out.push(...subjects(sentence, RESERVES));
    }
  }
  return out;
}

const who = (m: PersonMention) => (m.party ? `${m.name} (${m.party})` : m.name);

export const reservationByNonParticipant: Rule = {
  id: 'reservation-by-non-participant',
  severity: 'error',
  description:
    'Ingen reserverar sig eller röstar ja eller nej i en öppen omröstning i en paragraf där hen är antecknad som att inte delta i beslutet (Deltar ej i beslutet eller jäv).',
  source: { kind: 'law', reference: 'Kommunallagen (2017:725) 4 kap. 27 § (reservation), 6 kap. 28–32 §§ (jäv)' },
  messages: {
    reserves:
      '{{person}} reserverar sig i § {{number}} men är antecknad som att inte delta i beslutet (deltar ej/jäv). Bara den som deltagit i beslutet får reservera sig: stryk reservationen eller rätta uppgiften om deltagande.',
    votes:
      '{{person}} röstar {{vote}} i omröstningen i § {{number}} men är antecknad som att inte delta i beslutet (deltar ej/jäv). Rätta röstlistan eller uppgiften om deltagande.',
  },
  check(ctx) {
    const hits: RuleHit[] = [];
    for (const p of ctx.protocol.paragrafer) {
      const absent = nonParticipants(p);
      if (!absent.size) continue;
      const reported = new Set<string>();
      for (const r of reservers(p)) {
        const key = personKey(r.name);
        if (!absent.has(key) || reported.has(key)) continue;
        reported.add(key);
        hits.push({
          paragraph: p,
          line: lineOf(ctx, p, r.name.split(' ').at(-1)!, sectionLine(p, 'reservationer')),
          messageId: 'reserves',
          data: { person: who(r), number: p.number },
        });
      }
      for (const v of readVotes(sectionText(p, 'omrostning')).members) {
        const key = personKey(v.name);
        if (v.vote === 'avstar' || !absent.has(key) || reported.has(key)) continue;
        reported.add(key);
        hits.push({
          paragraph: p,
          line: lineOf(ctx, p, v.name, sectionLine(p, 'omrostning')),
          messageId: 'votes',
          data: { person: who(v), vote: v.vote, number: p.number },
        });
      }
    }
    return hits;
  },
};
