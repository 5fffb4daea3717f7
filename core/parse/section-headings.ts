import type { SectionKind } from '../model/protocol.ts';

/**
 * Section headings and their variants across organisations. A heading stands alone on its
 * line (a trailing colon is allowed); the first pattern that matches names the kind.
 */
const HEADINGS: [SectionKind, RegExp][] = [
  ['yrkanden', /^(?:förslag till beslut (?:under|på|vid) sammanträdet|förslag (?:under|på) sammanträdet|yrkanden?(?: (?:under|på|vid) sammanträdet)?)$/],
  ['forslagTillBeslut', /^(?:förslag till beslut(?: från [\p{L} -]+)?|[\p{L}-]+(?:s)? förslag(?: till beslut)?|(?:förvaltningens|tjänstepersonens|ordförandens|beredningens|arbetsutskottets) förslag(?: till beslut)?)$/u],
  ['beslutsgang', /^(?:beslutsgång|propositionsordning(?: och beslutsgång)?|proposition(?:sordning)?|beslutsgång och propositionsordning)$/],
  ['omrostning', /^(?:omröstning(?:sresultat)?|votering|omröstningsresultat\/votering)$/],
  ['beslut', /^(?:[\p{L}-]+s )?beslut(?:et)?$/u],
  ['reservationer', /^(?:skriftlig )?reservation(?:er)?$/],
  ['deltarEj', /^(?:deltar (?:ej|inte) i beslutet|ej deltagande i beslutet|deltar ej)$/],
  ['protokollsanteckning', /^protokollsanteckning(?:ar)?$/],
  ['sarskiltYttrande', /^(?:särskilt yttrande|särskilda yttranden)$/],
  ['jav', /^(?:jäv|jäv anmäls|jävsanmälan|anmälan om jäv)$/],
  ['beslutsunderlag', /^(?:beslutsunderlag|underlag för beslut|handlingar i ärendet)$/],
  ['sammanfattning', /^(?:sammanfattning(?: av ärendet)?|ärendebeskrivning|ärendet i korthet|ärendet)$/],
  ['other', /^(?:beslutet skickas till|expedieras till|expediering|skickas till|kopia till|bilagor?|ärendets beredning|ärendets behandling|ajournering|omedelbar justering|paragrafen justeras omedelbart)$/],
];

const MAX_HEADING_LENGTH = 64;

/** The kind of section a line opens, or null when the line is not a section heading. */
export function sectionHeadingKind(line: string): SectionKind | null {
  // Most lines are running text: reject them before any allocation.
  if (line.length > MAX_HEADING_LENGTH + 24) return null;
  let t = line.trim();
  if (t.endsWith(':')) t = t.slice(0, -1).trimEnd();
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
