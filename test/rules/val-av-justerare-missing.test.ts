import { valAvJusterareMissing } from '../../core/rules/val-av-justerare-missing.ts';
import { testRule } from './rule-tester.ts';
import { entry, extractText, protocolText, valAvJusterare } from './protocol-text.ts';
import { testRuleOnRealProtocols } from './real-protocols.ts';

testRule(valAvJusterareMissing, {
  valid: [
    { name: 'an extract without the cover: the val may be in what was left out', text: protocolText([entry(12), entry(13)]), read: { hasCover: false } },
    { name: 'a protokollsutdrag without justerare: the val is in what was left out', text: extractText([entry(225), entry(227)], { heading: 'Utdrag ur protokoll', cover: '' }) },
    { name: 'a styrgrupp’s minutes need no justerare', text: protocolText([entry(12), entry(13)], { body: 'Styrgruppen för e-arkiv' }) },
    { name: 'the structure profile set in the configuration', text: protocolText([entry(12), entry(13)]), config: { profile: 'struktur' } },
    { name: 'a Val av justerare paragraph', text: protocolText([entry(11, { title: 'Fastställande av föredragningslista', caseNumber: null }), valAvJusterare(12), entry(13)]) },
    { name: 'justerare on the cover only', text: protocolText([entry(12), entry(13)], { cover: 'Justerare\nJonas Ek (M)' }) },
    {
      name: 'another house style: a Protokolljusterare paragraph',
      text: protocolText([entry(12, { title: 'Protokolljusterare', caseNumber: null, sections: [['Beslut', 'Nämnden utser Jonas Ek att justera protokollet.']] }), entry(13)]),
    },
  ],
  invalid: [
    {
      name: 'a text that holds its cover, without justerare',
      text: protocolText([entry(12), entry(13)]),
      read: { hasCover: true },
      findings: [{ paragraph: null, messageId: 'missing', data: { first: 12 } }],
    },
    {
      name: 'a styrgrupp held to Kommunallagen by the configuration',
      text: protocolText([entry(12), entry(13)], { body: 'Styrgruppen för e-arkiv' }),
      config: { profile: 'kommunallagen' },
      findings: [{ paragraph: null, messageId: 'missing', data: { first: 12 } }],
    },
    {
      name: 'no Val av justerare paragraph and no justerare on the cover',
      text: protocolText([entry(11, { title: 'Fastställande av föredragningslista', caseNumber: null }), entry(12), entry(13)]),
      findings: [{ paragraph: null, messageId: 'missing', data: { first: 11 }, line: 8 }],
    },
  ],
});

testRuleOnRealProtocols(valAvJusterareMissing, [
  {
    name: '§ 219 Val av justerare left out',
    edits: [
      [' § 219 Val av justerare samt tid för justering\n', ''],
      ['Nicklas Sandström (M) utses att justera protokollet tillsammans med ordförande. \nJusteringen sker digitalt senast den 9 december 2024.\n', ''],
    ],
    findings: [{ paragraph: null, messageId: 'missing', data: { first: 218 } }],
  },
]);
