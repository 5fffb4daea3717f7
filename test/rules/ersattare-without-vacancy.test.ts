import { ersattareWithoutVacancy } from '../../core/rules/ersattare-without-vacancy.ts';
import { testRule } from './rule-tester.ts';
import { entry, protocolText } from './protocol-text.ts';
import { testRuleOnRealProtocols } from './real-protocols.ts';
import { attendanceCover, MEMBERS } from './attendance-cover.ts';

const entries = [entry(12), entry(13), entry(14)];
const jav = (number: number, who: string) =>
  entry(number, { sections: [['Beslut', 'Underlaget godkänns.'], ['Jäv', `${who} deltar inte i handläggningen på grund av jäv.`]] });

testRule(ersattareWithoutVacancy, {
  valid: [
    {
      name: 'an ersättare for a member who is not on the list of those present',
      text: protocolText(entries, { cover: attendanceCover(['Olle Ny (S) ersätter Lena Ås (S)']) }),
    },
    {
      name: 'an ersättare for a member jävig in that §',
      text: protocolText([entry(12), jav(13, 'Erik Lund (S)'), entry(14)], { cover: attendanceCover(['Olle Ny (S) ersätter Erik Lund (S), § 13']) }),
    },
    {
      name: 'an ersättare for the §§ before the member came',
      text: protocolText(entries, {
        cover: attendanceCover(['Olle Ny (S) tjänstgör för Erik Lund (S), § 12'], [...MEMBERS.slice(0, 4), 'Erik Lund (S), §§ 13-14']),
      }),
    },
    {
      name: 'a member present for some §§ and an ersättare without §§: the list does not say which',
      text: protocolText(entries, { cover: attendanceCover(['Olle Ny (S) för Erik Lund (S)'], [...MEMBERS.slice(0, 4), 'Erik Lund (S), §§ 13-14']) }),
    },
    {
      name: 'the § text says the member left',
      text: protocolText(
        [entry(12), entry(13, { sections: [['Beslut', 'Underlaget godkänns. Erik Lund (S) lämnar sammanträdet under ärendet.']] }), entry(14)],
        { cover: attendanceCover(['Olle Ny (S) ersätter Erik Lund (S), § 13']) },
      ),
    },
    {
      name: 'a list in two columns is not read, so nothing is said',
      text: protocolText(entries, {
        cover: ['Beslutande    Ledamöter                 Tjänstgörande ersättare', 'Erik Lund (S)    Olle Ny (S) ersätter', 'Anna Berg (V)    Erik Lund (S)'].join('\n'),
      }),
    },
  ],
  invalid: [
    {
      name: 'an ersättare for a member who is listed as present for the whole meeting',
      text: protocolText(entries, { cover: attendanceCover(['Olle Ny (S) ersätter Erik Lund (S)']) }),
      findings: [
        {
          paragraph: null,
          messageId: 'member-present',
          data: { ersattare: 'Olle Ny (S)', ledamot: 'Erik Lund (S)', paragrafer: '§§ 12–14' },
          line: 14,
        },
      ],
    },
    {
      name: 'an ersättare for §§ where the member is present and not jävig',
      text: protocolText([entry(12), jav(13, 'Erik Lund (S)'), entry(14)], {
        cover: attendanceCover(['Olle Ny (S) tjänstgörande ersättare för Erik Lund (S), §§ 13-14']),
      }),
      findings: [{ paragraph: null, messageId: 'member-present', data: { ersattare: 'Olle Ny (S)', ledamot: 'Erik Lund (S)', paragrafer: '§ 14' } }],
    },
  ],
});

testRuleOnRealProtocols(ersattareWithoutVacancy, []);
