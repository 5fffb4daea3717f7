import { danglingReferences } from '../../core/rules/dangling-references.ts';
import { testRule } from './rule-tester.ts';
import { entry, extractText, protocolText } from './protocol-text.ts';
import { testRuleOnRealProtocols } from './real-protocols.ts';

/** § 12–14, where § 12 is an information item whose Sammanfattning holds `text`. */
const withText = (text: string) =>
  protocolText([entry(12, { sections: [['Sammanfattning', text], ['Beslut', 'Informationen noteras.']] }), entry(13), entry(14)]);

testRule(danglingReferences, {
  valid: [
    { name: 'an extract without the cover: the paragraph referred to may be in the rest', text: withText('Finansrapporten, se § 15.'), read: { hasCover: false } },
    {
      name: 'a protokollsutdrag: the paragraph referred to is in the rest',
      text: extractText([entry(12, { sections: [['Beslut', 'Finansrapporten godkänns, se § 15.']] })]),
    },
    {
      name: 'references to paragraphs of this protocol in every form',
      text: withText(
        'Finansrapporten, se § 13. Taxan behandlas under §14. Se även §§ 13-14, enligt § 13 och § 14, jfr §§ 12, 13 och 14.\nBudgeten (§ 13) och\n\nplanen (se §§ 13–14).',
      ),
    },
    {
      name: 'other bodies and other meetings',
      text: withText(
        [
          'Beslutsunderlag',
          '\uF0B7 Protokoll § 170 gällande kollektivtrafiken',
          '\uF0B7 Protokollsutdrag § 68 gällande förändringar',
          '\uF0B7 Regionstyrelsens arbetsutskott, protokoll 2025-03-11 §§ 44-50',
          '\uF0B7 Protokollsutdrag regionala utvecklingsnämnden 2025-02-19 § 23',
          'Ärendet bereddes av arbetsutskottet (§ 45). Nämnden beslutade den 5 februari 2025, se § 23.',
          'Enligt protokollet från förra sammanträdet, se § 88. Enligt § 5 i arbetsordningen och 4 kap. 1 § kommunallagen.',
          'Se § 45 i regionstyrelsens protokoll. Jämför med § 52/2019. Magnus Vikström, ekonomidirektör, § 43.',
          'Ändringen i § 3 i hyresavtalet och enligt § 7 i taxan.',
        ].join('\n'),
      ),
    },
  ],
  invalid: [
    {
      name: 'a styrgrupp’s minutes: references are a structure rule',
      text: protocolText([entry(12, { sections: [['Sammanfattning', 'Tidplanen, se § 15.']] }), entry(13)], { body: 'Styrgruppen för e-arkiv' }),
      findings: [{ paragraph: 12, messageId: 'missing-paragraph', data: { number: 12, missing: '§ 15', reference: 'se § 15', them: 'den paragrafen' } }],
    },
    {
      name: 'a reference to a paragraph that is not in the protocol',
      text: withText('Finansrapporten behandlas som eget ärende,\nse § 15.'),
      findings: [
        {
          paragraph: 12,
          line: 14,
          messageId: 'missing-paragraph', data: { number: 12, missing: '§ 15', reference: 'se § 15', them: 'den paragrafen' },
        },
      ],
    },
    {
      name: 'a range reaching past the last paragraph, and a bracketed reference',
      text: withText('Uppföljningen, se §§ 13-16. Budgeten (§ 11).'),
      findings: [
        { paragraph: 12, messageId: 'missing-paragraph', data: { number: 12, missing: '§§ 15–16', reference: 'se §§ 13-16', them: 'de paragraferna' } },
        { paragraph: 12, messageId: 'missing-paragraph', data: { number: 12, missing: '§ 11', reference: '(§ 11)', them: 'den paragrafen' } },
      ],
    },
    {
      name: 'the second of two references joined with "och"',
      text: withText('Se § 13 och § 31.'),
      findings: [{ paragraph: 12, messageId: 'missing-paragraph', data: { number: 12, missing: '§ 31', reference: 'Se § 13 och § 31', them: 'den paragrafen' } }],
    },
  ],
});

testRuleOnRealProtocols(danglingReferences, [
  {
    name: '§ 220 refers to § 245 instead of § 225',
    edits: [['se  § 225', 'se  § 245']],
    findings: [{ paragraph: 220, messageId: 'missing-paragraph', data: { number: 220, missing: '§ 245', reference: 'se § 245', them: 'den paragrafen' } }],
  },
  {
    name: '§ 231 renumbered but the reference in § 220 not',
    edits: [['primärvård", se § 231', 'primärvård", se § 235']],
    findings: [{ paragraph: 220, messageId: 'missing-paragraph', data: { number: 220, missing: '§ 235', reference: 'se § 235', them: 'den paragrafen' } }],
  },
]);
