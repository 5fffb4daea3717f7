import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readVotes, tallyMemberVotes } from '../../core/text/votes.ts';
import { bodyName, voteTotals, voteWinner, writeOmrostning } from '../../core/templates/index.ts';
import { entry } from '../templates/support.ts';

describe('readVotes: hand-written variants', () => {
  it('reads "Ja-röster: 7, Nej-röster: 4, Avstår: 2"', () => {
    expect(readVotes('Ja-röster: 7, Nej-röster: 4, Avstår: 2')).toMatchObject({ ja: 7, nej: 4, avstar: 2, members: [], declaredWinner: null });
  });

  it('reads "7 ja-röster mot 4 nej-röster" and a side that wins', () => {
    expect(readVotes('Omröstningen utfaller med 7 ja-röster mot 4 nej-röster. Ja-sidan har vunnit.')).toMatchObject({
      ja: 7,
      nej: 4,
      avstar: null,
      declaredWinner: 'ja',
    });
  });

  it('reads counts one per line in a table', () => {
    expect(readVotes('Ja 6\nNej 5\nAvstår 0\nNämnden har beslutat enligt nej-förslaget.')).toMatchObject({ ja: 6, nej: 5, avstar: 0, declaredWinner: 'nej' });
  });

  it('reads number words, "ingen som avstår" and lists of voters by side', () => {
    const r = readVotes(
      'Den som vill bifalla arbetsutskottets förslag röstar ja, den som vill bifalla Anna Bergs (S) yrkande röstar nej.\n' +
        'Ja: Per Holm (M), Eva Strand (KD)\n' +
        'Nej: Anna Berg (S)\n' +
        'Med två ja-röster mot en nej-röst och ingen som avstår har nämnden beslutat enligt arbetsutskottets förslag.',
    );
    expect(r).toEqual({
      ja: 2,
      nej: 1,
      avstar: 0,
      members: [
        { name: 'Per Holm', party: 'M', vote: 'ja' },
        { name: 'Eva Strand', party: 'KD', vote: 'ja' },
        { name: 'Anna Berg', party: 'S', vote: 'nej' },
      ],
      declaredWinner: 'ja',
      jaProposal: 'arbetsutskottets förslag',
      nejProposal: 'Anna Bergs (S) yrkande',
    });
  });

  it('reads per-member lines "Anna Berg (S) Ja" in their hand-written variants', () => {
    const r = readVotes('Anna Berg (S) Ja\nKarl Lund (V): nej\n– Eva Strand (MP) – Avstår\nPer  Holm (M) avstod');
    expect(r.members).toEqual([
      { name: 'Anna Berg', party: 'S', vote: 'ja' },
      { name: 'Karl Lund', party: 'V', vote: 'nej' },
      { name: 'Eva Strand', party: 'MP', vote: 'avstar' },
      { name: 'Per Holm', party: 'M', vote: 'avstar' },
    ]);
    expect(tallyMemberVotes(r.members)).toEqual({ ja: 1, nej: 1, avstar: 2 });
  });

  it('lets a rule see totals that contradict the members and the declared result', () => {
    const r = readVotes(
      'Ja-röst för bifall till liggande förslag, nej-röst för bifall till Karl Lunds (V) förslag.\n' +
        'Med 3 ja-röster mot 1 nej-röst beslutar nämnden enligt Karl Lunds (V) förslag.\n' +
        'Anna Berg (S) Ja\nKarl Lund (V) Nej\nEva Strand (MP) Nej',
    );
    expect([r.ja, r.nej]).toEqual([3, 1]);
    expect(tallyMemberVotes(r.members)).toEqual({ ja: 1, nej: 2, avstar: 0 });
    expect(r.declaredWinner).toBe('nej');
  });

  it('finds nothing in text without a vote', () => {
    expect(readVotes('Ordförande frågar om nämnden kan bifalla liggande förslag, vilket nämnden godkänner.')).toEqual({
      ja: null,
      nej: null,
      avstar: null,
      members: [],
      declaredWinner: null,
      jaProposal: null,
      nejProposal: null,
    });
  });
});

describe('readVotes: round trip from the generator', () => {
  const NAMES = ['Anna Berg', 'Karl Lund', 'Åsa Öberg', 'Per-Erik Holm', 'Ida Sjöström', 'Jonas Ek', 'Lisa Rönn', 'Olle Nyström', 'Maja af Klint', 'Sven Åkesson', 'Elin Strand'];
  const PARTIES = ['S', 'M', 'C', 'V', 'KD', 'L', 'MP', 'SD'];
  const member = fc.record({ name: fc.constantFrom(...NAMES), party: fc.constantFrom(...PARTIES), vote: fc.constantFrom('ja' as const, 'nej' as const, 'avstar' as const) });
  const body = fc.constantFrom('Regionstyrelsens arbetsutskott', 'Hälso- och sjukvårdsnämnden', 'Regionstyrelsen', 'Styrgrupp');

  it('an open vote reads back to the same totals, members and winner', () => {
    fc.assert(
      fc.property(fc.uniqueArray(member, { selector: (m) => m.name, minLength: 1, maxLength: 11 }), fc.boolean(), fc.constantFrom('eget', 'avslag'), body, (members, jaIsLiggande, kind, organ) => {
        const tally = { ja: members.filter((m) => m.vote === 'ja').length, nej: members.filter((m) => m.vote === 'nej').length };
        const e = entry({
          type: 'omrostning',
          number: 1,
          yrkanden: [{ person: 'Karl Lund', party: 'V', kind: kind as 'eget' | 'avslag', proposal: 'att avgiften tas bort' }],
          omrostning: { ja: jaIsLiggande ? 'liggande' : 0, nej: jaIsLiggande ? 0 : 'liggande', members, ...(tally.ja === tally.nej ? { utslagsrost: 'nej' as const } : {}) },
        });
        const o = e.omrostning!;
        const r = readVotes(writeOmrostning(o, e.yrkanden, bodyName(organ)));
        const t = voteTotals(o);
        expect([r.ja, r.nej, r.avstar ?? 0]).toEqual([t.ja, t.nej, t.avstar]);
        expect(r.members).toEqual(members);
        expect(r.declaredWinner).toBe(voteWinner(o));
      }),
      { numRuns: 200 },
    );
  });

  it('a vote by count reads back to the same numbers', () => {
    fc.assert(
      fc.property(fc.nat(40), fc.nat(40), fc.nat(10), (ja, nej, avstar) => {
        const e = entry({
          type: 'omrostning',
          number: 1,
          yrkanden: [{ person: 'Karl Lund', party: 'V', kind: 'avslag' }],
          omrostning: { ja: 'liggande', nej: 0, count: { ja, nej, avstar }, ...(ja === nej ? { utslagsrost: 'ja' as const } : {}) },
        });
        const r = readVotes(writeOmrostning(e.omrostning!, e.yrkanden, bodyName('Regionstyrelsen')));
        expect([r.ja, r.nej, r.avstar ?? 0]).toEqual([ja, nej, avstar]);
        expect(r.declaredWinner).toBe(voteWinner(e.omrostning!));
      }),
      { numRuns: 200 },
    );
  });
});

describe('readVotes: hostile input', () => {
  it('never throws on arbitrary text built from vote words', () => {
    const word = fc.constantFrom('ja', 'nej', 'avstår', 'beslutar', 'enligt', 'den som bifalla', 'röstar', '7', 'sju', '(S)', 'Anna Berg', ':', ',', '.', '\n', '\n\n', '-röster', ' ', '\u0000', '§');
    fc.assert(
      fc.property(fc.array(word, { maxLength: 400 }), (words) => {
        const r = readVotes(words.join(''));
        expect(r.members.every((m) => ['ja', 'nej', 'avstar'].includes(m.vote))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('reads a megabyte of repeated result sentences without backtracking blow-up', () => {
    const r = readVotes('beslutar enligt '.repeat(70_000) + '\nden som bifalla '.repeat(10_000));
    expect(r.declaredWinner).toBeNull();
  });
});

describe('readVotes: more hand-written forms', () => {
  it('reads counts in parentheses before the lists of voters', () => {
    const r = readVotes('Ja-röster (2): Anna Berg (S), Per Holm (M)\nNej-röster (1): Karl Lund (V)\nAvstår (0):\nRegionstyrelsen har beslutat i enlighet med ja-sidan.');
    expect(r).toMatchObject({ ja: 2, nej: 1, avstar: 0, declaredWinner: 'ja' });
    expect(r.members.map((m) => `${m.name} ${m.vote}`)).toEqual(['Anna Berg ja', 'Per Holm ja', 'Karl Lund nej']);
  });

  it('reads "7 ja, 4 nej och 2 avstår"', () => {
    expect(readVotes('Omröstningsresultat: 7 ja, 4 nej och 2 avstår.')).toMatchObject({ ja: 7, nej: 4, avstar: 2 });
  });
});
