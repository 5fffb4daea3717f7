import { justeringDeadline } from '../../core/rules/justering-deadline.ts';
import { testRule } from './rule-tester.ts';
import { entry, protocolText, valAvJusterare } from './protocol-text.ts';
import { testRuleOnRealProtocols } from './real-protocols.ts';

const meeting = (justering: string) => protocolText([valAvJusterare(11, justering), entry(12)]);

testRule(justeringDeadline, {
  valid: [
    { name: 'no meeting date: the deadline cannot be counted', text: meeting('Justeringen sker digitalt senast den 26 mars 2025.'), read: { date: null } },
    { name: 'a presidium’s minutes', text: protocolText([valAvJusterare(11, 'Justeringen sker digitalt senast den 26 mars 2025.'), entry(12)], { body: 'Kommunstyrelsens presidium' }) },
    { name: 'justering three days after the meeting', text: meeting('Justeringen sker digitalt senast den 14 mars 2025.') },
    { name: 'justering on the fourteenth day', text: meeting('Justeringen sker digitalt senast den 25 mars 2025.') },
    { name: 'justering on the day of the meeting', text: meeting('Justeringen sker direkt efter sammanträdet den 11 mars 2025.') },
    { name: 'a date on the cover', text: protocolText([entry(12)], { cover: 'Justerare\nJonas Ek (M)\n\nJusteringens plats och tid\nDigital justering, 2025-03-20' }) },
    { name: 'a longer deadline configured', text: meeting('Justeringen sker senast den 1 april 2025.'), config: { justeringDays: 21 } },
    { name: 'no justering date: another rule says so', text: meeting('Justeringen sker digitalt.') },
  ],
  invalid: [
    {
      name: 'an extract that shows both dates',
      text: meeting('Justeringen sker digitalt senast den 26 mars 2025.'),
      read: { hasCover: false },
      findings: [{ paragraph: 11, messageId: 'late', data: { justering: '26 mars 2025', meeting: '11 mars 2025', where: ' i § 11', days: 15, limit: 14, latest: '25 mars 2025' } }],
    },
    {
      name: 'justering fifteen days after the meeting',
      text: meeting('Justeringen sker digitalt senast den 26 mars 2025.'),
      findings: [
        {
          paragraph: 11,
          line: 12,
          messageId: 'late', data: { justering: '26 mars 2025', meeting: '11 mars 2025', where: ' i § 11', days: 15, limit: 14, latest: '25 mars 2025' },
        },
      ],
    },
    {
      name: 'justering before the meeting',
      text: meeting('Justeringen sker digitalt senast den 10 mars 2025.'),
      findings: [{ paragraph: 11, messageId: 'before-meeting', data: { justering: '10 mars 2025', meeting: '11 mars 2025', where: ' i § 11' } }],
    },
    {
      name: 'a late date on the cover',
      text: protocolText([entry(12)], { cover: 'Justerare\nJonas Ek (M)\n\nJusteringens plats och tid\nDigital justering, 2025-04-11' }),
      findings: [{ paragraph: null, line: 10, messageId: 'late', data: { justering: '11 april 2025', meeting: '11 mars 2025', where: '', days: 31, limit: 14, latest: '25 mars 2025' } }],
    },
    {
      name: 'a shorter deadline configured',
      text: meeting('Justeringen sker digitalt senast den 25 mars 2025.'),
      config: { justeringDays: 7 },
      findings: [{ paragraph: 11, messageId: 'late', data: { justering: '25 mars 2025', meeting: '11 mars 2025', where: ' i § 11', days: 14, limit: 7, latest: '18 mars 2025' } }],
    },
  ],
});

testRuleOnRealProtocols(justeringDeadline, [
  {
    name: 'justering set eighteen days after the meeting',
    edits: [['senast den 9 december 2024', 'senast den 23 december 2024']],
    findings: [{ paragraph: 219, messageId: 'late', data: { justering: '23 december 2024', meeting: '5 december 2024', where: ' i § 219', days: 18, limit: 14, latest: '19 december 2024' } }],
  },
]);
