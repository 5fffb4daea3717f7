import { execAll } from './exec-all.ts';
/**
 * People as protocols name them: `Nicklas Sandström (M)`, `Åsa Ågren Wikström(M)`, lists joined
 * with commas and "och". Names are compared by a key that ignores case, spacing and party.
 */

export interface PersonMention {
  name: string;
  party: string | null;
}

const NAME_WORD = "[A-ZÅÄÖÉÜ][a-zåäöéüß'’-]+(?:-[A-ZÅÄÖÉÜ][a-zåäöéüß'’-]+)?";
const NAME = `${NAME_WORD}(?:[ \\u00A0]+(?:(?:af|von|de|van|der|la)[ \\u00A0]+)?${NAME_WORD}){1,3}`;
const WITH_PARTY = new RegExp(`(${NAME})\\s*\\(\\s*([A-ZÅÄÖ][A-Za-zåäöÅÄÖ]{0,5})\\s*\\)`, 'g');
const LEADING_FILLER = /^(?:Att|Och|Samt|Även|Därefter|Ordförande|Ledamoten|Ersättaren|Vice|Förste|Andre)\s+/;

/** Every `Name (Party)` in the text, in order, without repeats. */
export function findPeopleWithParty(text: string): PersonMention[] {
  const seen = new Set<string>();
  const out: PersonMention[] = [];
  for (const m of execAll(WITH_PARTY, text)) {
    let name = m[1]!.replace(/\s+/g, ' ');
    while (LEADING_FILLER.test(name) && name.split(' ').length > 2) name = name.replace(LEADING_FILLER, '');
    const key = personKey(name);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ name, party: m[2]! });
  }
  return out;
}

/**
 * Names from a plain list such as a cover page's attendance or a "Justerare" field:
 * one per line or separated by commas/"och"; roles and parties after the name are dropped.
 */
export function splitNameList(text: string): string[] {
  return text
    .split(/\n|,|;|\soch\s/)
    .map((part) => part.replace(/\(.*?\)/g, ' ').replace(/\s[-–]\s.*$/, '').replace(/\s+/g, ' ').trim())
    .map((part) => part.replace(/\s+(ordförande|vice ordförande|sekreterare|ersättare|ledamot|tjänstgörande ersättare)$/i, ''))
    .filter((part) => /^[A-ZÅÄÖÉÜ][\p{L}'’.-]+(?: [\p{L}'’.-]+){1,4}$/u.test(part));
}

export function personKey(name: string): string {
  return name.replace(/\(.*?\)/g, '').toLowerCase().replace(/[^\p{L}]+/gu, ' ').trim();
}
