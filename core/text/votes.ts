import { findPeopleWithParty, personKey } from './persons.ts';
import { words } from './words.ts';

/**
 * Reads a recorded vote back from the text of a § entry's Beslutsgång and Omröstning: the totals,
 * each member's vote in an open vote (as lines, lists or a voting table), what ja and nej stood
 * for, and which side the protocol says won. It reads what `core/templates/omrostning.ts` writes
 * and the common hand-written variants, so that a rule can compare totals with member votes and
 * with the declared result.
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
  /** Each member's vote; empty when the text lists none or holds lists it cannot tell apart. */
  members: ReadMemberVote[];
  /** The side the text says the meeting decided for, or null when it does not say or cannot be told. */
  declaredWinner: 'ja' | 'nej' | null;
  /** What a ja and a nej vote stood for, as written in the propositionsordning. */
  jaProposal: string | null;
  nejProposal: string | null;
  /** Whether the text says the chair's casting vote (utslagsröst) decided a tie. */
  castingVote: boolean;
}

const NUMBER_WORDS: Record<string, number> = {
  ingen: 0, inga: 0, noll: 0, en: 1, ett: 1, två: 2, tre: 3, fyra: 4, fem: 5, sex: 6, sju: 7, åtta: 8, nio: 9, tio: 10,
  elva: 11, tolv: 12, tretton: 13, fjorton: 14, femton: 15, sexton: 16, sjutton: 17, arton: 18, nitton: 19, tjugo: 20,
};
const NUM = `(\\d{1,4}|${Object.keys(NUMBER_WORDS).join('|')})`;

function toNumber(word: string): number {
  return /^\d+$/.test(word) ? Number(word) : NUMBER_WORDS[word.toLowerCase()]!;
}

// A count and its label share a line: "Nej 5\nAvstår 0" is two counts, not "5 avstår".
const SP = '[^\\S\\n]+';
/** What may follow a bare "7 ja": a comma, a full stop, the end of the line, "och" or "mot". */
const BARE_END = '(?=[^\\S\\n]*(?:[,.\\n]|$)|\\s+(?:och|mot)>)';

/** Count written before its label ("7 ja-röster") and after it ("Ja-röster: 7", "röstar Ja (7)", "Ja 7" on its own line). */
const COUNT_PATTERNS: Record<VoteChoice, RegExp[]> = {
  ja: [words(`<${NUM}${SP}ja(?:-|\\s)?röst(?:er|erna)?>`), words(`<${NUM}${SP}(?:röstar|röstade)\\s+ja>`), words(`<${NUM}${SP}ja${BARE_END}`), words(`<ja(?:-?röster|-?röst)?\\s*(?:[:=]|\\()\\s*${NUM}>`), words(`^\\s*ja(?:-?röster)?\\s+${NUM}\\s*$`, 'm')],
  nej: [words(`<${NUM}${SP}nej(?:-|\\s)?röst(?:er|erna)?>`), words(`<${NUM}${SP}(?:röstar|röstade)\\s+nej>`), words(`<${NUM}${SP}nej${BARE_END}`), words(`<nej(?:-?röster|-?röst)?\\s*(?:[:=]|\\()\\s*${NUM}>`), words(`^\\s*nej(?:-?röster)?\\s+${NUM}\\s*$`, 'm')],
  avstar: [
    words(`<${NUM}${SP}(?:ledamöter\\s+|ledamot\\s+)?(?:som\\s+)?(?:avstår|avstod|avstående|avstod från att rösta|nedlagda röster)>`),
    words(`<(?:avstår|avstod|avstående|avstående röster|nedlagda röster)\\s*(?:[:=]|\\()\\s*${NUM}>`),
    words(`^\\s*(?:avstår|avstående)\\s+${NUM}\\s*$`, 'm'),
  ],
};

/** A word every count pattern of the side holds: most lines have none and skip the patterns. */
const SIDE_WORD: Record<VoteChoice, RegExp> = { ja: /(?<!\p{L})ja(?:röst|\P{L}|$)/iu, nej: /(?<!\p{L})nej(?:röst|\P{L}|$)/iu, avstar: /avst|nedlagd/i };

function readCount(text: string, side: VoteChoice): number | null {
  if (!SIDE_WORD[side].test(text)) return null;
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
const MEMBER_LINE = words(`^[\\s\\-–•*]*(\\p{Lu}[\\p{L}'’.-]*(?:[ \\u00A0]+[\\p{L}'’.-]+){0,4})\\s*\\(\\s*([\\p{L}]{1,8})\\s*\\)\\s*[:,–-]?\\s*${VOTE_WORD}\\.?\\s*$`);
/** "Ja-röster: Anna Berg (S), Karl Lund (V)", "Följande ledamöter röstar nej: …", "Avstår: …". */
const LIST_LINE = words(`^[\\s\\-–•*]*(?:följande(?:\\s+ledamöter)?\\s+röstar\\s+|följande(?:\\s+ledamöter)?\\s+röstade\\s+|röstar\\s+|röstade\\s+)?${VOTE_WORD}(?:-?röster|-?röst|\\s+röstade|\\s+röstar)?(?:\\s*\\(\\s*\\d+\\s*\\))?\\s*:\\s*(.+)$`);

/** Column headings of a voting table: "Ja", "Ja-röst", "Nej-röster", "Avstår från att rösta". */
const COLUMN_HEADINGS: [VoteChoice | 'parti', RegExp][] = [
  ['ja', /^ja(?:-?röst(?:er)?)?$/i],
  ['nej', /^nej(?:-?röst(?:er)?)?$/i],
  ['avstar', /^(?:avstår|avstod|avstående|avstående röster)(?: från att rösta)?$/i],
  ['parti', /^parti$/i],
];
/** A mark in a vote column: "X", "x", a tick or a dot. */
const MARK = /^[xX✓✔●]$/;
/** The row under the members that sums the columns. */
const SUM_ROW = /^(?:summa|totalt|antal|antal röster|summa röster|resultat)$/i;

/** A table's member cell: "Anna Berg (S)", "Eva Lind (V), ordförande", "Per Holm (M) 1:e vice<br>ordförande". */
const TABLE_MEMBER = /^\s*([^(,\d]+?)\s*(?:\(\s*(\p{L}{1,8})\s*\))?\s*(?:[,\d].*)?$/u;
const TRAILING_ROLE = /\s+(?:vice\s+)?(?:ordförande|ersättare|ledamot|tjänstgörande ersättare)$/iu;
const PERSON_NAME = /^\p{Lu}[\p{L}'’.-]*(?: [\p{L}'’.-]+){1,4}$/u;

type Column = VoteChoice | 'parti' | 'name';
/** A table heading row read: each column's kind, and for a layout table where it sits on the line. */
interface TableHead {
  columns: Column[];
  /** Centre of each column on the line (pdftotext layout); empty for a Markdown table. */
  centres: number[];
}

function columnOf(cell: string): Column {
  const t = cell.replace(/[*_]/g, '').trim();
  return COLUMN_HEADINGS.find(([, p]) => p.test(t))?.[0] ?? 'name';
}

function isVoteHead(columns: readonly Column[]): boolean {
  return columns.includes('ja') && columns.includes('nej');
}

const markdownCells = (line: string): string[] => line.trim().replace(/^\||\|$/g, '').split('|').map((c) => c.trim());
const MARKDOWN_ROW = /^\s*\|.*\|\s*$/;
const MARKDOWN_RULE = /^\s*\|?\s*:?-{3,}/;
/** Runs of text on a layout line, split where two or more spaces stand between them. */
const LAYOUT_CELL = /\S+(?: \S+)*/g;
/** The longest line a layout table's name-only row holds. */
const MAX_NAME_ROW = 48;

function layoutCells(line: string): { text: string; centre: number }[] {
  return [...line.matchAll(LAYOUT_CELL)].map((m) => ({ text: m[0], centre: m.index + m[0].length / 2 }));
}

/** A table row as cells by column: Markdown by position, layout text by the nearest heading. */
function rowCells(line: string, head: TableHead): Map<Column, string[]> | null {
  const byColumn = new Map<Column, string[]>();
  const put = (c: Column, text: string) => byColumn.set(c, [...(byColumn.get(c) ?? []), text]);
  if (head.centres.length === 0) {
    if (!MARKDOWN_ROW.test(line)) return null;
    markdownCells(line).forEach((cell, i) => cell && put(head.columns[i] ?? 'name', cell));
    return byColumn;
  }
  const cells = layoutCells(line);
  const firstVote = Math.min(...head.centres.filter((_, i) => head.columns[i] !== 'name'));
  for (const cell of cells) {
    if (cell.centre < firstVote - 4) {
      put('name', cell.text);
      continue;
    }
    let best = 0;
    for (let i = 1; i < head.centres.length; i++) {
      if (Math.abs(head.centres[i]! - cell.centre) < Math.abs(head.centres[best]! - cell.centre)) best = i;
    }
    put(head.columns[best]!, cell.text);
  }
  // A layout row is a name and marks, or a short line with a name only (a member who did not
  // vote); anything else, such as running text, ends the table.
  const votes = [...byColumn].filter(([c]) => c !== 'name' && c !== 'parti').flatMap(([, v]) => v);
  if (votes.length === 0) return line.trim().length <= MAX_NAME_ROW && !/[.:;!?]/.test(line) ? byColumn : null;
  return votes.every((v) => MARK.test(v) || /^\d+$/.test(v)) ? byColumn : null;
}

/** The heading row of a voting table, when the line is one. */
function tableHead(line: string): TableHead | null {
  if (MARKDOWN_ROW.test(line)) {
    const columns = markdownCells(line).map(columnOf);
    return isVoteHead(columns) ? { columns, centres: [] } : null;
  }
  const cells = layoutCells(line);
  if (cells.length < 3) return null;
  const columns = cells.map((c) => columnOf(c.text));
  return isVoteHead(columns) ? { columns, centres: cells.map((c) => c.centre) } : null;
}

interface MemberLists {
  members: ReadMemberVote[];
  /** Totals from a voting table's sum row. */
  sums: Partial<Record<VoteChoice, number>>;
}

function readMemberLists(lines: readonly string[]): MemberLists {
  const members: ReadMemberVote[] = [];
  const sums: Partial<Record<VoteChoice, number>> = {};
  const seen = new Set<string>();
  let twice = false;
  const add = (name: string, party: string | null, vote: VoteChoice) => {
    const key = personKey(name);
    if (seen.has(key)) twice = true;
    seen.add(key);
    members.push({ name: name.replace(/\s+/g, ' ').trim(), party, vote });
  };
  const addRow = (cells: Map<Column, string[]>) => {
    const who = (cells.get('name') ?? []).join(' ').replace(/<br\s*\/?>/gi, ' ').trim();
    const marked = (['ja', 'nej', 'avstar'] as const).filter((v) => cells.get(v)?.some((c) => MARK.test(c)));
    if (SUM_ROW.test(who)) {
      for (const v of ['ja', 'nej', 'avstar'] as const) {
        const n = cells.get(v)?.find((c) => /^\d+$/.test(c));
        if (n !== undefined) sums[v] = Number(n);
      }
      return;
    }
    const member = TABLE_MEMBER.exec(who);
    const name = member?.[1]!.replace(TRAILING_ROLE, '');
    if (marked.length === 1 && name && PERSON_NAME.test(name)) add(name, member![2] ?? cells.get('parti')?.[0] ?? null, marked[0]!);
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const head = tableHead(line);
    if (head) {
      for (i++; i < lines.length; i++) {
        const row = lines[i]!;
        if (!row.trim() || MARKDOWN_RULE.test(row)) continue;
        const cells = rowCells(row, head);
        if (!cells) break;
        addRow(cells);
      }
      i--;
      continue;
    }
    const m = MEMBER_LINE.exec(line);
    if (m) {
      add(m[1]!, m[2]!, voteOf(m[3]!));
      continue;
    }
    const list = LIST_LINE.exec(line);
    if (!list) continue;
    let names = list[2]!;
    // A long list wraps: a line that goes on after a comma belongs to it.
    while (/,\s*$/.test(names) && i + 1 < lines.length && lines[i + 1]!.trim() && !LIST_LINE.test(lines[i + 1]!)) names += ` ${lines[++i]!}`;
    for (const p of findPeopleWithParty(names)) add(p.name, p.party, voteOf(list[1]!));
  }
  // A name listed twice means lists of more than one vote, which cannot be told apart here.
  return { members: twice ? [] : members, sums };
}

/** Abbreviations whose full stop does not end a sentence. */
const ABBREVIATION = '(?:m\\.fl|bl\\.a|t\\.ex|d\\.v\\.s|s\\.k)';
/** A full stop that ends a sentence. */
const STOP = `(?<!${ABBREVIATION})\\.(?=\\s|$)`;
const END = `(?=\\s*[,;]\\s*(?:och\\s+)?(?:nej|den som)|\\s+nej(?:-?röst)?\\s+(?:för|innebär)>|${STOP}|\\n|$)`;
/** What a ja or nej vote stood for, without "bifall till" or "att bifalla" in front. */
const FOR = '\\s+(?:bifall\\s+till\\s+|att\\s+bifalla\\s+)?';
/** "Den som vill bifalla X röstar ja": X may hold commas, but not another "den som" or "röstar". */
const WHO_VOTES = (side: string) =>
  words(`<den som (?:vill |önskar )?(?:bifalla|bifaller|röstar för)\\s+((?:(?!den som|röstar).)+?)\\s+röstar\\s+${side}>`);
const JA_FOR = [words(`<ja(?:-?röst)?\\s+(?:för|innebär)${FOR}(.+?)${END}`), words(`<ja(?:-?röst)?\\s*=\\s*(?:bifall\\s+till\\s+)?(.+?)${END}`), WHO_VOTES('ja')];
const NEJ_FOR = [
  words(`<nej(?:-?röst)?\\s+(?:för|innebär)${FOR}(.+?)(?=${STOP}|\\n|$|\\s*[,;]\\s*(?:och\\s+)?(?:ja|den som))`),
  words(`<nej(?:-?röst)?\\s*=\\s*(?:bifall\\s+till\\s+)?(.+?)(?=${STOP}|\\n|$|\\s*[,;])`),
  WHO_VOTES('nej'),
];

/** The first capture of the patterns, in pattern order, and the sentence it stands in. */
function firstCapture(sentences: readonly string[], patterns: readonly RegExp[]): { text: string; sentence: number } | null {
  for (const p of patterns) {
    for (let i = 0; i < sentences.length; i++) {
      const m = p.exec(sentences[i]!);
      if (m) return { text: m[1]!.trim(), sentence: i };
    }
  }
  return null;
}

/**
 * The text cut into sentences, a wrapped line joined to the next. Sentences longer than any real
 * vote sentence are left out, which keeps the lazy sentence patterns linear on hostile input.
 */
const MAX_SENTENCE = 600;
const SENTENCE_BREAK = new RegExp(`(?<=(?<!${ABBREVIATION})[.!?])\\s+|\\n\\s*\\n`);
function sentencesOf(text: string): string[] {
  return text
    .split(SENTENCE_BREAK)
    .filter((s) => s.length <= MAX_SENTENCE)
    .map((s) => s.replace(/\s+/g, ' ').trim());
}

/** The side named outright: "ja-sidan vinner", "enligt nej-förslaget". */
const SIDE_WINS = words(`<(ja|nej)(?:-sidan|-förslaget|-linjen|-yrkandet)?\\s+(?:har\\s+)?(?:vunnit|vinner|segrat|segrar|bifallits)>`);
const BY_SIDE = words(`<(?:enligt|i enlighet med|bifalla|bifallit|bifaller)\\s+(ja|nej)-(?:sidan|förslaget|linjen|yrkandet)>`);
/** What the meeting decided for: "beslutar nämnden enligt X", "har styrelsen beslutat att bifalla X", "bifaller X". */
const DECIDED_FOR = [
  words(`<(?:beslutar|beslutat|beslutade|bifaller|bifallit)>[^.\\n]*?<(?:enligt|bifalla|bifall till|i enlighet med)\\s+(.+?)(?=${STOP}|\\n|$)`),
  words(`<(?:bifaller|bifallit|biföll)\\s+(.+?)(?=${STOP}|\\n|$)`),
];

function comparable(text: string): string {
  return text.toLowerCase().replace(/[\s\u00A0]+/g, ' ').replace(/[.,;:]+$/, '').trim();
}

/** The people a proposal is named after: "Anna Bergs (S) m.fl. yrkande" → {"anna berg"}. */
function proposers(text: string): Set<string> {
  return new Set([...text.matchAll(/\p{Lu}[\p{Ll}'’-]+(?:[ ]+\p{Lu}[\p{Ll}'’-]+)*/gu)].map((m) => m[0].toLowerCase().replace(/s$/, '')));
}

/** Which of the two proposals the decided one is: the same text, one inside the other, or the same proposers. */
function sideOf(decided: string, jaProposal: string, nejProposal: string): 'ja' | 'nej' | null {
  const target = comparable(decided);
  const ja = comparable(jaProposal);
  const nej = comparable(nejProposal);
  if (target === ja) return 'ja';
  if (target === nej) return 'nej';
  const fits = (p: string) => target.length >= 4 && (p.includes(target) || target.includes(p));
  const jaFits = fits(ja);
  const nejFits = fits(nej);
  if (jaFits !== nejFits) return jaFits ? 'ja' : 'nej';
  if (jaFits) return null;
  const named = proposers(decided);
  const shares = (p: string) => [...proposers(p)].some((n) => named.has(n));
  const jaShares = shares(jaProposal);
  const nejShares = shares(nejProposal);
  return jaShares === nejShares ? null : jaShares ? 'ja' : 'nej';
}

/**
 * The side the text declares the winner. A decision named by its proposal counts only after the
 * propositionsordning: before it stands the chair's finding that the vote was called against.
 */
function declaredSide(text: string, sentences: readonly string[], after: number, jaProposal: string | null, nejProposal: string | null): 'ja' | 'nej' | null {
  const side = SIDE_WINS.exec(text) ?? BY_SIDE.exec(text);
  if (side) return side[1]!.toLowerCase() as 'ja' | 'nej';
  if (!jaProposal || !nejProposal) return null;
  for (let i = after; i < sentences.length; i++) {
    for (const pattern of DECIDED_FOR) {
      const m = pattern.exec(sentences[i]!);
      if (m) return sideOf(m[1]!, jaProposal, nejProposal);
    }
  }
  return null;
}

const CASTING_VOTE = words('<utslagsröst');

function normalise(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/[\u00A0\u2007\u202F]/g, ' ');
}

/** One vote: its propositionsordning, counts, member list and declared result. */
export function readVotes(sectionText: string): VoteReading {
  const text = normalise(sectionText);
  const sentences = sentencesOf(text);
  const ja = firstCapture(sentences, JA_FOR);
  const nej = firstCapture(sentences, NEJ_FOR);
  const { members, sums } = readMemberLists(text.split('\n'));
  const after = Math.max(ja?.sentence ?? 0, nej?.sentence ?? 0);
  return {
    ja: readCount(text, 'ja') ?? sums.ja ?? null,
    nej: readCount(text, 'nej') ?? sums.nej ?? null,
    avstar: readCount(text, 'avstar') ?? sums.avstar ?? null,
    members,
    declaredWinner: declaredSide(text, sentences, after, ja?.text ?? null, nej?.text ?? null),
    jaProposal: ja?.text ?? null,
    nejProposal: nej?.text ?? null,
    castingVote: CASTING_VOTE.test(text),
  };
}

/** A line that opens a vote: the call for one, or its propositionsordning. */
const VOTE_OPENS = words(
  `<(?:omröstning|votering)\\s+(?:begärs|begärdes|verkställs)>|<(?:propositionsordning|voteringsproposition)|<ja-?röst\\s+(?:för|innebär)>|^\\s*den som (?:vill |önskar )?(?:bifalla|bifaller|röstar för)>`,
);

/**
 * Every vote in a § entry's text, in order: a new vote starts where a vote is called or a
 * propositionsordning begins after the previous vote's counts. Only parts with counts or a member
 * list are votes.
 */
export function readAllVotes(text: string): VoteReading[] {
  const lines = normalise(text).split('\n');
  const parts: string[] = [];
  let start = 0;
  let counted = false;
  lines.forEach((line, i) => {
    if (counted && VOTE_OPENS.test(line)) {
      parts.push(lines.slice(start, i).join('\n'));
      start = i;
      counted = false;
    }
    counted ||= readCount(line, 'ja') !== null || readCount(line, 'nej') !== null;
  });
  parts.push(lines.slice(start).join('\n'));
  return parts.map(readVotes).filter((v) => v.ja !== null || v.nej !== null || v.members.length > 0);
}

/** Totals counted from member votes, read back or filled in by a clerk. */
export function tallyMemberVotes(members: readonly { vote: VoteChoice }[]): { ja: number; nej: number; avstar: number } {
  const t = { ja: 0, nej: 0, avstar: 0 };
  for (const m of members) t[m.vote] += 1;
  return t;
}
