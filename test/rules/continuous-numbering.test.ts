import { continuousNumbering } from '../../core/rules/continuous-numbering.ts';
import { testRule } from './rule-tester.ts';
import { entry, extractText, protocolText } from './protocol-text.ts';

testRule(continuousNumbering, {
  valid: [
    { name: 'three paragraphs in sequence', text: protocolText([entry(12), entry(13), entry(14)]) },
    { name: 'an extract without the cover: the paragraphs between were left out', text: protocolText([entry(12), entry(15)]), read: { hasCover: false } },
    { name: 'a protokollsutdrag of § 225 and § 227, its head repeating the cover’s labels', text: extractText([entry(225), entry(227)]) },
    { name: 'an extract headed “Utdrag ur sammanträdesprotokoll”', text: extractText([entry(12), entry(20)], { heading: 'Utdrag ur sammanträdesprotokoll' }) },
  ],
  invalid: [
    {
      name: 'a gap in a styrgrupp’s minutes: numbering is a structure rule',
      text: protocolText([entry(12), entry(14)], { body: 'Styrgruppen för e-arkiv' }),
      findings: [{ paragraph: 14, messageId: 'gap', data: { missing: '§ 13', number: 14, previous: 12 } }],
    },
    { name: 'a duplicate in an extract', text: protocolText([entry(12), entry(12)]), read: { hasCover: false }, findings: [{ paragraph: 12, messageId: 'duplicate', data: { number: 12 } }] },
    { name: 'a protokollsutdrag out of order', text: extractText([entry(227), entry(225)]), findings: [{ paragraph: 225, messageId: 'out-of-order', data: { number: 225, previous: 227 } }] },
    { name: 'a gap where the text has its cover', text: protocolText([entry(12), entry(14)]), read: { hasCover: true }, findings: [{ paragraph: 14, messageId: 'gap', data: { missing: '§ 13', number: 14, previous: 12 } }] },
    { name: 'a gap', text: protocolText([entry(12), entry(14)]), findings: [{ paragraph: 14, messageId: 'gap', data: { missing: '§ 13', number: 14, previous: 12 } }] },
    { name: 'a paragraph before the one it follows', text: protocolText([entry(13), entry(12)]), findings: [{ paragraph: 12, messageId: 'out-of-order', data: { number: 12, previous: 13 } }] },
    { name: 'a duplicate', text: protocolText([entry(12), entry(13), entry(13)]), findings: [{ paragraph: 13, messageId: 'duplicate', data: { number: 13 } }] },
  ],
});
