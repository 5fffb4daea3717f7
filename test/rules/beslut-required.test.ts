import { beslutRequired } from '../../core/rules/beslut-required.ts';
import { testRule } from './rule-tester.ts';
import { entry, protocolText, valAvJusterare } from './protocol-text.ts';
import { testRuleOnRealProtocols } from './real-protocols.ts';

const summary: [string, string] = ['Sammanfattning', 'Förvaltningen har tagit fram ett underlag.'];
const proposal: [string, string] = ['Förslag till beslut', 'Underlaget godkänns.'];
const toTheNamnd: [string, string] = ['Förslag till beslut i byggnadsnämnden', 'Byggnadsnämnden godkänner årsredovisningen.'];
const prov: [string, string] = ['Beslutsgång', 'Ordföranden prövar förslaget och finner att arbetsutskottet bifaller det.'];

testRule(beslutRequired, {
  valid: [
    {
      name: 'items without a decision need no Beslut',
      text: protocolText(
        [
          ['Sammanträdets öppnande', 'Ordföranden förklarar sammanträdet öppnat.'],
          ['Information från förvaltningschefen', 'Förvaltningschefen berättar om det nya ärendesystemet.'],
          ['Anmälan av delegationsbeslut och meddelanden', 'Förteckning över delegationsbeslut för mars.'],
          ['Interpellation om vinterväghållningen', 'Gustav Lund (C) besvarar interpellationen från Eva Nilsson (L).'],
          ['Allmänhetens frågestund', 'Två frågor om cykelvägarna besvaras.'],
        ].map(([title, text], i) => entry(20 + i, { title, caseNumber: null, sections: [['Sammanfattning', text!]] })),
      ),
    },
    { name: 'a title with no text under it: nothing was decided', text: protocolText([entry(20, { title: 'Inga interpellationer har inkommit', caseNumber: null, sections: [] }), entry(21)]) },
    { name: 'a styrgrupp’s minutes need no Beslut', text: protocolText([entry(13, { sections: [summary] })], { body: 'Styrgruppen för e-arkiv' }) },
    {
      name: 'paragraphs with no decision content: a report, an item withheld from the web',
      text: protocolText([
        entry(20, { title: 'Rapport från studieresan till Tammerfors', caseNumber: null, sections: [['Sammanfattning', 'Tre ledamöter berättar om resan.']] }),
        entry(21, { title: 'Föreläggande om avloppsanordning på fastigheten Ek 1:2', sections: [['Sammanfattning', 'Protokollet för ärendet publiceras inte i sin helhet på webben.']] }),
        entry(22, { title: 'Tillsyn på fastigheten Ek 1:3', sections: [] }),
      ]),
    },
    {
      name: 'an arbetsutskott’s proposal to the nämnd is the outcome of its §',
      text: protocolText([entry(13, { sections: [summary, toTheNamnd, prov] })], { body: 'Byggnadsnämndens arbetsutskott' }),
    },
    { name: 'every paragraph with a Beslut', text: protocolText([valAvJusterare(12), entry(13)]) },
    {
      name: 'val av justerare stating the choice under Sammanfattning',
      text: protocolText([
        entry(12, {
          title: 'Val av justerare samt tid för justering',
          caseNumber: null,
          sections: [['Sammanfattning', 'Jonas Ek (M) utses att justera protokollet tillsammans med ordföranden.']],
        }),
        entry(13),
      ]),
    },
  ],
  invalid: [
    {
      name: 'an information item with an empty Beslut heading',
      text: protocolText([entry(13, { title: 'Information om vårdplatsläget', caseNumber: null, sections: [summary, ['Beslut', '']] })]),
      findings: [{ paragraph: 13, messageId: 'empty-beslut', data: { number: 13, title: 'Information om vårdplatsläget' } }],
    },
    {
      name: 'a fastställande av föredragningslista that does not say the list was fastställd',
      text: protocolText([entry(13, { title: 'Fastställande av föredragningslista', caseNumber: null, sections: [['Sammanfattning', 'Ordföranden går igenom dagens ärenden.']] })]),
      findings: [{ paragraph: 13, messageId: 'foredragningslista-not-stated', data: { number: 13, title: 'Fastställande av föredragningslista' } }],
    },
    {
      name: 'a decision item with no Beslut',
      text: protocolText([valAvJusterare(12), entry(13, { sections: [summary, proposal] })]),
      findings: [{ paragraph: 13, messageId: 'missing', data: { number: 13, title: 'Ärende nummer 13' } }],
    },
    {
      name: 'yrkanden and no Beslut',
      text: protocolText([entry(13, { sections: [summary, ['Yrkanden', 'Jonas Ek (M) yrkar bifall till förslaget.']] })]),
      findings: [{ paragraph: 13, messageId: 'missing', data: { number: 13, title: 'Ärende nummer 13' } }],
    },
    {
      name: 'the nämnd’s own meeting, with the proposal addressed to it and no Beslut',
      text: protocolText([entry(13, { sections: [summary, toTheNamnd, prov] })], { body: 'Byggnadsnämnden' }),
      findings: [{ paragraph: 13, messageId: 'missing', data: { number: 13, title: 'Ärende nummer 13' } }],
    },
    {
      name: 'a Beslut heading with nothing under it',
      text: protocolText([entry(13, { sections: [summary, proposal, ['Beslut', '']] })]),
      findings: [{ paragraph: 13, messageId: 'empty-beslut', data: { number: 13, title: 'Ärende nummer 13' }, line: 19 }],
    },
    {
      name: 'val av justerare that names no one',
      text: protocolText([
        entry(12, {
          title: 'Val av justerare',
          caseNumber: null,
          sections: [['Sammanfattning', 'Justeringen sker digitalt senast den 14 mars 2025.']],
        }),
      ]),
      findings: [{ paragraph: 12, messageId: 'justerare-not-stated', data: { number: 12, title: 'Val av justerare' } }],
    },
  ],
});

testRuleOnRealProtocols(beslutRequired, [
  {
    name: '§ 234 with its Beslut left out',
    edits: [['\nBeslut\n\nRedovisningen noteras och läggs till handlingarna.\n', '\n']],
    findings: [{ paragraph: 234, messageId: 'missing', data: { number: 234, title: 'Förhandling mellan arbetsgivare och fackliga organisationer 2024' } }],
  },
  {
    name: '§ 219 without the name of the justerare',
    edits: [['Nicklas Sandström (M) utses att justera protokollet tillsammans med ordförande. \n', '']],
    findings: [{ paragraph: 219, messageId: 'justerare-not-stated', data: { number: 219, title: 'Val av justerare samt tid för justering' } }],
  },
]);
