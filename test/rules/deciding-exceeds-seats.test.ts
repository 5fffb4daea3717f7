import { decidingExceedsSeats } from '../../core/rules/deciding-exceeds-seats.ts';
import { testRule } from './rule-tester.ts';
import { entry, protocolText } from './protocol-text.ts';
import { testRuleOnRealProtocols } from './real-protocols.ts';
import { attendanceCover } from './attendance-cover.ts';

const entries = [entry(12), entry(13)];
const seats = { antalLedamoter: { 'Regionstyrelsens arbetsutskott': 6 } };

testRule(decidingExceedsSeats, {
  valid: [
    {
      name: 'members and ersättare for absent members fill the seats on the list',
      text: protocolText(entries, { cover: attendanceCover(['Olle Ny (S) ersätter Lena Ås (S)']) }),
    },
    {
      name: 'two ersättare for the same member in different §§',
      text: protocolText(entries, { cover: attendanceCover(['Olle Ny (S) ersätter Lena Ås (S), § 12', 'Ulla Ek (S) ersätter Lena Ås (S), § 13']) }),
    },
    {
      name: 'an ersättare who does not say for whom, and no configured number of seats',
      text: protocolText(entries, { cover: attendanceCover(['Olle Ny (S)']) }),
    },
    {
      name: 'an ersättare who does not say for whom, within the configured seats',
      text: protocolText(entries, { cover: attendanceCover(['Olle Ny (S)']) }),
      config: seats,
    },
  ],
  invalid: [
    {
      name: 'two ersättare serve for the same member in the same §',
      text: protocolText(entries, { cover: attendanceCover(['Olle Ny (S) ersätter Lena Ås (S)', 'Ulla Ek (S) ersätter Lena Ås (S), § 13']) }),
      findings: [
        {
          paragraph: null,
          messageId: 'more-than-seats',
          data: { paragrafer: '§ 13', deciding: 7, organ: 'Regionstyrelsens arbetsutskott', seats: 6 },
        },
      ],
    },
    {
      name: 'an ersättare serving without an absent member, beyond the configured seats',
      text: protocolText(entries, { cover: attendanceCover(['Olle Ny (S)', 'Ulla Ek (S)']) }),
      config: seats,
      findings: [
        {
          paragraph: null,
          messageId: 'more-than-seats',
          data: { paragrafer: '§§ 12–13', deciding: 7, organ: 'Regionstyrelsens arbetsutskott', seats: 6 },
        },
      ],
    },
  ],
});

testRuleOnRealProtocols(decidingExceedsSeats, []);
