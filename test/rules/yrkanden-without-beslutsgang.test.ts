import { yrkandenWithoutBeslutsgang } from '../../core/rules/yrkanden-without-beslutsgang.ts';
import { testRule } from './rule-tester.ts';
import { entry, protocolText } from './protocol-text.ts';
import { testRuleOnRealProtocols } from './real-protocols.ts';

const summary: [string, string] = ['Sammanfattning', 'Förvaltningen har tagit fram ett förslag till taxa.'];
const proposal: [string, string] = ['Förslag till beslut', 'Taxan antas.'];
const yrkande: [string, string] = ['Yrkanden', 'Anders Nilsson (V) yrkar avslag på förslaget.'];
const beslut: [string, string] = ['Beslut', 'Taxan antas.'];

testRule(yrkandenWithoutBeslutsgang, {
  valid: [
    { name: 'no yrkanden', text: protocolText([entry(13)]) },
    {
      name: 'yrkanden and a Beslutsgång',
      text: protocolText([
        entry(13, {
          sections: [summary, proposal, yrkande, ['Beslutsgång', 'Ordföranden ställer förslagen mot varandra och finner att nämnden bifaller liggande förslag.'], beslut],
        }),
      ]),
    },
    {
      name: 'a yrkande the meeting accepted, said inline',
      text: protocolText([
        entry(13, {
          sections: [summary, proposal, ['Förslag till beslut under sammanträdet', 'Ordföranden föreslår att taxan ses över efter ett år, vilket nämnden godkänner.'], beslut],
        }),
      ]),
    },
    { name: 'a Yrkanden heading saying there were none', text: protocolText([entry(13, { sections: [summary, proposal, ['Yrkanden', 'Inga yrkanden framställs.'], beslut] })]) },
  ],
  invalid: [
    {
      name: 'a yrkande and no word of how the meeting chose',
      text: protocolText([entry(13, { sections: [summary, proposal, yrkande, beslut] })]),
      findings: [{ paragraph: 13, message: '§ 13 Ärende nummer 13 har yrkanden men ingen beslutsgång', line: 19 }],
    },
    {
      name: '"yrkar" in the Förslag till beslut and no Beslutsgång',
      text: protocolText([entry(13, { sections: [summary, ['Förslag till beslut', 'Ordföranden yrkar att taxan antas med en ändring.'], beslut] })]),
      findings: [{ paragraph: 13, message: 'har yrkanden men ingen beslutsgång', line: 15 }],
    },
  ],
});

const BESLUTSGANG_228 =
  'Beslutsgång\n\nOrdförande frågar arbetsutskottet om ärendet ska avgöras idag eller återremitteras, \noch finner att arbetsutskottet beslutar att ärendet ska avgöras idag.\n\nDärefter ställer ordförande Nicklas Sandströms förslag mot liggande förslag och finner \natt arbetsutskottet beslutar enligt liggande förslag.\n\n';

testRuleOnRealProtocols(yrkandenWithoutBeslutsgang, [
  {
    name: '§ 228 with its Beslutsgång left out',
    edits: [[BESLUTSGANG_228, '']],
    findings: [{ paragraph: 228, message: '§ 228 Fullmäktigeuppdrag 2025 har yrkanden men ingen beslutsgång' }],
  },
  {
    name: '§ 225 without the clause saying the utskott agreed',
    edits: [[', vilket \narbetsutskottet godkänner. ', '. ']],
    findings: [{ paragraph: 225, message: 'har yrkanden men ingen beslutsgång' }],
  },
]);
