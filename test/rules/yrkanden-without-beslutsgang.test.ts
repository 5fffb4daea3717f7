import { yrkandenWithoutBeslutsgang } from '../../core/rules/yrkanden-without-beslutsgang.ts';
import { testRule } from './rule-tester.ts';
import { entry, protocolText } from './protocol-text.ts';
import { testRuleOnRealProtocols } from './real-protocols.ts';

const summary: [string, string] = ['Sammanfattning', 'Förvaltningen har tagit fram ett förslag till taxa.'];
const proposal: [string, string] = ['Förslag till beslut', 'Taxan antas.'];
const yrkande: [string, string] = ['Yrkanden', 'Anders Nilsson (V) yrkar avslag på förslaget.'];
const beslut: [string, string] = ['Beslut', 'Taxan antas.'];
const forTheProposal = 'Karin Ek (M) yrkar bifall till förvaltningens förslag.';
const against = 'Anders Nilsson (V) yrkar avslag på förslaget.';
const yrkanden = (...lines: string[]): [string, string] => ['Yrkanden', lines.join('\n\n')];

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
    { name: 'an Överläggning saying there were none', text: protocolText([entry(13, { sections: [summary, proposal, ['Överläggning', 'Under överläggningen framställs inga yrkanden.'], beslut] })]) },
    {
      name: 'everybody moves the same proposal',
      text: protocolText([
        entry(13, {
          sections: [
            summary,
            proposal,
            yrkanden(forTheProposal, 'Lena Strand (S) yrkar, med instämmande av Per Holm (L), bifall till förvaltningens förslag.', 'Jan Berg (C) instämmer.'),
            beslut,
          ],
        }),
      ]),
    },
    {
      name: 'a single yrkande for the proposal, written under the proposal’s heading',
      text: protocolText([entry(13, { sections: [summary, ['Förvaltningens förslag', `Taxan antas.\n\n${forTheProposal}`], beslut] })]),
    },
    {
      name: 'a single yrkande to decide as the arbetsutskott proposed',
      text: protocolText([entry(13, { sections: [summary, proposal, yrkanden('Eva Lind (C) yrkar att nämnden ska besluta i enlighet med arbetsutskottets förslag.'), beslut] })]),
    },
    {
      name: 'a single ändringsyrkande the Beslut takes up',
      text: protocolText([
        entry(13, {
          sections: [summary, proposal, ['Överläggning', 'Eva Lind (C) har ett ändringsyrkande: avgiften för lov sänks till 500 kronor.'], ['Beslut', 'Taxan antas med Eva Linds ändring.']],
        }),
      ]),
    },
    {
      name: 'competing yrkanden and the proposition written in the Beslut',
      text: protocolText([
        entry(13, {
          sections: [summary, proposal, yrkanden(forTheProposal, against), ['Beslut', 'Ordföranden ställer proposition på yrkandena och finner att nämnden bifaller förvaltningens förslag.\n\nTaxan antas.']],
        }),
      ]),
    },
    {
      name: 'competing yrkanden under an Överläggning heading and a Propositionsordning',
      text: protocolText([
        entry(13, {
          sections: [summary, proposal, ['Överläggning', `${forTheProposal}\n\n${against}`], ['Propositionsordning', 'Yrkandena ställs mot varandra; nämnden bifaller förvaltningens förslag.'], beslut],
        }),
      ]),
    },
  ],
  invalid: [
    {
      name: 'a yrkande and no word of how the meeting chose',
      text: protocolText([entry(13, { sections: [summary, proposal, yrkande, beslut] })]),
      findings: [{ paragraph: 13, messageId: 'no-beslutsgang', data: { number: 13, title: 'Ärende nummer 13' }, line: 19 }],
    },
    {
      name: '"yrkar" in the Förslag till beslut and no Beslutsgång',
      text: protocolText([entry(13, { sections: [summary, ['Förslag till beslut', 'Ordföranden yrkar att taxan antas med en ändring.'], beslut] })]),
      findings: [{ paragraph: 13, messageId: 'no-beslutsgang', data: { number: 13, title: 'Ärende nummer 13' }, line: 15 }],
    },
    {
      name: 'a yrkande for the proposal and one against it',
      text: protocolText([entry(13, { sections: [summary, proposal, yrkanden(forTheProposal, against), beslut] })]),
      findings: [{ paragraph: 13, messageId: 'no-beslutsgang', data: { number: 13, title: 'Ärende nummer 13' }, line: 19 }],
    },
    {
      name: 'bifall to different proposals',
      text: protocolText([
        entry(13, { sections: [summary, proposal, yrkanden('Karin Ek (M) yrkar bifall till kommunstyrelsens förslag.', 'Lena Strand (S) yrkar bifall till motionen.'), beslut] }),
      ]),
      findings: [{ paragraph: 13, messageId: 'no-beslutsgang', data: { number: 13, title: 'Ärende nummer 13' } }],
    },
    {
      name: 'bifall to the proposals of two different bodies',
      text: protocolText([
        entry(13, { sections: [summary, proposal, yrkanden(forTheProposal, 'Lena Strand (S) yrkar bifall till arbetsutskottets förslag.'), beslut] }),
      ]),
      findings: [{ paragraph: 13, messageId: 'no-beslutsgang', data: { number: 13, title: 'Ärende nummer 13' } }],
    },
    {
      name: 'a single tilläggsyrkande the Beslut leaves out',
      text: protocolText([
        entry(13, { sections: [summary, proposal, yrkanden('Eva Lind (C) yrkar tillägg om att taxan ses över efter ett år.'), beslut] }),
      ]),
      findings: [{ paragraph: 13, messageId: 'no-beslutsgang', data: { number: 13, title: 'Ärende nummer 13' } }],
    },
    {
      name: 'the office’s own finding in the Sammanfattning is not the chair’s',
      text: protocolText([
        entry(13, {
          sections: [['Sammanfattning', 'Förvaltningen finner att nämnden bör anta taxan.'], proposal, yrkanden(forTheProposal, against), beslut],
        }),
      ]),
      findings: [{ paragraph: 13, messageId: 'no-beslutsgang', data: { number: 13, title: 'Ärende nummer 13' } }],
    },
  ],
});

const BESLUTSGANG_228 =
  'Beslutsgång\n\nOrdförande frågar arbetsutskottet om ärendet ska avgöras idag eller återremitteras, \noch finner att arbetsutskottet beslutar att ärendet ska avgöras idag.\n\nDärefter ställer ordförande Nicklas Sandströms förslag mot liggande förslag och finner \natt arbetsutskottet beslutar enligt liggande förslag.\n\n';

testRuleOnRealProtocols(yrkandenWithoutBeslutsgang, [
  {
    name: '§ 228 with its Beslutsgång left out',
    edits: [[BESLUTSGANG_228, '']],
    findings: [{ paragraph: 228, messageId: 'no-beslutsgang', data: { number: 228, title: 'Fullmäktigeuppdrag 2025' } }],
  },
  {
    name: '§ 225 without the clause saying the utskott agreed',
    edits: [[', vilket \narbetsutskottet godkänner. ', '. ']],
    findings: [{ paragraph: 225, messageId: 'no-beslutsgang', data: { number: 225, title: 'Återrapportering av nämndplanuppdrag 2024 gällande arbetsskor' } }],
  },
]);
