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

/** A line of several words that ends a sentence (`Ansökan avslås.`) is text, not a heading. */
function isSentence(line: string): boolean {
  let end = line.length - 1;
  while (end >= 0 && line.charCodeAt(end) <= 32) end--;
  const last = line[end];
  return (last === '.' || last === '!' || last === '?' || last === ',' || last === ';') && line.lastIndexOf(' ', end) > line.search(/\S/);
}

/** The kind of section a line opens, or null when the line is not a section heading. */
export function sectionHeadingKind(line: string): SectionKind | null {
  // Most lines are running text: reject them before any allocation.
  if (line.length > MAX_HEADING_LENGTH + MARKUP_ROOM + 24 || isSentence(line)) return null;
  const t = headingWords(line);
  if (!t || t.length > MAX_HEADING_LENGTH || !/^\p{L}/u.test(t)) return null;
  const lower = t.toLowerCase().replace(/\s+/g, ' ');
  const known = cache.get(lower);
  if (known !== undefined) return known;
  let kind: SectionKind | null = null;
  for (const [k, pattern] of HEADINGS) {
    if (pattern.test(lower)) {
      kind = k;
      break;
    }
  }
  if (cache.size > 10_000) cache.clear();
  cache.set(lower, kind);
  return kind;
}

// Headings and short lines repeat across a protocol and an archive.
const cache = new Map<string, SectionKind | null>();
