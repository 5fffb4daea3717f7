import type { SectionKind } from '../model/protocol.ts';

/**
 * A body's name in the genitive as it opens a heading: "kommunstyrelsens", "utskottets",
 * "barn- och utbildningsnämndens", "kommunstyrelsens arbetsutskotts", "byggnadsnämndens".
 */
const BODY_GENITIVE = '(?:\\p{L}+-? ?(?:och|&) )?[\\p{L}-]+s(?: [\\p{L}-]+s)?';

/**
 * Section headings and their variants across organisations. A heading stands alone on its
 * line (a trailing colon and Markdown marks are allowed); the first pattern that matches names the kind.
 */
const HEADINGS: [SectionKind, RegExp][] = [
  ['yrkanden', /^(?:förslag till beslut (?:under|på|vid) sammanträdet|förslag (?:under|på) sammanträdet|yrkanden?(?: (?:under|på|vid) sammanträdet)?|överläggning(?:ar)?)$/],
  [
    'forslagTillBeslut',
    new RegExp(`^(?:förslag till beslut(?: (?:från|i|till) [\\p{L} -]+)?|(?:${BODY_GENITIVE}|[\\p{L}-]+) förslag(?: till beslut)?(?: (?:i|till) [\\p{L} -]+)?)$`, 'u'),
  ],
  ['beslutsgang', /^(?:beslutsgång|propositionsordning(?: och beslutsgång)?|proposition(?:sordning)?|beslutsgång och propositionsordning)$/],
  ['omrostning', /^(?:omröstning(?:sresultat)?|votering(?:sresultat)?|omröstningsresultat\/votering)$/],
  ['beslut', new RegExp(`^(?:${BODY_GENITIVE} )?beslut(?:et)?$`, 'u')],
  ['reservationer', /^(?:skriftlig )?reservation(?:er)?$/],
  ['deltarEj', /^(?:deltar (?:ej|inte) i beslutet|ej deltagande i beslutet|deltar ej)$/],
  ['protokollsanteckning', /^protokollsanteckning(?:ar)?$/],
  ['sarskiltYttrande', /^(?:särskilt yttrande|särskilda yttranden)$/],
  ['jav', /^(?:jäv|jäv anmäls|jävsanmälan|anmälan om jäv)$/],
  ['beslutsunderlag', /^(?:beslutsunderlag|underlag för beslut|handlingar i ärendet)$/],
  ['sammanfattning', /^(?:sammanfattning(?: av ärendet)?|ärendebeskrivning|ärendet i korthet|ärendet)$/],
  [
    'other',
    new RegExp(
      `^(?:(?:beslutet )?(?:expedieras|skickas) till|expediering|kopia till|bilagor?|ärendets (?:beredning|behandling)|${BODY_GENITIVE} handläggning|ajournering|omedelbar justering|paragrafen justeras omedelbart)$`,
      'u',
    ),
  ],
];

const MAX_HEADING_LENGTH = 64;
/** Markdown a converter wraps a heading in: "## ", "**…**", "_…_". */
const MARKUP_ROOM = 16;
/** More spaces than this make a sentence, not a heading (`Förslag till beslut på sammanträdet` has four). */
const MAX_HEADING_WORDS = 12;
const MARKDOWN_HEADING = /^#{1,6}[^\S\n]+/;
const EMPHASIS = /^(\*\*|__|\*|_)(.+)\1$/;

/** The heading's words without Markdown marks and a trailing colon: "## **Beslut:**" → "Beslut". */
function headingWords(line: string): string {
  let t = withoutColon(line.trim().replace(MARKDOWN_HEADING, ''));
  for (let m = EMPHASIS.exec(t); m; m = EMPHASIS.exec(t)) t = withoutColon(m[2]!.trim());
  return t;
}

function withoutColon(t: string): string {
  return t.endsWith(':') ? t.slice(0, -1).trimEnd() : t;
}

/**
 * Whether a line cannot be a heading, told in one pass without allocating: a heading has no
 * digits, a few words at most, and does not end a sentence (`Ansökan avslås.`).
 */
function cannotBeHeading(line: string): boolean {
  let first = -1;
  let last = -1;
  let spaces = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c <= 32) {
      if (first >= 0) spaces++;
      continue;
    }
    if (c >= 48 && c <= 57) return true;
    if (first < 0) first = i;
    last = i;
  }
  if (first < 0 || spaces > MAX_HEADING_WORDS) return true;
  const end = line[last];
  return (end === '.' || end === '!' || end === '?' || end === ',' || end === ';') && line.lastIndexOf(' ', last) > first;
}

/** The kind of section a line opens, or null when the line is not a section heading. */
export function sectionHeadingKind(line: string): SectionKind | null {
  // Most lines are running text: reject them before any allocation.
  if (line.length > MAX_HEADING_LENGTH + MARKUP_ROOM + 24 || cannotBeHeading(line)) return null;
  const known = cache.get(line);
  if (known !== undefined) return known;
  const kind = headingKindOf(headingWords(line));
  if (cache.size > 10_000) cache.clear();
  cache.set(line, kind);
  return kind;
}

function headingKindOf(words: string): SectionKind | null {
  if (!words || words.length > MAX_HEADING_LENGTH || !/^\p{L}/u.test(words)) return null;
  const lower = words.toLowerCase().replace(/\s+/g, ' ');
  return HEADINGS.find(([, pattern]) => pattern.test(lower))?.[0] ?? null;
}

// Headings and short lines repeat, as written, across a protocol and an archive.
const cache = new Map<string, SectionKind | null>();
