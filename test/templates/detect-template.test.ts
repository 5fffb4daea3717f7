import { describe, expect, it } from 'vitest';
import { detectTemplate, fillTemplate, TEMPLATES, type EntryInputRaw } from '../../core/templates/index.ts';
import type { Paragraf } from '../../core/model/protocol.ts';
import { entry } from './support.ts';

const AU = { body: 'Regionstyrelsens arbetsutskott' };

const INPUTS: Record<string, Omit<EntryInputRaw, 'type' | 'number'>> = {
  foredragningslista: {},
  'val-av-justerare': { justering: { justerare: [{ person: 'Ida Holm', party: 'S' }], date: '2025-03-17' } },
  informationsarende: { title: 'Informationer', caseNumbers: ['RS 33-2025'], sammanfattning: 'Regiondirektören informerar.' },
  beslutsarende: { title: 'Förhandlingar 2025', caseNumbers: ['RS 4-2025'], forslagTillBeslut: 'Redovisningen noteras och läggs till handlingarna.' },
  beredningsarende: { title: 'Finansrapport', caseNumbers: ['RS 118-2025'], forslagTillBeslut: 'Rapporten godkänns.', proposedTo: 'Regionstyrelsen' },
  yrkanden: { title: 'Riktlinje', caseNumbers: ['RS 377-2025'], forslagTillBeslut: 'Riktlinjen antas.', yrkanden: [{ person: 'Jonas Ek', party: 'M', kind: 'avslag' }], proposedTo: 'Regionstyrelsen' },
  omrostning: {
    title: 'Taxa',
    caseNumbers: ['RS 412-2025'],
    forslagTillBeslut: 'Taxan fastställs.',
    yrkanden: [{ person: 'Jonas Ek', party: 'M', kind: 'avslag' }],
    omrostning: { ja: 'liggande', nej: 0, count: { ja: 4, nej: 3 } },
  },
  aterremiss: { title: 'Plan', caseNumbers: ['RS 290-2025'], forslagTillBeslut: 'Planen godkänns.', yrkanden: [{ person: 'Jonas Ek', party: 'M', kind: 'aterremiss', proposal: 'utreda' }] },
  delegationsbeslut: { caseNumbers: ['RS 30-2025'], delegationsbeslut: ['Lån, RS 95-2025'] },
};

function paragraph(title: string, sections: [Paragraf['sections'][number]['kind'], string][]): Paragraf {
  return { number: 1, title, caseNumbers: [], line: 1, sections: sections.map(([kind, text], i) => ({ kind, heading: kind, text, line: i + 2 })) };
}

describe('detectTemplate', () => {
  it.each(TEMPLATES.map((t) => t.id))('recognises a filled %s', (id) => {
    expect(detectTemplate(fillTemplate(entry({ type: id, number: 9, ...INPUTS[id] }), AU))).toBe(id);
  });

  it('recognises other organisations’ titles for the formal items', () => {
    expect(detectTemplate(paragraph('Godkännande av dagordning', [['beslut', 'Dagordningen godkänns.']]))).toBe('foredragningslista');
    expect(detectTemplate(paragraph('Val av justerare', [['beslut', 'Hanna Berglund (S) utses att justera.']]))).toBe('val-av-justerare');
    expect(detectTemplate(paragraph('Information om läget i vården', [['beslut', 'Informationen noteras.']]))).toBe('informationsarende');
    expect(detectTemplate(paragraph('Redovisning av delegationsbeslut', [['beslut', 'Redovisningen läggs till handlingarna.']]))).toBe('delegationsbeslut');
  });

  it.each([
    ['foredragningslista', ['Dagordning', 'Justering av dagordningen', 'Fastställande av föredragningslistan']],
    ['val-av-justerare', ['Justerare', 'Val av protokollsjusterare', 'Utse justerare och tid för justering']],
    [
      'informationsarende',
      [
        'Mötets öppnande',
        'Upprop',
        'Informationsärenden',
        'Förvaltningschefen informerar',
        'Meddelanden',
        'Anmälningsärenden',
        'Frågor',
        'Allmänhetens frågestund',
        'Interpellation om vinterväghållningen',
        'Inga interpellationer har inkommit',
      ],
    ],
    ['delegationsbeslut', ['Delegationsbeslut anmäls', 'Anmälan om delegationsbeslut', 'Anmälan av delegeringsbeslut och meddelanden']],
  ] as const)('tells a %s by its title in other house styles', (id, titles) => {
    for (const title of titles) expect([title, detectTemplate(paragraph(title, []))]).toEqual([title, id]);
  });

  it('tells the närvaro, reports from courses and the courses to come by their titles, whatever they decide', () => {
    for (const title of ['Beslut om godkännande av närvaro', 'Rapporter från kurser/konferenser/möten/besök', 'Kommande utbildningar/konferenser/kurser']) {
      expect([title, detectTemplate(paragraph(title, [['beslut', 'Noteras.']]))]).toEqual([title, 'informationsarende']);
    }
  });

  it('takes a § with no decision content for one where the meeting was told something', () => {
    expect(detectTemplate(paragraph('Föreläggande om avloppsanordning', [['other', 'Ärendet publiceras inte i sin helhet på webben.']]))).toBe('informationsarende');
    expect(detectTemplate(paragraph('Föreläggande om avloppsanordning', [['forslagTillBeslut', 'Föreläggandet meddelas.']]))).toBe('beslutsarende');
  });

  it('does not take a matter for a formal item because of a word in its title', () => {
    for (const title of ['Taxa för information och rådgivning', 'Ansökan om bidrag till föreningen Frågor & Svar', 'Motion om justerade avgifter']) {
      expect([title, detectTemplate(paragraph(title, [['beslut', 'Ansökan bifalls.']]))]).toEqual([title, 'beslutsarende']);
    }
  });

  it('takes a refused återremiss for a decision with yrkanden, not an återremiss', () => {
    expect(
      detectTemplate(
        paragraph('Samspel sjukhus och primärvård', [
          ['yrkanden', 'Anna Berg (S) yrkar på återremiss.'],
          ['beslutsgang', 'Ordförande frågar om ärendet ska avgöras i dag eller återremitteras och finner att det ska avgöras i dag.'],
          ['beslut', 'Arbetsutskottet föreslår att regionfullmäktige beslutar\nRapporten godkänns.'],
        ]),
      ),
    ).toBe('yrkanden');
  });
});
