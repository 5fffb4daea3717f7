import { describe, expect, it } from 'vitest';
import { fillTemplate, findPlaceholders, renderParagraph, TEMPLATES } from '../../core/templates/index.ts';
import { Paragraf } from '../../core/model/protocol.ts';
import { entry } from './support.ts';

const AU = { body: 'Regionstyrelsens arbetsutskott' };

describe('fillTemplate, word for word', () => {
  it('fastställande av föredragningslista uses the standard phrasing', () => {
    const p = fillTemplate(entry({ type: 'foredragningslista', number: 41 }), AU);
    expect(renderParagraph(p)).toBe(
      [
        '§ 41 Fastställande av föredragningslista',
        '',
        'Sammanfattning',
        'Förslag till föredragningslista har upprättats.',
        '',
        'Förslag till beslut',
        'Föredragningslistan fastställs.',
        '',
        'Beslut',
        'Föredragningslistan fastställs.',
        '',
      ].join('\n'),
    );
  });

  it('val av justerare names the justerare and the digital deadline', () => {
    const p = fillTemplate(
      entry({ type: 'val-av-justerare', number: 42, justering: { justerare: [{ person: 'Maria Lindqvist', party: 'C' }], date: '2025-03-17' } }),
      AU,
    );
    expect(p.title).toBe('Val av justerare samt tid för justering');
    expect(p.caseNumbers).toEqual([]);
    expect(p.sections).toEqual([
      {
        kind: 'beslut',
        heading: 'Beslut',
        text: 'Maria Lindqvist (C) utses att justera protokollet tillsammans med ordförande. Justeringen sker digitalt senast den 17 mars 2025.',
        line: 3,
      },
    ]);
  });

  it('val av justerare with a place', () => {
    const p = fillTemplate(
      entry({
        type: 'val-av-justerare',
        number: 2,
        justering: { justerare: [{ person: 'Ida Holm', party: 'S' }, { person: 'Jon Ek', party: 'M' }], date: '2025-02-07', place: 'Regionens hus, Fjällby' },
      }),
      { body: 'Styrgrupp' },
    );
    expect(p.sections[0]!.text).toBe(
      'Ida Holm (S) och Jon Ek (M) utses att justera protokollet tillsammans med ordförande. Justeringen sker på Regionens hus, Fjällby senast den 7 februari 2025.',
    );
  });

  it('informationsärende notes the information', () => {
    const p = fillTemplate(
      entry({ type: 'informationsarende', number: 43, title: 'Informationer', caseNumbers: ['RS 31-2025'], sammanfattning: 'Regiondirektören informerar om läget.' }),
      AU,
    );
    expect(renderParagraph(p)).toBe(
      '§ 43 Informationer\nRS 31-2025\n\nSammanfattning\nRegiondirektören informerar om läget.\n\nBeslut\nInformationen noteras till protokollet.\n',
    );
  });

  it('beslutsärende decides as proposed, with deltar ej and beslutsunderlag', () => {
    const p = fillTemplate(
      entry({
        type: 'beslutsarende',
        number: 44,
        title: 'Förhandlingar 2025',
        caseNumbers: ['RS 4-2025'],
        sammanfattning: 'En förteckning över förhandlingar har upprättats.',
        forslagTillBeslut: 'Redovisningen noteras och läggs till handlingarna.',
        deltarEj: [{ person: 'Jonas Ek', party: 'M' }, { person: 'Lisa Rönn', party: 'C' }],
        beslutsunderlag: ['Förteckning över förhandlingar'],
      }),
      AU,
    );
    expect(p.sections.map((s) => [s.heading, s.text, s.line])).toEqual([
      ['Sammanfattning', 'En förteckning över förhandlingar har upprättats.', 4],
      ['Förslag till beslut', 'Redovisningen noteras och läggs till handlingarna.', 7],
      ['Beslut', 'Redovisningen noteras och läggs till handlingarna.', 10],
      ['Deltar ej i beslutet', 'Jonas Ek (M) och Lisa Rönn (C) deltar inte i beslutet.', 13],
      ['Beslutsunderlag', 'Förteckning över förhandlingar', 16],
    ]);
  });

  it('beredningsärende proposes to the board in both Förslag till beslut and Beslut', () => {
    const p = fillTemplate(
      entry({
        type: 'beredningsarende',
        number: 45,
        title: 'Finansrapport per februari 2025',
        caseNumbers: ['RS 113-2025'],
        sammanfattning: 'Finansrapporten har upprättats.',
        forslagTillBeslut: 'Finansrapport per februari 2025 godkänns.',
        proposedTo: 'Regionstyrelsen',
      }),
      AU,
    );
    const text = (kind: string) => p.sections.find((s) => s.kind === kind)!.text;
    expect(text('forslagTillBeslut')).toBe('Arbetsutskottet föreslår att regionstyrelsen beslutar\nFinansrapport per februari 2025 godkänns.');
    expect(text('beslut')).toBe('Arbetsutskottet föreslår att regionstyrelsen beslutar\nFinansrapport per februari 2025 godkänns.');
  });

  it('does not write the proposal lead twice when the clerk already wrote it', () => {
    const p = fillTemplate(
      entry({
        type: 'beredningsarende',
        number: 45,
        title: 'X',
        caseNumbers: ['RS 113-2025'],
        forslagTillBeslut: 'Arbetsutskottet föreslår att regionstyrelsen beslutar\nRapporten godkänns.',
        proposedTo: 'Regionstyrelsen',
      }),
      AU,
    );
    expect(p.sections.find((s) => s.kind === 'forslagTillBeslut')!.text).toBe('Arbetsutskottet föreslår att regionstyrelsen beslutar\nRapporten godkänns.');
  });

  it('ärende med yrkanden: the chosen yrkande becomes the Beslut and a reservation is recorded', () => {
    const p = fillTemplate(
      entry({
        type: 'yrkanden',
        number: 47,
        title: 'Riktlinje för resor i tjänsten',
        caseNumbers: ['RS 377-2025'],
        sammanfattning: 'Förvaltningen har reviderat riktlinjen.',
        forslagTillBeslut: 'Riktlinjen antas.',
        yrkanden: [
          { person: 'Sofia Nyberg', party: 'S', kind: 'bifall' },
          { person: 'Jonas Ek', party: 'M', proposal: 'att riktlinjen antas med tillägget att tåg ska väljas före flyg', supportedBy: [{ person: 'Lisa Rönn', party: 'C' }] },
        ],
        beslutsgang: { winner: 1 },
        reservationer: [{ person: 'Sofia Nyberg', party: 'S' }],
      }),
      AU,
    );
    expect(renderParagraph(p)).toBe(
      [
        '§ 47 Riktlinje för resor i tjänsten',
        'RS 377-2025',
        '',
        'Sammanfattning',
        'Förvaltningen har reviderat riktlinjen.',
        '',
        'Förslag till beslut',
        'Riktlinjen antas.',
        '',
        'Förslag till beslut under sammanträdet',
        'Sofia Nyberg (S) yrkar bifall till liggande förslag.',
        '',
        'Jonas Ek (M), med stöd av Lisa Rönn (C), yrkar att riktlinjen antas med tillägget att tåg ska väljas före flyg.',
        '',
        'Beslutsgång',
        'Ordförande ställer Jonas Eks (M) förslag mot liggande förslag och finner att arbetsutskottet beslutar enligt Jonas Eks (M) förslag.',
        '',
        'Beslut',
        'Riktlinjen antas med tillägget att tåg ska väljas före flyg.',
        '',
        'Reservationer',
        'Sofia Nyberg (S) reserverar sig mot beslutet.',
        '',
      ].join('\n'),
    );
  });

  it('återremiss: the matter is sent back and the Beslut is the meeting’s own, not a proposal', () => {
    const p = fillTemplate(
      entry({
        type: 'aterremiss',
        number: 48,
        title: 'Lokalförsörjningsplan',
        caseNumbers: ['RS 290-2025'],
        sammanfattning: 'En plan har tagits fram.',
        forslagTillBeslut: 'Planen godkänns.',
        proposedTo: 'Regionstyrelsen',
        yrkanden: [{ person: 'Jonas Ek', party: 'M', kind: 'aterremiss', proposal: 'För att komplettera planen med kostnader per ort.' }],
      }),
      AU,
    );
    const text = (kind: string) => p.sections.find((s) => s.kind === kind)!.text;
    expect(text('yrkanden')).toBe('Jonas Ek (M) yrkar att ärendet ska återremitteras för att komplettera planen med kostnader per ort.');
    expect(text('beslutsgang')).toBe(
      'Ordförande frågar om ärendet ska avgöras i dag eller återremitteras och finner att arbetsutskottet beslutar att ärendet ska återremitteras.',
    );
    expect(text('beslut')).toBe('Ärendet återremitteras för att komplettera planen med kostnader per ort.');
  });

  it('anmälan av delegationsbeslut lists the decisions', () => {
    const p = fillTemplate(
      entry({
        type: 'delegationsbeslut',
        number: 50,
        caseNumbers: ['RS 30-2025'],
        delegationsbeslut: ['Beslut om tillförordnad regiondirektör 2025-02-17, RS 201-2025', 'Upptagande av lån 2025-02-24, RS 95-2025'],
      }),
      AU,
    );
    expect(p.sections.map((s) => s.text)).toEqual([
      'Följande beslut fattade med stöd av delegation anmäls till arbetsutskottet:\nBeslut om tillförordnad regiondirektör 2025-02-17, RS 201-2025\nUpptagande av lån 2025-02-24, RS 95-2025',
      'Anmälan av delegationsbeslut noteras till protokollet.',
      'Anmälan av delegationsbeslut noteras till protokollet.',
    ]);
  });

  it('normalises case numbers the clerk typed loosely', () => {
    const p = fillTemplate(entry({ type: 'beslutsarende', number: 1, title: 'T', caseNumbers: ['RS 113–2025'] }), AU);
    expect(p.caseNumbers).toEqual(['RS 113-2025']);
  });
});

describe('fillTemplate, every template', () => {
  const minimal: Record<string, object> = {
    'val-av-justerare': { justering: { justerare: [{ person: 'Ida Holm', party: 'S' }], date: '2025-03-17' } },
    beredningsarende: { proposedTo: 'Regionstyrelsen' },
    yrkanden: { yrkanden: [{ person: 'Ida Holm', party: 'S', proposal: 'att förslaget avslås' }] },
    omrostning: {
      yrkanden: [{ person: 'Ida Holm', party: 'S', kind: 'avslag' }],
      omrostning: { ja: 'liggande', nej: 0, count: { ja: 5, nej: 2 } },
    },
    aterremiss: { yrkanden: [{ person: 'Ida Holm', party: 'S', kind: 'aterremiss', proposal: 'utreda mer' }] },
  };

  it.each(TEMPLATES.map((t) => [t.id, t] as const))('%s gives a valid Paragraf; missing text is a placeholder the checker finds', (id, t) => {
    const input = entry({ type: id, number: 7, caseNumbers: t.needsCaseNumber ? ['RS 1-2025'] : [], ...minimal[id] });
    const p = Paragraf.parse(fillTemplate(input, AU));
    expect(p.sections.map((s) => s.kind)).toEqual(t.sections.filter((s) => s.presence === 'always').map((s) => s.kind));
    const rendered = renderParagraph(p).split('\n');
    for (const s of p.sections) expect(rendered[s.line - 1]).toBe(s.heading);
    const holes = findPlaceholders(renderParagraph(p));
    if (t.defaultTitle === null) expect(holes.map((h) => h.text)).toContain('[Skriv rubrik]');
    if (t.sections.some((s) => s.kind === 'sammanfattning') && !t.phrases.sammanfattning) {
      expect(holes.map((h) => h.text)).toContain('[Skriv sammanfattning]');
    }
  });

  it('keeps sections the template lacks when the clerk gave them', () => {
    const p = fillTemplate(
      entry({
        type: 'beslutsarende',
        number: 3,
        title: 'T',
        caseNumbers: ['RS 1-2025'],
        forslagTillBeslut: 'Förslaget godkänns.',
        yrkanden: [{ person: 'Ida Holm', party: 'S', kind: 'bifall' }],
      }),
      AU,
    );
    expect(p.sections.map((s) => s.kind)).toEqual(['sammanfattning', 'forslagTillBeslut', 'yrkanden', 'beslutsgang', 'beslut']);
    expect(p.sections[3]!.text).toBe('Ordförande frågar om arbetsutskottet kan bifalla liggande förslag, vilket arbetsutskottet godkänner.');
  });
});
