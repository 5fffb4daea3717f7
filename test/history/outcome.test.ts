import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classifyOutcome } from '../../core/history/outcome.ts';
import { parseProtocol } from '../../core/parse/parse.ts';
import { sharedFile } from '../support/shared.ts';

describe('classifyOutcome on invented decision texts', () => {
  it.each([
    ['Arbetsutskottet föreslår att regionstyrelsen beslutar\n\nTidsplanen godkänns.', 'proposed', 'regionstyrelsen'],
    ['Arbetsutskottet föreslår att regionstyrelsens beslutar\n\nInformationen noteras till protokollet.', 'proposed', 'regionstyrelsen'],
    ['Regionstyrelsen föreslår regionfullmäktige besluta\n\natt anta planen.', 'proposed', 'regionfullmäktige'],
    ['Nämnden föreslår att hälso- och sjukvårdsnämnden beslutar att anta riktlinjen.', 'proposed', 'hälso- och sjukvårdsnämnden'],
    ['Ärendet överlämnas till kommunfullmäktige för beslut.', 'proposed', 'kommunfullmäktige'],
    ['Regionstyrelsen beslutar att godkänna tidsplanen.', 'decided', null],
    ['Tidsplanen godkänns.', 'decided', null],
    ['Ärendet återremitteras till förvaltningen för komplettering.', 'referredBack', null],
    ['Styrelsen beslutar att återremittera ärendet.', 'referredBack', null],
    ['Ärendet bordläggs till nästa sammanträde.', 'tabled', null],
    ['Informationen är delgiven.', 'informationNoted', null],
    ['Informationen noteras till protokollet.', 'informationNoted', null],
    ['Redovisningen noteras och läggs till handlingarna.', 'informationNoted', null],
    ['Motionen avslås.', 'rejected', null],
    ['Nämnden avslår ansökan om bidrag.', 'rejected', null],
    ['Regionstyrelsen avslår yrkandet om återremiss och godkänner avtalet.', 'decided', null],
    ['Ordförande föreslår att regiondirektören i sin utredning ska utgå från alternativ 3.', 'decided', null],
  ] as const)('%s → %s', (text, outcome, proposedTo) => {
    expect(classifyOutcome(text)).toEqual({ outcome, proposedTo });
  });

  it('does not take a word ending in "remiss" or "bordlägga" inside another word', () => {
    expect(classifyOutcome('Remissvaret godkänns; återremisslistan uppdateras.').outcome).toBe('decided');
  });
});

const realProtocol = sharedFile('fixtures/protocols/rsau-2024-12-05.txt');

describe.skipIf(!realProtocol)('classifyOutcome on the real protocol’s Beslut sections', () => {
  it('tells the arbetsutskott’s proposals to the board and to fullmäktige from what it settled itself', () => {
    const protocol = parseProtocol(readFileSync(realProtocol!, 'utf8'));
    const outcomes = protocol.paragraphs.map((p) => {
      const beslut = p.sections.find((s) => s.kind === 'beslut');
      const { outcome, proposedTo } = classifyOutcome(beslut?.text ?? '');
      return [p.number, outcome, proposedTo];
    });
    const toBoard = (n: number) => [n, 'proposed', 'regionstyrelsen'];
    const toAssembly = (n: number) => [n, 'proposed', 'regionfullmäktige'];
    expect(outcomes).toEqual([
      [218, 'decided', null],
      [219, 'decided', null],
      [220, 'informationNoted', null],
      ...[221, 222, 223, 224, 225, 226, 227, 228, 229, 230].map(toBoard),
      ...[231, 232, 233].map(toAssembly),
      [234, 'informationNoted', null],
    ]);
  });
});
