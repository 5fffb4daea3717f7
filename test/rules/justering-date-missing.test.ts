import { justeringDateMissing } from '../../core/rules/justering-date-missing.ts';
import { testRule } from './rule-tester.ts';
import { entry, extractText, protocolText, valAvJusterare } from './protocol-text.ts';
import { testRuleOnRealProtocols } from './real-protocols.ts';

testRule(justeringDateMissing, {
  valid: [
    { name: 'an extract without the cover', text: protocolText([entry(12)]), read: { hasCover: false } },
    { name: 'a protokollsutdrag naming justerare but no time of justering', text: extractText([entry(225)], { heading: 'Justerat protokollsutdrag', cover: 'Justerare: Jonas Ek' }) },
    { name: 'an arbetsgrupp’s minutes', text: protocolText([entry(12)], { body: 'Arbetsgruppen för lokalförsörjning' }) },
    { name: 'a justering date in Val av justerare', text: protocolText([valAvJusterare(11), entry(12)]) },
    { name: 'a justering date on the cover', text: protocolText([entry(12)], { cover: 'Justeringens plats och tid\nDigital justering, 2025-03-14' }) },
    { name: 'justerat at the meeting', text: protocolText([valAvJusterare(11, 'Protokollet justeras omedelbart.'), entry(12)]) },
  ],
  invalid: [
    {
      name: 'no date and no meeting date either: the deadline is not guessed',
      text: protocolText([valAvJusterare(11, 'Justeringen sker digitalt.'), entry(12)]),
      read: { date: null },
      findings: [{ paragraph: 11, messageId: 'missing', data: { where: 'i § 11 Val av justerare', days: 14, latest: '' } }],
    },
    {
      name: 'Val av justerare without a date',
      text: protocolText([valAvJusterare(11, 'Justeringen sker digitalt.'), entry(12)]),
      findings: [
        {
          paragraph: 11,
          messageId: 'missing', data: { where: 'i § 11 Val av justerare', days: 14, latest: ', senast 25 mars 2025' },
        },
      ],
    },
    {
      name: 'one § justerad at once: the rest of the protocol still needs its date',
      text: protocolText([
        valAvJusterare(11, 'Justeringen sker digitalt.'),
        entry(12, { sections: [['Beslut', 'Underlaget godkänns.\n\nParagrafen justeras omedelbart.']] }),
      ]),
      findings: [{ paragraph: 11, messageId: 'missing', data: { where: 'i § 11 Val av justerare', days: 14, latest: ', senast 25 mars 2025' } }],
    },
    {
      name: 'no Val av justerare and no date anywhere',
      text: protocolText([entry(12)]),
      findings: [{ paragraph: null, messageId: 'missing', data: { where: 'vid val av justerare eller på försättsbladet', days: 14, latest: ', senast 25 mars 2025' } }],
    },
  ],
});

testRuleOnRealProtocols(justeringDateMissing, [
  {
    name: 'the justering date left out of § 219',
    edits: [['Justeringen sker digitalt senast den 9 december 2024.', 'Justeringen sker digitalt.']],
    findings: [{ paragraph: 219, messageId: 'missing', data: { where: 'i § 219 Val av justerare samt tid för justering', days: 14, latest: ', senast 19 december 2024' } }],
  },
]);
