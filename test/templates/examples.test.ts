import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readVotes, tallyMemberVotes } from '../../core/text/votes.ts';
import { findPlaceholders } from '../../core/templates/index.ts';

const DIR = join(import.meta.dirname, '../../examples/protocols');
const files = readdirSync(DIR).filter((f) => f.endsWith('.txt'));

/** The text under each "Omröstning" heading, up to the next "Beslut" heading. */
function voteSections(text: string): string[] {
  return [...text.matchAll(/^Omröstning\n([\s\S]*?)^Beslut$/gm)].map((m) => m[1]!);
}

describe('example protocols', () => {
  it('are all there', () => {
    expect(files.sort()).toEqual(['regionstyrelsen-2025-04-01.txt', 'regionstyrelsens-arbetsutskott-2025-03-11.txt', 'styrgrupp-2025-02-03.txt']);
  });

  it.each(files)('%s has no placeholders left', (file) => {
    expect(findPlaceholders(readFileSync(join(DIR, file), 'utf8'))).toEqual([]);
  });

  it.each(files)('%s numbers its paragraphs without gaps', (file) => {
    const text = readFileSync(join(DIR, file), 'utf8');
    // § headings are "§ 41 Title" or "§ 8" alone; table of contents lines repeat them.
    const numbers = [...text.matchAll(/^ ?§ (\d+)(?: |$)/gm)].map((m) => Number(m[1]));
    const body = numbers.slice(numbers.lastIndexOf(numbers[0]!));
    expect(body.length).toBeGreaterThan(4);
    body.forEach((n, i) => expect(n).toBe(body[0]! + i));
  });

  it.each(files)('%s records votes whose totals agree with the members and the declared result', (file) => {
    for (const section of voteSections(readFileSync(join(DIR, file), 'utf8'))) {
      const r = readVotes(section);
      const t = tallyMemberVotes(r.members);
      expect([r.ja, r.nej, r.avstar ?? 0]).toEqual([t.ja, t.nej, t.avstar]);
      expect(r.declaredWinner).toBe(t.ja > t.nej ? 'ja' : 'nej');
    }
  });

  it('the arbetsutskott and the board share the cases the board decides', () => {
    const au = readFileSync(join(DIR, 'regionstyrelsens-arbetsutskott-2025-03-11.txt'), 'utf8');
    const rs = readFileSync(join(DIR, 'regionstyrelsen-2025-04-01.txt'), 'utf8');
    for (const c of ['RS 118-2025', 'RS 412-2025']) {
      expect(au).toMatch(new RegExp(`^${c}$`, 'm'));
      expect(rs).toMatch(new RegExp(`^${c}$`, 'm'));
    }
    expect(voteSections(au)).toHaveLength(1);
    expect(voteSections(rs)).toHaveLength(1);
  });
});
