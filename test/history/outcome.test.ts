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

describe('classifyOutcome on the wordings municipalities use', () => {
  it.each([
    // Proposals to another body, with or without "att" and "besluta".
    ['Kommunstyrelsen föreslår att kommunfullmäktige beslutar att anta taxan.', 'proposed', 'kommunfullmäktige'],
    ['Kommunstyrelsen föreslår kommunfullmäktige besluta:\n\n - att anta taxan,\n - att taxan gäller från 1 juli.', 'proposed', 'kommunfullmäktige'],
    ['Kommunstyrelsen föreslår kommunfullmäktige att avslå medborgarförslaget.', 'proposed', 'kommunfullmäktige'],
    ['Tekniska nämnden föreslår att kommunstyrelsen godkänner avtalet.', 'proposed', 'kommunstyrelsen'],
    ['Kommunstyrelsen beslutar att föreslå kommunfullmäktige att anta planen.', 'proposed', 'kommunfullmäktige'],
    ['Kommunfullmäktige föreslås besluta att anta reglementet.', 'proposed', 'kommunfullmäktige'],
    ['Arbetsutskottet föreslår att nämnden för vård och omsorg beslutar att anta riktlinjen.', 'proposed', 'nämnden för vård och omsorg'],
    ['Förslag till beslut i miljönämnden\nMiljönämnden godkänner bokslutet.\n\nMiljönämnden beslutar att paragrafen justeras omedelbart.', 'proposed', 'miljönämnden'],
    ['Kommunstyrelsens förslag till kommunfullmäktige\nKommunfullmäktige antar budgeten.', 'proposed', 'kommunfullmäktige'],
    ['Kultur- och fritidsnämnden tillstyrker motionen.', 'proposed', null],
    ['Nämnden tillstyrker att kommunfullmäktige beviljar borgen.', 'proposed', 'kommunfullmäktige'],
    ['Socialnämnden avstyrker medborgarförslaget.', 'proposed', null],
    // Adopting another body's proposal is a decision.
    ['Enligt kommunstyrelsens förslag.', 'decided', null],
    ['Kommunfullmäktige beslutar i enlighet med kommunstyrelsens förslag.', 'decided', null],
    ['Kommunfullmäktige beslutar enligt kommunstyrelsens förslag:\nKommunstyrelsen föreslår kommunfullmäktige besluta att anta planen.', 'decided', null],
    ['Enligt kommunstyrelsens förslag:\nKommunstyrelsen föreslår kommunfullmäktige besluta att anta planen.', 'decided', null],
    ['Nämnden beslutar i enlighet med arbetsutskottets förslag att godkänna yttrandet.', 'decided', null],
    ['Kommunstyrelsen beslutar i enlighet med arbetsutskottets förslag att föreslå kommunfullmäktige att anta planen.', 'proposed', 'kommunfullmäktige'],
    // Tabled and referred back.
    ['Ärendet bordläggs.', 'tabled', null],
    ['Nämnden beslutar att bordlägga ärendet till nästa sammanträde.', 'tabled', null],
    ['Ärendet remitteras åter till kommunstyrelsen.', 'referredBack', null],
    ['Kommunfullmäktige beslutar om återremiss av ärendet.', 'referredBack', null],
    ['Återremissyrkandet avslås och nämnden godkänner riktlinjen.', 'decided', null],
    ['Yrkandet om återremiss avslås. Planen antas.', 'decided', null],
    ['Ärendet ska avgöras i dag trots yrkandet om återremiss. Planen antas.', 'decided', null],
    // Rejected and granted.
    ['Medborgarförslaget avslås.', 'rejected', null],
    ['Kommunfullmäktige beslutar att avslå motionen med hänvisning till kommunstyrelsens yttrande.', 'rejected', null],
    ['Nämnden avslår Olle Vikners (X) m.fl. yrkanden och godkänner rapporten.', 'decided', null],
    ['Motionen bifalls.', 'decided', null],
    ['Nämnden bifaller ansökan om föreningsbidrag.', 'decided', null],
    ['Motionen bifalls i den del som avser belysning och avslås i övrigt.', 'decided', null],
    // Information noted.
    ['Informationen antecknas.', 'informationNoted', null],
    ['Det antecknas att ärendet utgår.', 'informationNoted', null],
    ['Rapporterna läggs till handlingarna.', 'informationNoted', null],
    ['Nämnden för teknik & fritid noterar informationen till protokollet.', 'informationNoted', null],
    ['Fritidsnämnden beslutar följande:\n - Fritidsnämnden har tagit del av informationen.\n\n______________', 'informationNoted', null],
    ['Kommunstyrelsen beslutar:\n - att delegationsbesluten och skrivelserna läggs till handlingarna.', 'informationNoted', null],
    ['Kommunstyrelsen beslutar:\n - att kommunstyrelsen har tagit del av informationen.', 'informationNoted', null],
    ['Förteckningen över anmälda beslut godkänns och läggs till handlingarna.', 'informationNoted', null],
    ['Verksamhetsberättelsen läggs till handlingarna.\nNämnden beviljas ansvarsfrihet för året.', 'decided', null],
    // Decided.
    ['Interpellationen förklaras besvarad.', 'decided', null],
    ['Motionen anses besvarad.', 'decided', null],
    ['Dagordningen godkänns.', 'decided', null],
    ['Sammanträdestiderna för 2026 fastställs.', 'decided', null],
    ['Nämnden beslutar att anta handlingsplanen.', 'decided', null],
    ['Kommunstyrelsen beslutar följande:\n - Kommunstyrelsen fastställer attestreglementet.', 'decided', null],
  ] as const)('%s → %s', (text, outcome, proposedTo) => {
    expect(classifyOutcome(text)).toEqual({ outcome, proposedTo });
  });

  it('reads a proposal to the body that met as the one it decides on', () => {
    const text = 'Kommunstyrelsen föreslår kommunfullmäktige besluta att anta planen.';
    expect(classifyOutcome(text, { body: 'Kommunfullmäktige' })).toEqual({ outcome: 'decided', proposedTo: null });
    expect(classifyOutcome(text, { body: 'Kommunstyrelsen' })).toEqual({ outcome: 'proposed', proposedTo: 'kommunfullmäktige' });
  });

  it('reads a heading that names the decision as no clause of it', () => {
    expect(classifyOutcome('Informationen antecknas.', { heading: 'Kommunfullmäktiges beslut' }).outcome).toBe('informationNoted');
  });

  it('reads an arbetsutskott’s "Förslag till beslut i …" heading as a proposal to that body', () => {
    const classified = classifyOutcome('Miljönämnden godkänner bokslutet.', { heading: 'Förslag till beslut i miljönämnden', body: 'Miljönämndens arbetsutskott' });
    expect(classified).toEqual({ outcome: 'proposed', proposedTo: 'miljönämnden' });
  });
});

const realProtocol = sharedFile('fixtures/protocols/rsau-2024-12-05.txt');

describe.skipIf(!realProtocol)('classifyOutcome on the real protocol’s Beslut sections', () => {
  it('tells the arbetsutskott’s proposals to the board and to fullmäktige from what it settled itself', () => {
    const protocol = parseProtocol(readFileSync(realProtocol!, 'utf8'));
    const outcomes = protocol.paragrafer.map((p) => {
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
