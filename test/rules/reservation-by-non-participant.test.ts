import { reservationByNonParticipant } from '../../core/rules/reservation-by-non-participant.ts';
import { testRule } from './rule-tester.ts';
import { entry, protocolText, valAvJusterare } from './protocol-text.ts';
import { testRuleOnRealProtocols } from './real-protocols.ts';

const decided: [string, string] = ['Beslut', 'Underlaget godkänns.'];
const beslutsgang: [string, string] = ['Beslutsgång', 'Ordförande ställer förslagen mot varandra och finner att arbetsutskottet bifaller liggande förslag.'];
const openVote = (lines: string[]): [string, string] => [
  'Omröstning',
  ['Ja-röst för bifall till liggande förslag, nej-röst för bifall till Anna Berg (V) förslag.', 'Med 2 ja-röster mot 1 nej-röst beslutar arbetsutskottet enligt liggande förslag.', '', ...lines].join('\n'),
];

testRule(reservationByNonParticipant, {
  valid: [
    {
      name: 'no attendance list and no one recorded as not taking part: a reservation is not questioned',
      text: protocolText([entry(12, { sections: [beslutsgang, decided, ['Reservationer', 'Anna Berg (V) reserverar sig mot beslutet.']] })]),
      read: { attendance: null, hasCover: false },
    },
    {
      name: 'a reservation by a member who took part; another member does not take part',
      text: protocolText([
        valAvJusterare(11),
        entry(12, {
          sections: [beslutsgang, decided, ['Reservationer', 'Anna Berg (V) reserverar sig mot beslutet.'], ['Deltar ej i beslutet', 'Jonas Ek (M) deltar inte i beslutet.']],
        }),
      ]),
    },
    {
      name: 'not taking part in one paragraph, reserving in the next',
      text: protocolText([
        entry(12, { sections: [decided, ['Deltar ej i beslutet', 'Anna Berg (V) och Jonas Ek (M) avstår från att delta i beslutet.']] }),
        entry(13, { sections: [beslutsgang, decided, ['Reservationer', 'Anna Berg (V) och Jonas Ek (M) reserverar sig mot beslutet.']] }),
      ]),
    },
    {
      name: 'a disqualified member who is not in the vote list, and one who abstains',
      text: protocolText([
        entry(12, {
          sections: [
            openVote(['Karin Sjö (S) Ja', 'Per Holm (L) Ja', 'Anna Berg (V) Nej', 'Jonas Ek (M) Avstår']),
            decided,
            ['Jäv', 'Erik Lund (S) anmäler jäv och deltar inte i handläggningen av ärendet. Jonas Ek (M) deltar inte i beslutet.'],
          ],
        }),
      ]),
    },
    {
      name: 'the ersättare who steps in for a disqualified member reserves',
      text: protocolText([
        entry(12, {
          sections: [
            beslutsgang,
            decided,
            ['Reservationer', 'Per Holm (L) reserverar sig mot beslutet.'],
            ['Jäv', 'Erik Lund (S) anmäler jäv och lämnar sammanträdet. Per Holm (L) tjänstgör i hans ställe.'],
          ],
        }),
      ]),
    },
    {
      name: 'a jäv question answered no',
      text: protocolText([
        entry(12, {
          sections: [['Sammanfattning', 'Ordförande konstaterar att Anna Berg (V) inte är jävig.'], decided, ['Reservationer', 'Anna Berg (V) reserverar sig.']],
        }),
      ]),
    },
  ],
  invalid: [
    {
      name: 'a reservation by a member recorded under Deltar ej i beslutet, name written without a space before the party',
      text: protocolText([
        entry(12, {
          sections: [
            beslutsgang,
            decided,
            ['Reservationer', 'Anna Berg (V) och Åsa Ågren Wikström(M) reserverar sig mot beslutet.'],
            ['Deltar ej i beslutet', 'Åsa Ågren Wikström (M) deltar inte i beslutet.'],
          ],
        }),
      ]),
      findings: [{ paragraph: 12, messageId: 'reserves', data: { person: 'Åsa Ågren Wikström (M)', number: 12 } }],
    },
    {
      name: 'a vote in an open omröstning by a member who declared jäv inline',
      text: protocolText([
        entry(12, {
          sections: [
            ['Sammanfattning', 'Erik Lund (S) anmäler jäv och deltar inte i handläggningen av ärendet.'],
            openVote(['Karin Sjö (S) Ja', 'Erik Lund (S) Ja', 'Anna Berg (V) Nej']),
            decided,
          ],
        }),
      ]),
      findings: [{ paragraph: 12, messageId: 'votes', data: { person: 'Erik Lund (S)', vote: 'ja', number: 12 } }],
    },
    {
      name: 'a reservation by a member under a Jäv heading, written in the Beslut',
      text: protocolText([
        entry(12, {
          sections: [
            ['Beslut', 'Underlaget godkänns.\n\nErik Lund (S) reserverar sig mot beslutet.'],
            ['Jäv', 'Erik Lund (S)'],
          ],
        }),
      ]),
      findings: [{ paragraph: 12, messageId: 'reserves', data: { person: 'Erik Lund (S)', number: 12 }, line: 15 }],
    },
  ],
});

testRuleOnRealProtocols(reservationByNonParticipant, [
  {
    name: 'a member who reserved in § 228 also entered as not taking part there',
    edits: [
      [
        'sig mot förslaget till förmån för egna förslag. \n\nBeslutsunderlag',
        'sig mot förslaget till förmån för egna förslag. \n\nDeltar ej i beslutet\n\nNicklas Sandström (M) deltar inte i beslutet.\n\nBeslutsunderlag',
      ],
    ],
    findings: [{ paragraph: 228, messageId: 'reserves', data: { person: 'Nicklas Sandström (M)', number: 228 } }],
  },
]);
