import { caseNumberRequired } from '../../core/rules/case-number-required.ts';
import { testRule } from './rule-tester.ts';
import { entry, protocolText, valAvJusterare } from './protocol-text.ts';
import { testRuleOnRealProtocols } from './real-protocols.ts';

const lista = entry(11, {
  title: 'Fastställande av föredragningslista',
  caseNumber: null,
  sections: [['Beslut', 'Föredragningslistan fastställs.']],
});

testRule(caseNumberRequired, {
  valid: [
    {
      name: 'items without a decision, in several house styles, without case numbers',
      text: protocolText(
        [
          ['Mötets öppnande', 'Ordföranden hälsar välkommen och förklarar sammanträdet öppnat.'],
          ['Upprop', 'Upprop förrättas.'],
          ['Dagordning', 'Dagordningen godkänns.'],
          ['Förvaltningschefen informerar', 'Förvaltningschefen berättar om läget i verksamheten.'],
          ['Meddelanden', 'Inkomna skrivelser redovisas.'],
          ['Delegationsbeslut anmäls', 'Beslut fattade på delegation i februari redovisas.'],
          ['Inga interpellationer har inkommit', 'Noteras.'],
          ['Frågor', 'Inga frågor ställs.'],
        ].map(([title, text], i) => entry(20 + i, { title, caseNumber: null, sections: [['Sammanfattning', text!]] })),
      ),
    },
    {
      name: 'närvaro, reports from courses and the courses to come, without case numbers',
      text: protocolText(
        [
          ['Beslut om godkännande av närvaro', 'Nämnden godkänner att en personlig assistent är närvarande.'],
          ['Rapporter från kurser/konferenser/möten', 'Rapporten från länets utbildningsdag noteras.'],
          ['Kommande utbildningar och konferenser', 'Inbjudan till länets utbildningsdag noteras.'],
        ].map(([title, text], i) => entry(20 + i, { title, caseNumber: null, sections: [['Beslut', text!]] })),
      ),
    },
    {
      name: 'a paragraph with no decision content needs no case number',
      text: protocolText([entry(13, { title: 'Föreläggande om avloppsanordning', caseNumber: null, sections: [['Sammanfattning', 'Ärendet publiceras inte i sin helhet på webben.']] })]),
    },
    { name: 'a styrgrupp’s minutes need no case numbers', text: protocolText([entry(13, { caseNumber: null })], { body: 'Styrgruppen för e-arkiv' }) },
    { name: 'no meeting date: a case number’s year is not compared', text: protocolText([entry(13, { caseNumber: 'RS 113-2026' })]), read: { date: null } },
    { name: 'formal items without, decision items with a case number', text: protocolText([lista, valAvJusterare(12), entry(13), entry(14)]) },
    { name: 'a case registered the year before the meeting', text: protocolText([entry(13, { caseNumber: 'RS 1834-2024' })]) },
  ],
  invalid: [
    {
      name: 'information items where the configuration requires case numbers for them',
      text: protocolText([entry(13, { title: 'Information om vårdplatsläget', caseNumber: null, sections: [['Sammanfattning', 'Hälso- och sjukvårdsdirektören informerar.']] })]),
      config: { caseNumberRequiredFor: ['informationsarende'] },
      findings: [{ paragraph: 13, messageId: 'missing', data: { number: 13, title: 'Information om vårdplatsläget', type: 'informationsärende', example: 'RS 2215-2024' } }],
    },
    {
      name: 'a decision item without a case number',
      text: protocolText([valAvJusterare(12), entry(13, { caseNumber: null })]),
      findings: [{ paragraph: 13, messageId: 'missing', data: { number: 13, title: 'Ärende nummer 13', type: 'beslutsärende', example: 'RS 2215-2024' } }],
    },
    {
      name: 'a decision about närvarorätt is a matter, not the närvaro',
      text: protocolText([entry(13, { title: 'Närvarorätt för ungdomsrådets representanter', caseNumber: null })]),
      findings: [{ paragraph: 13, messageId: 'missing', data: { number: 13, title: 'Närvarorätt för ungdomsrådets representanter', type: 'beslutsärende', example: 'RS 2215-2024' } }],
    },
    {
      name: 'a case number written in another organisation’s format',
      text: protocolText([entry(13, { caseNumber: 'RS 2215/2025' })]),
      findings: [{ paragraph: 13, messageId: 'malformed', data: { number: 13, written: 'RS 2215/2025', example: 'RS 2215-2024' }, line: 9 }],
    },
    {
      name: 'a case number dated after the meeting',
      text: protocolText([entry(13, { caseNumber: 'RS 113-2026' })]),
      findings: [{ paragraph: 13, messageId: 'after-meeting', data: { number: 13, caseNumber: 'RS 113-2026', year: 2026, date: '2025-03-11' }, line: 9 }],
    },
    {
      name: 'an item type the configuration does not exempt',
      text: protocolText([lista]),
      config: { caseNumberRequiredFor: ['foredragningslista'] },
      findings: [{ paragraph: 11, messageId: 'missing', data: { number: 11, title: 'Fastställande av föredragningslista', type: 'fastställande av föredragningslista', example: 'RS 2215-2024' } }],
    },
  ],
});

testRuleOnRealProtocols(caseNumberRequired, [
  {
    name: '§ 226 without its case number',
    edits: [['§ 226 Upphandling av förmånscyklar och förmånsportal\nRS 2248-2024\n', '§ 226 Upphandling av förmånscyklar och förmånsportal\n']],
    findings: [{ paragraph: 226, messageId: 'missing', data: { number: 226, title: 'Upphandling av förmånscyklar och förmånsportal', type: 'beredningsärende (förslag till annat organ)', example: 'RS 2215-2024' } }],
  },
  {
    name: '§ 223 with a slash for the dash',
    edits: [['\nRS 2215-2024\n', '\nRS 2215/2024\n']],
    findings: [{ paragraph: 223, messageId: 'malformed', data: { number: 223, written: 'RS 2215/2024', example: 'RS 2215-2024' } }],
  },
  {
    name: '§ 229 with next year typed for this',
    edits: [['\nRS 2273-2024\n', '\nRS 2273-2025\n']],
    findings: [{ paragraph: 229, messageId: 'after-meeting', data: { number: 229, caseNumber: 'RS 2273-2025', year: 2025, date: '2024-12-05' } }],
  },
]);
