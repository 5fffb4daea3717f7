import type { PersonInput } from '../../../core/templates/entry-input.ts';

/**
 * A list of people typed into one field the way a clerk writes them in a protocol:
 * "Anna Berg (S), Karl Lund (V) och Eva Strand". One name per part; the party in brackets.
 */
export function parsePeople(text: string): PersonInput[] {
  return text
    .split(/[\n,;]|\s+och\s+/)
    .map((part) => part.replace(/\s+/g, ' ').trim())
    .filter((part) => part.length > 0)
    .map((part) => {
      const m = /^(.*?)\s*\(\s*([^()]{1,12}?)\s*\)$/.exec(part);
      return m && m[1] ? { person: m[1], party: m[2]! } : { person: part };
    });
}
