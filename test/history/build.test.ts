import { describe, expect, it } from 'vitest';
import { HistoryBuilder, buildHistory } from '../../core/history/build.ts';
import { CaseHistory } from '../../core/history/model.ts';
import { paragraph, protocol } from './protocols.ts';

const au = protocol('Regionala utvecklingsnämndens arbetsutskott', '2025-02-11', [
  paragraph(12, 'Val av justerare', [], 'Anna Berg utses att justera.'),
  paragraph(13, 'Bidrag till besöksnäringen', ['RUN 40-2025'], 'Arbetsutskottet föreslår att regionala utvecklingsnämnden beslutar\n\natt bevilja bidraget.', {
    page: 2,
  }),
  paragraph(14, 'Gemensam plan för kollektivtrafik och cykel', ['RUN 41-2025', 'RS 77-2025'], 'Ärendet återremitteras.', {
    sections: [
      { kind: 'beslut', heading: 'Beslut', text: 'Ärendet återremitteras.', line: 20 },
      { kind: 'reservationer', heading: 'Reservationer', text: 'Per Ek (M) reserverar sig.\n\nLisa Ny (C) reserverar\nsig till förmån för eget förslag.', line: 22 },
    ],
  }),
  paragraph(15, 'Informationsärende', ['RUN 42-2025'], null),
]);
const board = protocol('Regionala utvecklingsnämnden', '2025-03-04', [
  paragraph(30, 'Bidrag till besöksnäringen', ['RUN 40-2025'], 'Nämnden beslutar att bevilja bidraget.', { page: 5 }),
]);

describe('HistoryBuilder', () => {
  it('takes an utskott’s proposal to its board as the entry when it has no Beslut heading, and a fullmäktige decision “enligt kommunstyrelsens förslag” as a decision', () => {
    const proposalOnly = protocol('Miljönämndens arbetsutskott', '2025-05-06', [
      paragraph(4, 'Tillsynsplan 2026', ['MN-2025-00031'], null, {
        sections: [
          { kind: 'sammanfattning', heading: 'Sammanfattning', text: 'Förvaltningen har tagit fram en plan.', line: 10 },
          { kind: 'forslagTillBeslut', heading: 'Förslag till beslut i miljönämnden', text: 'Miljönämnden antar tillsynsplanen för 2026.', line: 12 },
        ],
      }),
    ]);
    const assembly = protocol('Kommunfullmäktige', '2025-06-12', [
      paragraph(51, 'Tillsynsplan 2026', ['MN-2025-00031:2'], 'Kommunfullmäktige beslutar enligt kommunstyrelsens förslag.\n\nKommunstyrelsen föreslår kommunfullmäktige att anta planen.'),
    ]);
    const [history] = buildHistory([
      { file: 'mnau.txt', protocol: proposalOnly },
      { file: 'kf.txt', protocol: assembly },
    ]);
    expect(history!.entries.map((e) => [e.body, e.outcome, e.proposedTo])).toEqual([
      ['Miljönämndens arbetsutskott', 'proposed', 'miljönämnden'],
      ['Kommunfullmäktige', 'decided', null],
    ]);
  });

  it('gives each case its entries in date order, whatever order the protocols come in', () => {
    const cases = buildHistory([
      { file: 'run-2025-03-04.pdf', protocol: board },
      { file: 'runau-2025-02-11.pdf', protocol: au },
    ]);
    expect(cases.map((c) => c.caseNumber)).toEqual(['RS 77-2025', 'RUN 40-2025', 'RUN 41-2025']);
    for (const c of cases) CaseHistory.parse(c);
    const run40 = cases.find((c) => c.caseNumber === 'RUN 40-2025')!;
    expect(run40.entries.map((e) => [e.date, e.paragraph, e.outcome, e.proposedTo, e.source])).toEqual([
      ['2025-02-11', 13, 'proposed', 'regionala utvecklingsnämnden', { file: 'runau-2025-02-11.pdf', page: 2 }],
      ['2025-03-04', 30, 'decided', null, { file: 'run-2025-03-04.pdf', page: 5 }],
    ]);
  });

  it('gives a paragraph with several case numbers to each, with its reservations', () => {
    const cases = buildHistory([{ file: 'au.txt', protocol: au }]);
    const both = cases.filter((c) => c.entries.some((e) => e.paragraph === 14));
    expect(both.map((c) => c.caseNumber)).toEqual(['RS 77-2025', 'RUN 41-2025']);
    expect(both[0]!.entries[0]!.reservations).toEqual(['Per Ek (M) reserverar sig.', 'Lisa Ny (C) reserverar sig till förmån för eget förslag.']);
    expect(both[0]!.entries[0]!.outcome).toBe('referredBack');
  });

  it('keys a case on its case key and shows it as written, the whole number before one with a sub-number', () => {
    const cases = buildHistory([
      { file: 'a.txt', protocol: protocol('Kommunstyrelsen', '2024-03-01', [paragraph(4, 'Skolskjuts', ['ABC-2024-00009:3'], 'Föreslås.')]) },
      { file: 'b.txt', protocol: protocol('Kommunfullmäktige', '2024-04-01', [paragraph(9, 'Skolskjuts', ['ABC\u20132024\u201300009'], 'Beslutas.')]) },
      { file: 'c.txt', protocol: protocol('Utskottet', '2024-02-01', [paragraph(2, 'Skolskjuts', ['abc-2024-00009:1', 'ABC-2024-00009:2'], 'Bereds.')]) },
    ]);
    expect(cases.map((c) => [c.caseNumber, c.entries.map((e) => e.paragraph)])).toEqual([['ABC\u20132024\u201300009', [2, 4, 9]]]);
  });

  it('leaves out paragraphs without a case number or without a decision', () => {
    const cases = buildHistory([{ file: 'au.txt', protocol: au }]);
    expect(cases.some((c) => c.caseNumber === 'RUN 42-2025')).toBe(false);
    expect(cases.flatMap((c) => c.entries).some((e) => e.paragraph === 12)).toBe(false);
  });

  it('does not double a meeting read twice, and keeps the file whose name sorts first', () => {
    const builder = new HistoryBuilder();
    expect(builder.add('b/au.pdf', au)).toEqual({ added: true, entries: 3, duplicates: 0 });
    expect(builder.add('a/au.docx', au)).toEqual({ added: true, entries: 0, duplicates: 3 });
    expect(builder.add('c/au.txt', au)).toEqual({ added: true, entries: 0, duplicates: 3 });
    const cases = builder.cases();
    expect(cases.flatMap((c) => c.entries)).toHaveLength(3);
    expect(new Set(cases.flatMap((c) => c.entries.map((e) => e.source.file)))).toEqual(new Set(['a/au.docx']));
    expect(builder.counts()).toEqual({ protocols: 3, paragraphs: 12, cases: 3, entries: 3 });
  });

  it('refuses a protocol without body or date, with a reason', () => {
    const builder = new HistoryBuilder();
    expect(builder.add('x.txt', protocol(null, '2025-01-01', []))).toMatchObject({ added: false, reason: expect.stringContaining('organet') });
    expect(builder.add('x.txt', protocol('Nämnden', null, []))).toMatchObject({ added: false, reason: expect.stringContaining('datum') });
  });

  it('puts a proposal before the decision on the same day', () => {
    const sameDay = protocol('Regionala utvecklingsnämnden', '2025-02-11', [paragraph(1, 'Bidrag', ['RUN 40-2025'], 'Bidraget beviljas.')]);
    const cases = buildHistory([
      { file: 'x.txt', protocol: sameDay },
      { file: 'y.txt', protocol: au },
    ]);
    expect(cases.find((c) => c.caseNumber === 'RUN 40-2025')!.entries.map((e) => e.outcome)).toEqual(['proposed', 'decided']);
  });
});
