import { javMemberTakesPart } from '../../core/rules/jav-member-takes-part.ts';
import { testRule } from './rule-tester.ts';
import { entry, protocolText } from './protocol-text.ts';
import { testRuleOnRealProtocols } from './real-protocols.ts';

const decided: [string, string] = ['Beslut', 'Underlaget godkänns.'];
const beslutsgang: [string, string] = ['Beslutsgång', 'Ordförande ställer förslagen mot varandra och finner att arbetsutskottet bifaller liggande förslag.'];

testRule(javMemberTakesPart, {
  valid: [
    {
      name: 'a jävig member who leaves the handling, others make yrkanden',
      text: protocolText([
        entry(12, {
          sections: [
            ['Yrkanden', 'Anna Berg (V) yrkar avslag. Jonas Ek (M) instämmer i Anna Bergs yrkande.'],
            beslutsgang,
            decided,
            ['Jäv', 'Erik Lund (S) deltar inte i handläggningen på grund av jäv.'],
          ],
        }),
      ]),
    },
    {
      name: 'a yrkande in another § than the jäv',
      text: protocolText([
        entry(12, { sections: [decided, ['Jäv', 'Erik Lund (S) anmäler jäv och deltar inte i handläggningen.']] }),
        entry(13, { sections: [['Yrkanden', 'Erik Lund (S) yrkar bifall till förslaget.'], beslutsgang, decided] }),
      ]),
    },
    {
      name: 'a yrkande that someone be held jävig is not a jäv recorded',
      text: protocolText([
        entry(12, { sections: [['Yrkanden', 'Anna Berg (V) yrkar att Erik Lund (S) ska anses jävig.'], beslutsgang, decided] }),
      ]),
    },
    {
      name: 'the ersättare who steps in for the jävig member makes a yrkande',
      text: protocolText([
        entry(12, {
          sections: [
            ['Yrkanden', 'Olle Ny (L) yrkar bifall till förslaget.'],
            beslutsgang,
            decided,
            ['Jäv', 'Per Holm (L) anmäler jäv och Olle Ny (L) tjänstgör i hans ställe.'],
          ],
        }),
      ]),
    },
  ],
  invalid: [
    {
      name: 'a member jävig under the Jäv heading makes a yrkande',
      text: protocolText([
        entry(12, {
          sections: [
            ['Yrkanden', 'Anna Berg (V) yrkar avslag.\nErik Lund (S) yrkar bifall till förslaget.'],
            beslutsgang,
            decided,
            ['Jäv', 'Erik Lund (S) deltar inte i handläggningen på grund av jäv.'],
          ],
        }),
      ]),
      findings: [{ paragraph: 12, messageId: 'yrkar', data: { person: 'Erik Lund (S)', number: 12 }, line: 14 }],
    },
    {
      name: 'jäv declared in the Sammanfattning, a yrkande joined in the Beslutsgång',
      text: protocolText([
        entry(14, {
          sections: [
            ['Sammanfattning', 'Per Holm (L) anmäler jäv i ärendet.'],
            ['Beslutsgång', 'Anna Berg (V) yrkar avslag, Per Holm (L) instämmer. Ordföranden finner att arbetsutskottet beslutar enligt förslaget.'],
            decided,
          ],
        }),
      ]),
      findings: [{ paragraph: 14, messageId: 'yrkar', data: { person: 'Per Holm (L)', number: 14 } }],
    },
  ],
});

testRuleOnRealProtocols(javMemberTakesPart, [
  {
    name: 'a member recorded jävig in the § where he makes the yrkande on återremiss',
    edits: [
      [
        'aktbilaga. \n\nBeslutsgång',
        'aktbilaga. \n\nJäv\n\nNicklas Sandström (M) anmäler jäv och deltar inte i handläggningen.\n\nBeslutsgång',
      ],
    ],
    findings: [{ paragraph: 231, messageId: 'yrkar', data: { person: 'Nicklas Sandström (M)', number: 231 } }],
  },
]);
