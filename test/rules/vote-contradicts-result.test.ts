import { voteContradictsResult } from '../../core/rules/vote-contradicts-result.ts';
import { testRule } from './rule-tester.ts';
import { entry, protocolText } from './protocol-text.ts';
import { testRuleOnRealProtocols } from './real-protocols.ts';

const COVER = ['Beslutande ledamöter', 'Karin Sjöberg (S), ordförande', 'Jonas Ek (M)', 'Sofia Nyberg (S)', 'Anders Nilsson (V)', 'Lisa Rönn (C)', ''].join('\n');
const PROPOSITION = 'Följande propositionsordning godkänns: Ja-röst för bifall till liggande förslag,\nnej-röst för bifall till Anders Nilssons (V) förslag.';
const MEMBERS = ['Ledamöternas röster:', 'Karin Sjöberg (S) Ja', 'Jonas Ek (M) Ja', 'Sofia Nyberg (S) Ja', 'Anders Nilsson (V) Nej', 'Lisa Rönn (C) Avstår'].join('\n');

function voted(result: string, members = MEMBERS): string {
  return protocolText(
    [
      entry(13, {
        sections: [
          ['Sammanfattning', 'Förvaltningen har tagit fram ett förslag till taxa.'],
          ['Förslag till beslut', 'Taxan antas.'],
          ['Yrkanden', 'Anders Nilsson (V) yrkar avslag på förslaget.'],
          ['Beslutsgång', 'Ordföranden ställer förslagen mot varandra och finner att arbetsutskottet bifaller liggande förslag. Votering begärs.'],
          ['Omröstning', `${PROPOSITION}\n\n${result}\n\n${members}`],
          ['Beslut', 'Taxan antas.'],
        ],
      }),
    ],
    { cover: COVER },
  );
}

/** A Kungsbacka-like layout: the propositionsordning under Beslutsgång, the result under Omröstningsresultat, a table after it. */
function votedInSections(result: string, table: string[] = []): string {
  return protocolText(
    [
      entry(21, {
        sections: [
          ['Ärendebeskrivning', 'Förvaltningen föreslår en ny taxa för hemtjänsten.'],
          ['Yrkanden', 'Anders Nilsson (V) yrkar avslag. Jonas Ek (M) yrkar bifall till arbetsutskottets förslag.'],
          [
            'Beslutsgång',
            'Ordföranden finner att nämnden beslutar enligt arbetsutskottets förslag.\nOmröstning begärs och verkställs.\n' +
              'Ordföranden redovisar följande propositionsordning som nämnden godkänner:\n\n' +
              'Ja-röst innebär att bifalla arbetsutskottets förslag.\nNej-röst innebär att bifalla Anders Nilssons (V) m.fl. yrkande.',
          ],
          ['Omröstningsresultat', [result, '', ...table].join('\n')],
          ['Beslut', 'Taxan antas.'],
        ],
      }),
    ],
    { cover: COVER },
  );
}

const TABLE = (marks: string[]) => [
  '| Ledamot/tjänstgörande ersättare | Ja-röst | Nej-röst | Avstår från att rösta |',
  '| --- | --- | --- | --- |',
  ...['Karin Sjöberg (S), ordförande', 'Jonas Ek (M)', 'Sofia Nyberg (S)', 'Anders Nilsson (V)', 'Lisa Rönn (C)'].map(
    (who, i) => `| ${who} | ${marks[i] === 'ja' ? 'X' : ''} | ${marks[i] === 'nej' ? 'X' : ''} | ${marks[i] === 'avstar' ? 'X' : ''} |`,
  ),
];

/** A Lomma-like KF: everything under Propositionsordning, the chair's finding for the side that then lost. */
const KF_VOTE = protocolText(
  [
    entry(34, {
      sections: [
        ['Kommunfullmäktiges handläggning', 'Kommunstyrelsens ordförande lämnar en redogörelse.'],
        ['Överläggning', 'Jonas Ek (M) yrkar bifall till kommunstyrelsens förslag. Sofia Nyberg (S) och Lisa Rönn (C) yrkar att biblioteket ska behållas.'],
        [
          'Propositionsordning',
          'Ordföranden ställer yrkandena mot varandra och finner att kommunfullmäktige beslutar i enlighet med Jonas Eks yrkande.\n\n' +
            'Votering begärs och följande voteringsproposition godkänns:\n\n' +
            'Den som önskar bifalla Jonas Eks yrkande röstar ja och den som önskar bifalla Sofia Nybergs och Lisa Rönns yrkande röstar nej.\n\n' +
            'Ja: 2, Nej: 3\n\n' +
            'Ordföranden förklarar att kommunfullmäktige därmed har beslutat att biblioteket ska behållas.',
        ],
        ['Beslut:', 'Kommunfullmäktige beslutar att biblioteket ska behållas.'],
      ],
    }),
  ],
  { cover: COVER, body: 'Kommunfullmäktige' },
);

testRule(voteContradictsResult, {
  valid: [
    { name: 'totals, member votes and result agree', text: voted('Med 3 ja-röster mot 1 nej-röst och 1 som avstår beslutar arbetsutskottet enligt\nliggande förslag.') },
    { name: 'a vote without a member list', text: voted('Med 3 ja-röster mot 1 nej-röst och 1 som avstår beslutar arbetsutskottet enligt liggande förslag.', '') },
    {
      name: 'a tie settled by the chair’s casting vote',
      text: voted(
        'Med 2 ja-röster mot 2 nej-röster och 1 som avstår beslutar arbetsutskottet enligt liggande förslag genom ordförandens utslagsröst.',
        MEMBERS.replace('Sofia Nyberg (S) Ja', 'Sofia Nyberg (S) Nej'),
      ),
    },
    {
      name: 'propositionsordning under Beslutsgång, counts and a consistent table under Omröstningsresultat',
      text: votedInSections('Ordföranden finner att nämnden, med 3 ja-röster mot 2 nej-röster, beslutar enligt arbetsutskottets förslag.', TABLE(['ja', 'ja', 'nej', 'nej', 'ja'])),
    },
    { name: 'a chair’s finding for the side that then lost the vote', text: KF_VOTE },
    {
      name: 'more votes than names on a cover that points elsewhere: the attendance is not established',
      text: voted('Med 5 ja-röster mot 2 nej-röster beslutar arbetsutskottet enligt liggande förslag.', '').replace(COVER, 'Beslutande ledamöter\nSe nästa sida\n'),
    },
    {
      name: 'a result that names neither proposal: no mapping, no finding',
      text: votedInSections('Med 1 ja-röst mot 3 nej-röster och 1 som avstår beslutar nämnden att taxan ska utredas vidare.'),
    },
    {
      name: 'two votes in one entry, each consistent with its own result',
      text: votedInSections(
        'Med 3 ja-röster mot 2 nej-röster beslutar nämnden enligt arbetsutskottets förslag.\n\n' +
          'Omröstning begärs och verkställs.\nJa-röst innebär bifall till Lisa Rönns (C) tilläggsyrkande.\nNej-röst innebär avslag på tilläggsyrkandet.\n' +
          'Med 1 ja-röst mot 4 nej-röster beslutar nämnden att avslå tilläggsyrkandet.',
      ),
    },
  ],
  invalid: [
    {
      name: 'the losing side declared the winner',
      text: voted('Med 1 ja-röst mot 3 nej-röster och 1 som avstår beslutar arbetsutskottet enligt liggande förslag.', ''),
      findings: [{ paragraph: 13, messageId: 'loser-declared-winner', data: { number: 13, ja: 1, nej: 3, winner: 'ja' } }],
    },
    {
      name: 'a total that does not match the member votes',
      text: voted('Med 4 ja-röster mot 1 nej-röst beslutar arbetsutskottet enligt liggande förslag.'),
      findings: [{ paragraph: 13, messageId: 'count-differs-from-list', data: { number: 13, stated: 4, side: 'ja', listed: 3 } }],
    },
    {
      name: 'a tie with no word of a casting vote',
      text: voted('Med 2 ja-röster mot 2 nej-röster och 1 som avstår beslutar arbetsutskottet enligt liggande förslag.', ''),
      findings: [{ paragraph: 13, messageId: 'tie-without-casting-vote', data: { number: 13, ja: 2, nej: 2 } }],
    },
    {
      name: 'more votes than people present',
      text: voted('Med 5 ja-röster mot 2 nej-röster beslutar arbetsutskottet enligt liggande förslag.', ''),
      findings: [{ paragraph: 13, messageId: 'more-votes-than-present', data: { number: 13, cast: 7, present: 5 } }],
    },
    {
      name: 'counts for nej but the result follows the ja proposal (propositionsordning under Beslutsgång)',
      text: votedInSections('Ordföranden finner att nämnden, med 2 ja-röster mot 3 nej-röster, beslutar enligt arbetsutskottets förslag.'),
      findings: [{ paragraph: 21, messageId: 'loser-declared-winner', data: { number: 21, ja: 2, nej: 3, winner: 'ja' } }],
    },
    {
      name: 'the result names the losing proposal by its mover',
      text: votedInSections('Ordföranden finner att nämnden, med 3 ja-röster mot 2 nej-röster, beslutar att bifalla Anders Nilssons (V) yrkande.'),
      findings: [{ paragraph: 21, messageId: 'loser-declared-winner', data: { number: 21, ja: 3, nej: 2, winner: 'nej' } }],
    },
    {
      name: 'a voting table that does not add up to the stated counts',
      text: votedInSections('Ordföranden finner att nämnden, med 3 ja-röster mot 2 nej-röster, beslutar enligt arbetsutskottets förslag.', TABLE(['ja', 'ja', 'nej', 'nej', 'nej'])),
      findings: [
        { paragraph: 21, messageId: 'count-differs-from-list', data: { number: 21, stated: 3, side: 'ja', listed: 2 } },
        { paragraph: 21, messageId: 'count-differs-from-list', data: { number: 21, stated: 2, side: 'nej', listed: 3 } },
      ],
    },
    {
      name: 'the second of two votes declared for the side with fewer votes',
      text: votedInSections(
        'Med 3 ja-röster mot 2 nej-röster beslutar nämnden enligt arbetsutskottets förslag.\n\n' +
          'Omröstning begärs och verkställs.\nJa-röst innebär bifall till Lisa Rönns (C) tilläggsyrkande.\nNej-röst innebär avslag på tilläggsyrkandet.\n' +
          'Med 1 ja-röst mot 4 nej-röster beslutar nämnden att bifalla Lisa Rönns (C) tilläggsyrkande.',
      ),
      findings: [{ paragraph: 21, messageId: 'loser-declared-winner', data: { number: 21, ja: 1, nej: 4, winner: 'ja' } }],
    },
    {
      name: 'a KF vote where the result follows the proposal that lost',
      text: KF_VOTE.replace('har beslutat att biblioteket ska behållas.', 'har beslutat i enlighet med Jonas Eks yrkande.'),
      findings: [{ paragraph: 34, messageId: 'loser-declared-winner', data: { number: 34, ja: 2, nej: 3, winner: 'ja' } }],
    },
  ],
});

const OMROSTNING_228 =
  'Omröstning\n\nFöljande propositionsordning godkänns: Ja-röst för bifall till liggande förslag, nej-röst för bifall till Nicklas Sandströms (M) förslag.\n\nMed 2 ja-röster mot 3 nej-röster beslutar arbetsutskottet enligt liggande förslag.\n\n';

testRuleOnRealProtocols(voteContradictsResult, [
  {
    name: '§ 228 with a vote recorded the wrong way round',
    edits: [['att arbetsutskottet beslutar enligt liggande förslag.\n\nBeslut\n', `att arbetsutskottet beslutar enligt liggande förslag.\n\n${OMROSTNING_228}Beslut\n`]],
    findings: [{ paragraph: 228, messageId: 'loser-declared-winner', data: { number: 228, ja: 2, nej: 3, winner: 'ja' } }],
  },
]);
