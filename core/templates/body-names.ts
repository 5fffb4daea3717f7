/**
 * How a body (organ) is named in running text. Swedish protocols name the meeting body by a short
 * definite form ("arbetsutskottet", "nämnden") and another body by its full definite name
 * ("regionstyrelsen", "hälso- och sjukvårdsnämnden"). The forms are data so that a deployment can
 * add its own bodies without code changes.
 */
export interface BodyName {
  /** As on the cover page: "Regionstyrelsens arbetsutskott". */
  name: string;
  /** The short definite form the body uses of itself: "arbetsutskottet", "nämnden". */
  definite: string;
  /** The form another body uses of it: "regionstyrelsens arbetsutskott", "hälso- och sjukvårdsnämnden". */
  reference: string;
}

/** Endings of body names and the short definite form they take, most specific first. */
export const BODY_NAME_ENDINGS: readonly { ending: string; definite: string }[] = [
  { ending: 'arbetsutskott', definite: 'arbetsutskottet' },
  { ending: 'arbetsutskottet', definite: 'arbetsutskottet' },
  { ending: 'utskott', definite: 'utskottet' },
  { ending: 'utskottet', definite: 'utskottet' },
  { ending: 'regionstyrelsen', definite: 'regionstyrelsen' },
  { ending: 'kommunstyrelsen', definite: 'kommunstyrelsen' },
  { ending: 'styrelsen', definite: 'styrelsen' },
  { ending: 'styrelse', definite: 'styrelsen' },
  { ending: 'regionfullmäktige', definite: 'regionfullmäktige' },
  { ending: 'kommunfullmäktige', definite: 'kommunfullmäktige' },
  { ending: 'fullmäktige', definite: 'fullmäktige' },
  { ending: 'nämnden', definite: 'nämnden' },
  { ending: 'nämnd', definite: 'nämnden' },
  { ending: 'styrgruppen', definite: 'styrgruppen' },
  { ending: 'styrgrupp', definite: 'styrgruppen' },
  { ending: 'beredningen', definite: 'beredningen' },
  { ending: 'beredning', definite: 'beredningen' },
  { ending: 'presidiet', definite: 'presidiet' },
  { ending: 'presidium', definite: 'presidiet' },
  { ending: 'rådet', definite: 'rådet' },
  { ending: 'råd', definite: 'rådet' },
];

/** Lower-case the first letter only: "Regionstyrelsen" → "regionstyrelsen", keeping "OPF-rådet" intact. */
export function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

export function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The name forms of a body from its name as written on a cover page. An indefinite name
 * ("Regionstyrelsens arbetsutskott") refers to itself in the definite ("arbetsutskottet"); a name
 * that is already definite ("Regionstyrelsen") is used as it stands.
 */
export function bodyName(name: string): BodyName {
  const clean = name.replace(/\s+/g, ' ').trim();
  const lower = clean.toLowerCase();
  // "Styrgruppen för digital vård" is named by its head word, before the qualifier.
  const head = lower.split(/\s+(?:för|i|inom|vid)\s+/)[0]!;
  const match = BODY_NAME_ENDINGS.find((e) => head.endsWith(e.ending));
  const definite = match?.definite ?? lowerFirst(clean);
  const alreadyDefinite = match ? match.ending === match.definite : true;
  // A lone definite word ("Regionstyrelsen") is its own reference; a phrase keeps its words.
  const reference = alreadyDefinite || clean.includes(' ') ? lowerFirst(clean) : definite;
  return { name: clean, definite, reference };
}
