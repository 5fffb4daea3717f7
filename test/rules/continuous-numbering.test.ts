import { continuousNumbering } from '../../core/rules/continuous-numbering.ts';
import { testRule } from './rule-tester.ts';
import { entry, protocolText } from './protocol-text.ts';

testRule(continuousNumbering, {
  valid: [{ name: 'three paragraphs in sequence', text: protocolText([entry(12), entry(13), entry(14)]) }],
  invalid: [
    { name: 'a gap', text: protocolText([entry(12), entry(14)]), findings: [{ paragraph: 14, message: '§ 13 saknas' }] },
    { name: 'a duplicate', text: protocolText([entry(12), entry(13), entry(13)]), findings: [{ paragraph: 13, message: 'två gånger' }] },
  ],
});
