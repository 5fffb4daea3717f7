import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readAllVotes, readVotes, tallyMemberVotes } from '../../core/text/votes.ts';
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
      castingVote: false,
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
      castingVote: false,
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

  it('reads a list of voters that wraps onto the next line after a comma', () => {
    const r = readVotes('Röstar Ja (4): Anna Berg (S), Per Holm (M),\nLisa Dahl (C), Olof Sten (KD)\nRöstar Nej (1): Karl Lund (V)');
    expect(r.members.map((m) => `${m.name} ${m.vote}`)).toEqual(['Anna Berg ja', 'Per Holm ja', 'Lisa Dahl ja', 'Olof Sten ja', 'Karl Lund nej']);
  });

  it('reads "7 ja, 4 nej och 2 avstår"', () => {
    expect(readVotes('Omröstningsresultat: 7 ja, 4 nej och 2 avstår.')).toMatchObject({ ja: 7, nej: 4, avstar: 2 });
  });
});

describe('readVotes: voting tables', () => {
  it('reads a Markdown table with Ja-röst, Nej-röst and Avstår columns, roles after the name', () => {
    const r = readVotes(
      [
        'Ordföranden finner att nämnden, med 2 ja-röster mot 1 nej-röst, och 1 avstår från att rösta, beslutar enligt arbetsutskottets förslag.',
        '',
        '| Ledamot/tjänstgörande ersättare | Ja-röst | Nej-röst | Avstår från att rösta |',
        '| --- | --- | --- | --- |',
        '| Tove Almgren (C) 1:e vice<br>ordförande | X |  |  |',
        '| Rasmus Öhrn (S) |  | X |  |',
        '| Ylva Škoda (V) |  |  | X |',
        '| Gunnar Ekdahl (M), ordförande | X |  |  |',
      ].join('\n'),
    );
    expect(r.members).toEqual([
      { name: 'Tove Almgren', party: 'C', vote: 'ja' },
      { name: 'Rasmus Öhrn', party: 'S', vote: 'nej' },
      { name: 'Ylva Škoda', party: 'V', vote: 'avstar' },
      { name: 'Gunnar Ekdahl', party: 'M', vote: 'ja' },
    ]);
    expect([r.ja, r.nej, r.avstar]).toEqual([2, 1, 1]);
  });

  it('reads a table with a party column and a sum row, and takes the totals from it', () => {
    const r = readVotes(
      [
        '| Namn | Parti | Ja | Nej | Avstår |',
        '|---|---|---|---|---|',
        '| Tove Almgren | C | x | | |',
        '| Rasmus Öhrn | S | | x | |',
        '| Summa | | 1 | 1 | 0 |',
      ].join('\n'),
    );
    expect(r.members.map((m) => `${m.name} (${m.party}) ${m.vote}`)).toEqual(['Tove Almgren (C) ja', 'Rasmus Öhrn (S) nej']);
    expect([r.ja, r.nej, r.avstar]).toEqual([1, 1, 0]);
  });

  it('reads pdftotext columns by where each mark stands under its heading, past a member without a mark', () => {
    const r = readVotes(
      [
        'Ledamöter                         Ja       Nej      Avstår',
        'Tove Almgren (C)                  X',
        'Rasmus Öhrn (S)                            X',
        '',
        'Ylva Škoda (V)                                      X',
        'Lina Berggren (KD)',
        'Gunnar Ekdahl (M)                 X',
        'Summa                             2        1        1',
        '',
        'Ordföranden konstaterar att omröstningen har genomförts i enlighet med propositionsordningen.',
        'Nils Ahl (L) Nej',
      ].join('\n'),
    );
    expect(r.members.map((m) => `${m.name} ${m.vote}`)).toEqual(['Tove Almgren ja', 'Rasmus Öhrn nej', 'Ylva Škoda avstar', 'Gunnar Ekdahl ja', 'Nils Ahl nej']);
    expect([r.ja, r.nej, r.avstar]).toEqual([2, 1, 1]);
  });

  it('does not take running text with wide spaces for a table', () => {
    expect(readVotes('Ja  och  nej  är  svaren.\nTove Almgren (C)   X').members).toEqual([]);
  });

  it('keeps no member list when a name stands in two lists, as after two votes', () => {
    const table = (mark: string) => `| Ledamot | Ja | Nej |\n| --- | --- | --- |\n| Tove Almgren (C) | ${mark} |  |\n| Rasmus Öhrn (S) |  | X |`;
    expect(readVotes(`${table('X')}\n\n${table('X')}`).members).toEqual([]);
  });
});

describe('readVotes: counts and propositionsordning in prose', () => {
  it.each([
    ['röstar Ja (7), röstar Nej (4)', [7, 4, null]],
    ['Kommunfullmäktige har med 11 ja-röster mot 4 nej-röster beslutat enligt förslaget.', [11, 4, null]],
    ['med 6 ja-röster mot 3 nej-röster, och 2 avstår från att rösta, beslutar', [6, 3, 2]],
    ['Ja: 22, Nej: 23', [22, 23, null]],
    ['Voteringen utfaller 7 ja, 6 nej\nNämnden beslutar därmed enligt liggande förslag.', [7, 6, null]],
    ['Resultat: 7 ja och 6 nej.', [7, 6, null]],
  ])('reads %j', (text, totals) => {
    const r = readVotes(text);
    expect([r.ja, r.nej, r.avstar]).toEqual(totals);
  });

  it('reads "Ja-röst innebär att bifalla X" with an abbreviation inside X', () => {
    const r = readVotes(
      'Ja-röst innebär att bifalla arbetsutskottets förslag.\nNej-röst innebär att bifalla Oskar Wenner (L) m.fl. yrkande.\n\n' +
        'Ordföranden finner att nämnden, med 5 ja-röster mot 6 nej-röster, beslutar att bifalla Oskar Wenner (L) m.fl. yrkande.',
    );
    expect(r).toMatchObject({ jaProposal: 'arbetsutskottets förslag', nejProposal: 'Oskar Wenner (L) m.fl. yrkande', ja: 5, nej: 6, declaredWinner: 'nej' });
  });

  it('reads ja and nej proposals written one per line without full stops', () => {
    const r = readVotes('Ja-röst innebär att avgiften sänks\nNej-röst innebär att avgiften behålls\n\nMed 4 ja-röster mot 3 nej-röster beslutar nämnden att bifalla yrkandet att avgiften sänks.');
    expect(r).toMatchObject({ jaProposal: 'att avgiften sänks', nejProposal: 'att avgiften behålls', declaredWinner: 'ja' });
  });

  it('reads "Den som önskar bifalla X röstar ja och den som önskar bifalla Y röstar nej" with lists of names', () => {
    const r = readVotes(
      'Den som önskar bifalla Lena Kvist, Omar Said och Per Ungh yrkande röstar\nja och den som önskar bifalla Sara Mohlin och Ivar Ståhls yrkande röstar nej.\n\nJa: 14, Nej: 16\n\n' +
        'Kommunfullmäktige har därmed beslutat i enlighet med Sara Mohlins m.fl. yrkande.',
    );
    expect(r).toMatchObject({
      jaProposal: 'Lena Kvist, Omar Said och Per Ungh yrkande',
      nejProposal: 'Sara Mohlin och Ivar Ståhls yrkande',
      ja: 14,
      nej: 16,
      declaredWinner: 'nej',
    });
  });

  it('maps the decision to a proposal by the people it is named after', () => {
    const r = readVotes('ja-röst för arbetsutskottets förslag, nej-röst för Eva Linds (V) m.fl. ändringsyrkande.\nMed 3 ja-röster mot 4 nej-röster bifaller nämnden Eva Linds (V) yrkande.');
    expect(r.declaredWinner).toBe('nej');
  });

  it('says nothing when the decision fits both proposals or neither', () => {
    const both = readVotes(
      'Ja-röst för liggande förslag i sin helhet, nej-röst för liggande förslag med Eva Linds (V) ändring.\nMed 3 ja-röster mot 4 nej-röster beslutar nämnden enligt liggande förslag.',
    );
    expect(both.declaredWinner).toBeNull();
    const neither = readVotes('Ja-röst för liggande förslag, nej-röst för återremiss.\nMed 3 ja-röster mot 4 nej-röster beslutar nämnden enligt Per Holms förslag.');
    expect(neither.declaredWinner).toBeNull();
  });

  it('does not take the chair’s finding before the vote for its result', () => {
    const r = readVotes(
      'Ordföranden finner att nämnden beslutar enligt arbetsutskottets förslag. Votering begärs.\n' +
        'Ja-röst för arbetsutskottets förslag, nej-röst för Eva Linds (V) yrkande.\nJa: 3, Nej: 4\nNämnden har därmed beslutat att avgiften ska tas bort.',
    );
    expect(r.declaredWinner).toBeNull();
  });
});

describe('readAllVotes', () => {
  it('reads two votes in one entry apart, each with its own propositionsordning, counts and table', () => {
    const votes = readAllVotes(
      [
        'Ordföranden finner att nämnden beslutar att ärendet ska avgöras i dag.',
        'Omröstning begärs och verkställs.',
        'Ordföranden redovisar följande propositionsordning som nämnden godkänner:',
        'Ja-röst innebär att ärendet ska avgöras i dag.',
        'Nej-röst innebär att ärendet ska återremitteras.',
        '',
        'Ordföranden finner att nämnden, med 2 ja-röster mot 1 nej-röst, beslutar att ärendet ska avgöras i dag.',
        '',
        '| Ledamot | Ja-röst | Nej-röst | Avstår |',
        '| --- | --- | --- | --- |',
        '| Tove Almgren (C) | X |  |  |',
        '| Gunnar Ekdahl (M) | X |  |  |',
        '| Rasmus Öhrn (S) |  | X |  |',
        '',
        'Omröstning begärs och verkställs.',
        'Ja-röst innebär bifall till arbetsutskottets förslag.',
        'Nej-röst innebär bifall till Rasmus Öhrns (S) yrkande.',
        'Med 1 ja-röst mot 2 nej-röster beslutar nämnden enligt Rasmus Öhrns (S) yrkande.',
      ].join('\n'),
    );
    expect(votes.map((v) => [v.ja, v.nej, v.members.length, v.declaredWinner])).toEqual([
      [2, 1, 3, null],
      [1, 2, 0, 'nej'],
    ]);
  });

  it('finds no vote in a Beslutsgång without one', () => {
    expect(readAllVotes('Ordföranden ställer proposition på förslaget och finner att nämnden bifaller det.')).toEqual([]);
  });

  it('stays linear on many vote openings', () => {
    const r = readAllVotes('Omröstning begärs.\n7 ja, 4 nej\n'.repeat(20_000));
    expect(r).toHaveLength(20_000);
  });
});
