/**
 * Finding the name of the body that met in a cover or a page header, however it is set:
 * `KOMMUNFULLMÄKTIGE`, `Kommunstyrelsen`, `Byggnadsnämndens arbetsutskott`, `Nämnden för Vård &
 * Omsorg`, `JÖNKÖPINGS KOMMUN Barn- och utbildningsnämnden`, and the abbreviation a cover may give
 * instead (`Beslutande organ: BUN`), expanded by the names the text uses.
 */

const BODY_WORD =
  '(?:nämnden|nämnd|styrelsen|styrelse|fullmäktige|utskottet|utskott|beredningen|beredning|styrgruppen|styrgrupp|rådet|råd|kommittén|kommitté|direktionen|direktion|förbundet|presidiet|presidium|samrådet|samråd|arbetsgruppen|arbetsgrupp|delegationen)';

/** `Barn- och utbildningsnämnden`, `Byggnadsnämndens arbetsutskott`, `Kommunstyrelsen`. */
const COMPOUND_NAME = new RegExp(
  `(?<![\\p{L}-])(?:\\p{Lu}\\p{Ll}+a\\s+(?=\\p{Ll}))?\\p{L}\\p{Ll}*(?:-?\\s+(?:och|&)\\s+\\p{Ll}+)?\\p{Ll}*${BODY_WORD}(?:s\\s+(?:arbetsutskott|utskott|presidium|beredning)(?:et|en)?)?(?![\\p{L}])`,
  'u',
);
/** `Nämnden för Vård & Omsorg`, `Rådet för funktionshinderfrågor`. */
const FOR_NAME = /(?<![\p{L}])(?:Nämnden|Styrelsen|Rådet|Beredningen|Utskottet|Direktionen|Styrgrupp(?:en)?|Arbetsgrupp(?:en)?|Samrådsgrupp(?:en)?) för (?:\p{L}[\p{L}-]*)(?:(?: och| &| \p{Lu}[\p{L}-]*| \p{Ll}+)){0,4}$/u;

/** A text set in capitals, as headers often are, in the case a name is written in running text. */
function unshout(text: string): string {
  if (/\p{Ll}/u.test(text) || !/\p{Lu}{3}/u.test(text)) return text;
  const lower = text.toLocaleLowerCase('sv');
  return lower.charAt(0).toLocaleUpperCase('sv') + lower.slice(1);
}

/**
 * The body name a short text (a cover line, a header column) consists of or ends with; null when
 * it names none. Longer texts are sentences, not names.
 */
export function bodyNameIn(text: string): string | null {
  let t = text
    .trim()
    .replace(/\s+\d{4}-\d{2}-\d{2}$/, '')
    .replace(/^(?:sammanträdesprotokoll|protokoll)(?:\s+(?:fört\s+)?(?:från|för|över|vid))?\s+/i, '')
    // `Protokoll från Kommunstyrelsens sammanträde`: the body's name without the genitive.
    .replace(/s\s+(?:sammanträde|möte)$/i, '');
  if (!t || t.length > 70 || /\d/.test(t)) return null;
  // `JÖNKÖPINGS KOMMUN Barn- och …`: the organisation before the body name is not part of it.
  t = t.replace(/^(?:\p{Lu}+\s+)+(?=\p{Lu}\p{Ll})/u, '');
  t = unshout(t);
  const forName = FOR_NAME.exec(t);
  if (forName) return forName[0];
  const m = COMPOUND_NAME.exec(t);
  if (!m || m.index + m[0].length !== t.length || t.slice(0, m.index).split(/\s+/).filter(Boolean).length > 1) return null;
  return m[0];
}

/** A body's initials as abbreviations write them: `Barn- och utbildningsnämnden` → `BUN`, `Kommunstyrelsen` → `KS`. */
function initials(name: string): string {
  const endings = new RegExp(`^(\\p{L}+?)(${BODY_WORD.slice(3, -1)}|arbetsutskott|utskott)$`, 'u');
  let out = '';
  for (const word of name.toLocaleLowerCase('sv').split(/[\s-]+/)) {
    if (!word || word === 'och' || word === '&' || word === 'för') continue;
    const compound = endings.exec(word.replace(/s$/, ''));
    out += compound ? compound[1]!.charAt(0) + compound[2]!.charAt(0) : word.charAt(0);
  }
  return out.toLocaleUpperCase('sv');
}

const ABBREVIATION = /^\p{Lu}{2,6}$/u;

/**
 * A body named by its abbreviation (`BUN`), expanded to the full name the text itself uses
 * (`Barn- och utbildningsnämnden beslutar …`); the abbreviation when the text never spells it out.
 */
export function expandBodyAbbreviation(name: string, lines: readonly { text: string }[]): string {
  if (!ABBREVIATION.test(name)) return name;
  const global = new RegExp(COMPOUND_NAME.source, 'gu');
  for (const { text: line } of lines) {
    if (!line.includes('ämnd') && !line.includes('tyrels') && !line.includes('ullmäkt') && !line.includes('tskott')) continue;
    for (const m of unshout(line).matchAll(global)) if (initials(m[0]) === name) return m[0].charAt(0).toLocaleUpperCase('sv') + m[0].slice(1);
  }
  return name;
}

export { unshout };
