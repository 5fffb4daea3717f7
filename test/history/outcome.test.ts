import { describe, expect, it } from 'vitest';
import { classifyOutcome } from '../../core/history/outcome.ts';

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
