import { tocMatchesBody } from '../../core/rules/toc-matches-body.ts';
import { testRule } from './rule-tester.ts';
import { entry, protocolText, tocText } from './protocol-text.ts';
import { testRuleOnRealProtocols } from './real-protocols.ts';

const body = [entry(12), entry(13, { title: 'Lokalförsörjningsplan för vården i inlandet 2026–2030' }), entry(14)];
const toc = (items: [number, string][]) => protocolText(body, { toc: tocText(items) });

testRule(tocMatchesBody, {
  valid: [
    {
      name: 'an extract without the cover, with the whole protocol’s table of contents',
      text: toc([[11, 'Val av justerare'], [12, 'Ärende nummer 12'], [13, 'Lokalförsörjningsplan för vården i inlandet 2026–2030'], [14, 'Ärende nummer 14']]),
      read: { hasCover: false },
    },
    {
      name: 'an extract whose head repeats the cover, with the whole protocol’s table of contents',
      text: toc([[11, 'Val av justerare'], [12, 'Ärende nummer 12'], [13, 'Lokalförsörjningsplan för vården i inlandet 2026–2030'], [14, 'Ärende nummer 14']]),
      read: { extract: true },
    },
    { name: 'no table of contents', text: protocolText(body) },
    {
      name: 'every entry listed, a long title wrapped in the table',
      text: toc([
        [12, 'Ärende nummer 12'],
        [13, 'Lokalförsörjningsplan för vården i \ninlandet 2026–2030'],
        [14, 'Ärende nummer 14'],
      ]),
    },
    {
      name: 'text that opens in the middle of the table: the entries before it were on a lost first page',
      text: [tocText([[13, 'Lokalförsörjningsplan för vården i inlandet 2026–2030'], [14, 'Ärende nummer 14']]), ...body].join('\n'),
    },
  ],
  invalid: [
    {
      name: 'an extract’s table still gives a listed paragraph the same title',
      text: toc([[12, 'Ärende nummer 12'], [13, 'Lokalförsörjningsplan 2026–2030'], [14, 'Ärende nummer 14'], [15, 'Övriga frågor']]),
      read: { hasCover: false },
      findings: [{ paragraph: 13, messageId: 'title-differs', data: { number: 13, tocTitle: 'Lokalförsörjningsplan 2026–2030', title: 'Lokalförsörjningsplan för vården i inlandet 2026–2030' } }],
    },
    {
      name: 'a line listed twice in the table',
      text: toc([[12, 'Ärende nummer 12'], [12, 'Ärende nummer 12'], [13, 'Lokalförsörjningsplan för vården i inlandet 2026–2030'], [14, 'Ärende nummer 14']]),
      findings: [{ paragraph: null, messageId: 'listed-twice', data: { number: 12 } }],
    },
    {
      name: 'an entry missing from the table',
      text: toc([[12, 'Ärende nummer 12'], [14, 'Ärende nummer 14']]),
      findings: [{ paragraph: 13, messageId: 'not-in-toc', data: { number: 13, title: 'Lokalförsörjningsplan för vården i inlandet 2026–2030' } }],
    },
    {
      name: 'a table entry with no paragraph',
      text: toc([[12, 'Ärende nummer 12'], [13, 'Lokalförsörjningsplan för vården i inlandet 2026–2030'], [14, 'Ärende nummer 14'], [15, 'Övriga frågor']]),
      findings: [{ paragraph: null, messageId: 'not-in-protocol', data: { number: 15, title: 'Övriga frågor' } }],
    },
    {
      name: 'a title changed in the body but not in the table',
      text: toc([[12, 'Ärende nummer 12'], [13, 'Lokalförsörjningsplan 2026–2030'], [14, 'Ärende nummer 14']]),
      findings: [{ paragraph: 13, messageId: 'title-differs', data: { number: 13, tocTitle: 'Lokalförsörjningsplan 2026–2030', title: 'Lokalförsörjningsplan för vården i inlandet 2026–2030' } }],
    },
    {
      name: 'an entry before the table is missing when a cover page comes first',
      text: toc([[13, 'Lokalförsörjningsplan för vården i inlandet 2026–2030'], [14, 'Ärende nummer 14']]),
      findings: [{ paragraph: 12, messageId: 'not-in-toc', data: { number: 12, title: 'Ärende nummer 12' } }],
    },
  ],
});

testRuleOnRealProtocols(tocMatchesBody, [
  {
    name: '§ 230 left out of the table of contents',
    edits: [['§ 230 Investeringsmedel för renovering av lokaler för hand- och plastikkirurgi\n', '']],
    findings: [{ paragraph: 230, messageId: 'not-in-toc', data: { number: 230, title: 'Investeringsmedel för renovering av lokaler för hand- och plastikkirurgi' } }],
  },
  {
    name: '§ 226 retitled in the body only',
    edits: [['§ 226 Upphandling av förmånscyklar och förmånsportal\nRS 2248-2024', '§ 226 Upphandling av förmånsportal\nRS 2248-2024']],
    findings: [{ paragraph: 226, messageId: 'title-differs', data: { number: 226, tocTitle: 'Upphandling av förmånscyklar och förmånsportal', title: 'Upphandling av förmånsportal' } }],
  },
]);
