import { findPeopleWithParty, personKey } from './persons.ts';

/**
 * Reads a recorded vote back from an Omröstning section: the totals, each member's vote in an
 * open vote, what ja and nej stood for, and which side the protocol says won. It reads what
 * `core/templates/omrostning.ts` writes and the common hand-written variants, so that a rule can
 * compare totals with member votes and with the declared result.
 */

export type VoteChoice = 'ja' | 'nej' | 'avstar';

export interface ReadMemberVote {
  name: string;
  party: string | null;
  vote: VoteChoice;
}

export interface VoteReading {
  /** Totals as stated in the text; null when the text states none for that side. */
  ja: number | null;
  nej: number | null;
  avstar: number | null;
  members: ReadMemberVote[];
  /** The side the text says the meeting decided for, or null when it does not say or cannot be told. */
  declaredWinner: 'ja' | 'nej' | null;
  /** What a ja and a nej vote stood for, as written in the propositionsordning. */
  jaProposal: string | null;
  nejProposal: string | null;
}

const NUMBER_WORDS: Record<string, number> = {
  ingen: 0, inga: 0, noll: 0, en: 1, ett: 1, två: 2, tre: 3, fyra: 4, fem: 5, sex: 6, sju: 7, åtta: 8, nio: 9, tio: 10,
  elva: 11, tolv: 12, tretton: 13, fjorton: 14, femton: 15, sexton: 16, sjutton: 17, arton: 18, nitton: 19, tjugo: 20,
};
const NUM = `(\\d{1,4}|${Object.keys(NUMBER_WORDS).join('|')})`;
// JavaScript's \b only knows ASCII letters; these edges know "å", "ä" and "ö".
const L = '(?<![\\p{L}\\p{N}])';
const R = '(?![\\p{L}\\p{N}])';
const re = (source: string, flags = 'iu') => new RegExp(source.replaceAll('<', L).replaceAll('>', R), flags);

function toNumber(word: string): number {
  return /^\d+$/.test(word) ? Number(word) : NUMBER_WORDS[word.toLowerCase()]!;
}

// A count and its label share a line: "Nej 5\nAvstår 0" is two counts, not "5 avstår".
const SP = '[^\\S\\n]+';

/** Count written before its label ("7 ja-röster") and after it ("Ja-röster: 7", "Ja 7" on its own line). */
const COUNT_PATTERNS: Record<VoteChoice, RegExp[]> = {
  ja: [re(`<${NUM}${SP}ja(?:-|\\s)?röst(?:er|erna)?>`), re(`<${NUM}${SP}(?:röstar|röstade)\\s+ja>`), re(`<${NUM}${SP}ja(?=\\s*(?:,|och|mot|\\.|$))`), re(`<ja(?:-?röster|-?röst)?\\s*(?:[:=]|\\()\\s*${NUM}>`), re(`^\\s*ja(?:-?röster)?\\s+${NUM}\\s*$`, 'imu')],
  nej: [re(`<${NUM}${SP}nej(?:-|\\s)?röst(?:er|erna)?>`), re(`<${NUM}${SP}(?:röstar|röstade)\\s+nej>`), re(`<${NUM}${SP}nej(?=\\s*(?:,|och|mot|\\.|$))`), re(`<nej(?:-?röster|-?röst)?\\s*(?:[:=]|\\()\\s*${NUM}>`), re(`^\\s*nej(?:-?röster)?\\s+${NUM}\\s*$`, 'imu')],
  avstar: [
    re(`<${NUM}${SP}(?:ledamöter\\s+|ledamot\\s+)?(?:som\\s+)?(?:avstår|avstod|avstående|avstod från att rösta|nedlagda röster)>`),
    re(`<(?:avstår|avstod|avstående|avstående röster|nedlagda röster)\\s*(?:[:=]|\\()\\s*${NUM}>`),
    re(`^\\s*(?:avstår|avstående)\\s+${NUM}\\s*$`, 'imu'),
  ],
};

function readCount(text: string, side: VoteChoice): number | null {
  let best: { index: number; value: number } | null = null;
  for (const pattern of COUNT_PATTERNS[side]) {
    const m = pattern.exec(text);
    if (m && (!best || m.index < best.index)) best = { index: m.index, value: toNumber(m[1]!) };
  }
  return best?.value ?? null;
}

const VOTE_WORD = '(ja|nej|avstår|avstod|avstar|avstående)';
function voteOf(word: string): VoteChoice {
  const w = word.toLowerCase();
  return w === 'ja' ? 'ja' : w === 'nej' ? 'nej' : 'avstar';
}

/** "Anna Berg (S) Ja", "Anna Berg (S): nej", "– Karl Lund (V) – Avstår". */
const MEMBER_LINE = re(`^[\\s\\-–•*]*(\\p{Lu}[\\p{L}'’.-]*(?:[ \\u00A0]+[\\p{L}'’.-]+){0,4})\\s*\\(\\s*([\\p{L}]{1,8})\\s*\\)\\s*[:,–-]?\\s*${VOTE_WORD}\\.?\\s*$`);
/** "Ja-röster: Anna Berg (S), Karl Lund (V)", "Följande ledamöter röstar nej: …", "Avstår: …". */
const LIST_LINE = re(`^[\\s\\-–•*]*(?:följande(?:\\s+ledamöter)?\\s+röstar\\s+|följande(?:\\s+ledamöter)?\\s+röstade\\s+|röstar\\s+|röstade\\s+)?${VOTE_WORD}(?:-?röster|-?röst|\\s+röstade|\\s+röstar)?(?:\\s*\\(\\s*\\d+\\s*\\))?\\s*:\\s*(.+)$`);

function readMembers(text: string): ReadMemberVote[] {
  const members: ReadMemberVote[] = [];
  const seen = new Set<string>();
  const add = (name: string, party: string | null, vote: VoteChoice) => {
    const key = personKey(name);
    if (seen.has(key)) return;
    seen.add(key);
    members.push({ name: name.replace(/\s+/g, ' ').trim(), party, vote });
  };
  for (const line of text.split('\n')) {
    const m = MEMBER_LINE.exec(line);
    if (m) {
      add(m[1]!, m[2]!, voteOf(m[3]!));
      continue;
    }
    const list = LIST_LINE.exec(line);
    if (list) for (const p of findPeopleWithParty(list[2]!)) add(p.name, p.party, voteOf(list[1]!));
  }
  return members;
}

const END = '(?=\\s*[,;]\\s*(?:och\\s+)?(?:nej|den som)|\\.(?:\\s|$)|\\n|$)';
const JA_FOR = [
  re(`<ja(?:-?röst)?\\s+(?:för|innebär)\\s+(?:bifall\\s+till\\s+)?(.+?)${END}`),
  re(`<ja(?:-?röst)?\\s*=\\s*(?:bifall\\s+till\\s+)?(.+?)${END}`),
  re(`<den som (?:vill )?(?:bifalla|bifaller|röstar för)\\s+([^,;\\n]+?)\\s+röstar\\s+ja>`),
];
const NEJ_FOR = [
  re(`<nej(?:-?röst)?\\s+(?:för|innebär)\\s+(?:bifall\\s+till\\s+)?(.+?)(?=\\.(?:\\s|$)|\\n|$|\\s*[,;]\\s*(?:och\\s+)?(?:ja|den som))`),
  re(`<nej(?:-?röst)?\\s*=\\s*(?:bifall\\s+till\\s+)?(.+?)(?=\\.(?:\\s|$)|\\n|$|\\s*[,;])`),
  re(`<den som (?:vill )?(?:bifalla|bifaller|röstar för)\\s+([^,;\\n]+?)\\s+röstar\\s+nej>`),
];

function firstCapture(sentences: readonly string[], patterns: readonly RegExp[]): string | null {
  for (const p of patterns) {
    for (const s of sentences) {
      const m = p.exec(s);
      if (m) return m[1]!.trim();
    }
  }
  return null;
}

/**
 * The text cut into sentences, a wrapped line joined to the next. Sentences longer than any real
 * vote sentence are left out, which keeps the lazy sentence patterns linear on hostile input.
 */
const MAX_SENTENCE = 600;
function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\n\s*\n/)
    .filter((s) => s.length <= MAX_SENTENCE)
    .map((s) => s.replace(/\s+/g, ' ').trim());
}

/** The side named outright: "ja-sidan vinner", "enligt nej-förslaget". */
const SIDE_WINS = re(`<(ja|nej)(?:-sidan|-förslaget|-linjen|-yrkandet)?\\s+(?:har\\s+)?(?:vunnit|vinner|segrat|segrar|bifallits)>`);
const BY_SIDE = re(`<(?:enligt|i enlighet med|bifalla|bifallit|bifaller)\\s+(ja|nej)-(?:sidan|förslaget|linjen|yrkandet)>`);
/** What the meeting decided for: "beslutar nämnden enligt X", "har styrelsen beslutat att bifalla X". */
const DECIDED_FOR = re(`<(?:beslutar|beslutat|beslutade|bifaller|bifallit)>[^.\\n]*?<(?:enligt|bifalla|bifall till|i enlighet med)\\s+(.+?)(?=\\.(?:\\s|$)|\\n|$)`);

function comparable(text: string): string {
  return text.toLowerCase().replace(/[\s\u00A0]+/g, ' ').replace(/[.,;:]+$/, '').trim();
}

function declaredSide(text: string, sentences: readonly string[], jaProposal: string | null, nejProposal: string | null): 'ja' | 'nej' | null {
  const side = SIDE_WINS.exec(text) ?? BY_SIDE.exec(text);
  if (side) return side[1]!.toLowerCase() as 'ja' | 'nej';
  const decided = sentences.map((s) => DECIDED_FOR.exec(s)).find((m) => m);
  if (!decided || !jaProposal || !nejProposal) return null;
  const target = comparable(decided[1]!);
  const ja = comparable(jaProposal);
  const nej = comparable(nejProposal);
  const fits = (p: string) => target === p || (target.length >= 4 && (p.includes(target) || target.includes(p)));
  const jaFits = fits(ja);
  const nejFits = fits(nej);
  if (jaFits === nejFits) return target === ja ? 'ja' : target === nej ? 'nej' : null;
  return jaFits ? 'ja' : 'nej';
}

export function readVotes(sectionText: string): VoteReading {
  const text = sectionText.replace(/\r\n?/g, '\n').replace(/[\u00A0\u2007\u202F]/g, ' ');
  const sentences = sentencesOf(text);
  const jaProposal = firstCapture(sentences, JA_FOR);
  const nejProposal = firstCapture(sentences, NEJ_FOR);
  return {
    ja: readCount(text, 'ja'),
    nej: readCount(text, 'nej'),
    avstar: readCount(text, 'avstar'),
    members: readMembers(text),
    declaredWinner: declaredSide(text, sentences, jaProposal, nejProposal),
    jaProposal,
    nejProposal,
  };
}

/** Totals counted from member votes, read back or filled in by a clerk. */
export function tallyMemberVotes(members: readonly { vote: VoteChoice }[]): { ja: number; nej: number; avstar: number } {
  const t = { ja: 0, nej: 0, avstar: 0 };
  for (const m of members) t[m.vote] += 1;
  return t;
}
