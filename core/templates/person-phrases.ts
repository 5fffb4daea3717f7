/** People and lists of people as protocols write them: "Anna Berg (S), Karl Lund (V) och Eva Strand (MP)". */

export interface PersonRef {
  person: string;
  party?: string | undefined;
}

export function formatPerson(p: PersonRef): string {
  return p.party ? `${p.person} (${p.party})` : p.person;
}

/** "A", "A och B", "A, B och C". */
export function joinSwedish(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} och ${items[items.length - 1]}`;
}

export function formatPeople(people: readonly PersonRef[]): string {
  return joinSwedish(people.map(formatPerson));
}

/** Swedish genitive of a name: "Anna Berg" → "Anna Bergs", "Lars Nilsson" → "Lars Nilssons", "Ines Strauss" → "Ines Strauss". */
export function genitive(name: string): string {
  return /[sxz]$/i.test(name) ? name : `${name}s`;
}

/** "Anna Bergs (S)", the possessive form used before "förslag" or "yrkande". */
export function formatPersonGenitive(p: PersonRef): string {
  return p.party ? `${genitive(p.person)} (${p.party})` : genitive(p.person);
}
