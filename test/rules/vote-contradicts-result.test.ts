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
  ],
  invalid: [
    {
      name: 'the losing side declared the winner',
      text: voted('Med 1 ja-röst mot 3 nej-röster och 1 som avstår beslutar arbetsutskottet enligt liggande förslag.', ''),
      findings: [{ paragraph: 13, message: 'slutade 1 ja mot 3 nej, men protokollet säger att ja-sidan vann' }],
    },
    {
      name: 'a total that does not match the member votes',
      text: voted('Med 4 ja-röster mot 1 nej-röst beslutar arbetsutskottet enligt liggande förslag.'),
      findings: [{ paragraph: 13, message: 'omröstningen anger 4 ja men röstlistan har 3 ledamöter som röstar ja' }],
    },
    {
      name: 'a tie with no word of a casting vote',
      text: voted('Med 2 ja-röster mot 2 nej-röster och 1 som avstår beslutar arbetsutskottet enligt liggande förslag.', ''),
      findings: [{ paragraph: 13, message: 'slutade lika, 2 mot 2, men det står inte att ordföranden använde sin utslagsröst' }],
    },
    {
      name: 'more votes than people present',
      text: voted('Med 5 ja-röster mot 2 nej-röster beslutar arbetsutskottet enligt liggande förslag.', ''),
      findings: [{ paragraph: 13, message: 'omröstningen har 7 röster men bara 5 ledamöter och ersättare' }],
    },
  ],
});

const OMROSTNING_228 =
  'Omröstning\n\nFöljande propositionsordning godkänns: Ja-röst för bifall till liggande förslag, nej-röst för bifall till Nicklas Sandströms (M) förslag.\n\nMed 2 ja-röster mot 3 nej-röster beslutar arbetsutskottet enligt liggande förslag.\n\n';

testRuleOnRealProtocols(voteContradictsResult, [
  {
    name: '§ 228 with a vote recorded the wrong way round',
    edits: [['att arbetsutskottet beslutar enligt liggande förslag.\n\nBeslut\n', `att arbetsutskottet beslutar enligt liggande förslag.\n\n${OMROSTNING_228}Beslut\n`]],
    findings: [{ paragraph: 228, message: '§ 228: omröstningen slutade 2 ja mot 3 nej, men protokollet säger att ja-sidan vann' }],
  },
]);
