import { beslutDiffersWithoutYrkande } from '../../core/rules/beslut-differs-without-yrkande.ts';
import { testRule } from './rule-tester.ts';
import { entry, protocolText } from './protocol-text.ts';
import { testRuleOnRealProtocols } from './real-protocols.ts';

const summary: [string, string] = ['Sammanfattning', 'Förvaltningen har tagit fram ett förslag till lokalförsörjningsplan.'];
const LEAD = 'Arbetsutskottet föreslår att regionstyrelsen beslutar';
const item = (sections: [string, string][]) => protocolText([entry(13, { sections: [summary, ...sections] })]);

testRule(beslutDiffersWithoutYrkande, {
  valid: [
    { name: 'the Beslut follows the förslag', text: item([['Förslag till beslut', 'Planen antas.'], ['Beslut', 'Planen antas.']]) },
    {
      name: 'an utskott forwarding the förslag under its lead line, laid out differently',
      text: item([
        ['Förslag till beslut', 'Planen antas.\nUppdras till regiondirektören att följa upp planen.'],
        ['Beslut', `${LEAD}\n\n- Planen antas.\n\n- Uppdras till regiondirektören att\nfölja upp planen.`],
      ]),
    },
    {
      name: 'a changed Beslut with the yrkande that changed it',
      text: item([
        ['Förslag till beslut', 'Planen antas.'],
        ['Yrkanden', 'Lisa Rönn (C) yrkar att planen antas med tillägget att inlandet prioriteras.'],
        ['Beslutsgång', 'Ordföranden ställer förslagen mot varandra och finner att arbetsutskottet bifaller Lisa Rönns (C) förslag.'],
        ['Beslut', 'Planen antas med tillägget att inlandet prioriteras.'],
      ]),
    },
    { name: 'no Förslag till beslut to compare with', text: item([['Beslut', 'Informationen noteras.']]) },
  ],
  invalid: [
    {
      name: 'a Beslut that departs from the förslag with nothing recorded',
      text: item([['Förslag till beslut', 'Planen antas.'], ['Beslut', 'Planen antas med tillägget att inlandet prioriteras.']]),
      findings: [{ paragraph: 13, messageId: 'unexplained-change', data: { number: 13, title: 'Ärende nummer 13' }, line: 19 }],
    },
  ],
});

testRuleOnRealProtocols(beslutDiffersWithoutYrkande, [
  {
    name: '§ 230 with a different amount in the Beslut than in the förslag',
    edits: [
      [
        'Beslut\n\nArbetsutskottet föreslår att regionstyrelsen beslutar\n\natt genomföra den föreslagna investeringen för Hand och plastik för 63 miljoner',
        'Beslut\n\nArbetsutskottet föreslår att regionstyrelsen beslutar\n\natt genomföra den föreslagna investeringen för Hand och plastik för 68 miljoner',
      ],
    ],
    findings: [{ paragraph: 230, messageId: 'unexplained-change', data: { number: 230, title: 'Investeringsmedel för renovering av lokaler för hand- och plastikkirurgi' } }],
  },
  {
    name: '§ 225 with the yrkande during the meeting left out',
    edits: [['Förslag till beslut under sammanträdet\n\nOrdförande föreslår att regiondirektören i sin utredning ska utgå från alternativ 3, vilket \narbetsutskottet godkänner. \n', '']],
    findings: [{ paragraph: 225, messageId: 'unexplained-change', data: { number: 225, title: 'Återrapportering av nämndplanuppdrag 2024 gällande arbetsskor' } }],
  },
]);
