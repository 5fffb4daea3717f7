import { anslagDeadlines } from '../../core/rules/anslag-deadlines.ts';
import { testRule } from './rule-tester.ts';
import { entry, protocolText, valAvJusterare } from './protocol-text.ts';
import { testRuleOnRealProtocols } from './real-protocols.ts';

/** A cover with the justering date and the anslag/bevis block as the clerk filled it in; the meeting is on 11 March 2025. */
const cover = (justering: string, uppsatt: string, nedtagande: string) =>
  [
    'Justerare',
    'Jonas Ek (M)',
    '',
    'Justeringens plats och tid',
    `Digital justering, ${justering}`,
    '',
    'Anslag/bevis',
    'Protokollet är justerat. Justeringen har tillkännagivits genom anslag på regionens digitala anslagstavla.',
    `Datum för anslags uppsättande ${uppsatt}`,
    `Datum för anslags nedtagande ${nedtagande}`,
    'Förvaringsplats för protokollet: Regionens hus, Fjällby',
  ].join('\n');

const meeting = (justering: string, uppsatt: string, nedtagande: string, date?: string) =>
  protocolText([entry(12)], { cover: cover(justering, uppsatt, nedtagande), date });

testRule(anslagDeadlines, {
  valid: [
    { name: 'posted on the Monday after a Friday justering: the Sunday deadline moves to Monday', text: meeting('2025-03-14', '2025-03-17', '2025-04-08') },
    { name: 'posted the day after justering, taken down the day after the appeal period', text: meeting('2025-03-13', '2025-03-14', '2025-04-05') },
    { name: 'taken down on the last day to appeal', text: meeting('2025-03-13', '2025-03-14', '2025-04-04') },
    {
      name: 'an appeal period ending on Good Friday runs to the Tuesday after Easter',
      text: meeting('2024-03-06', '2024-03-08', '2024-04-02', '2024-03-05'),
    },
    { name: 'posted before the date the justering was to be done by', text: meeting('2025-03-20', '2025-03-18', '2025-04-09') },
    {
      name: 'a draft whose anslag/bevis block is not filled in',
      text: protocolText([entry(12)], { cover: 'Justeringens plats och tid\nDigital justering, 2025-03-14\n\nAnslag/bevis\nDatum för anslags uppsättande\nDatum för anslags nedtagande\n' }),
    },
    { name: 'no anslag/bevis block', text: protocolText([valAvJusterare(11), entry(12)]) },
    { name: 'a justering date before the meeting: justering-deadline says so', text: meeting('2024-03-12', '2025-03-17', '2025-04-08') },
    {
      name: 'the whole protocol justerat at the meeting and posted the next day',
      text: protocolText(
        [
          valAvJusterare(11, 'Protokollet justeras omedelbart.'),
          entry(12),
        ],
        { cover: 'Anslag/bevis\nDatum för anslags uppsättande 2025-03-12\nDatum för anslags nedtagande 2025-04-03' },
      ),
    },
  ],
  invalid: [
    {
      name: 'posted three days after a Tuesday justering',
      text: meeting('2025-03-18', '2025-03-21', '2025-04-12'),
      findings: [
        { paragraph: null, line: 14, messageId: 'posted-late', data: { uppsatt: '21 mars 2025', justering: '18 mars 2025', latest: '20 mars 2025', moved: '' } },
      ],
    },
    {
      name: 'posted on the Tuesday after a Friday justering',
      text: meeting('2025-03-14', '2025-03-18', '2025-04-09'),
      findings: [
        {
          paragraph: null,
          messageId: 'posted-late',
          data: { uppsatt: '18 mars 2025', justering: '14 mars 2025', latest: '17 mars 2025', moved: ' (16 mars 2025 är en söndag)' },
        },
      ],
    },
    {
      name: 'posted on a Saturday and taken down before the deadline, which moved from a Saturday to the Monday',
      text: meeting('2025-03-14', '2025-03-15', '2025-04-05'),
      findings: [
        {
          paragraph: null,
          line: 15,
          messageId: 'taken-down-early',
          data: { nedtagande: '5 april 2025', uppsatt: '15 mars 2025', lastDay: '7 april 2025', moved: ' (5 april 2025 är en lördag)' },
        },
      ],
    },
    {
      name: 'taken down on Good Friday, the day the appeal period would have ended without the law on deadlines',
      text: meeting('2024-03-06', '2024-03-08', '2024-03-29', '2024-03-05'),
      findings: [
        {
          paragraph: null,
          messageId: 'taken-down-early',
          data: { nedtagande: '29 mars 2024', uppsatt: '8 mars 2024', lastDay: '2 april 2024', moved: ' (29 mars 2024 är långfredagen)' },
        },
      ],
    },
    {
      name: 'a protocol justerat at the meeting and posted a week later',
      text: protocolText([valAvJusterare(11, 'Protokollet justeras omedelbart.'), entry(12)], {
        cover: 'Anslag/bevis\nDatum för anslags uppsättande 2025-03-18\nDatum för anslags nedtagande 2025-04-09',
      }),
      findings: [{ paragraph: null, messageId: 'posted-late', data: { uppsatt: '18 mars 2025', justering: '11 mars 2025', latest: '13 mars 2025', moved: '' } }],
    },
  ],
});

// The real fixture has no anslag/bevis block to get wrong; the examples' blocks are right.
testRuleOnRealProtocols(anslagDeadlines, []);
