import { describe, expect, it } from 'vitest';
import { bodyName, parseEntryInput, writeBeslutsgang, writeYrkanden } from '../../core/templates/index.ts';
import { entry } from './support.ts';

const AU = bodyName('Regionstyrelsens arbetsutskott');
const HSN = bodyName('Hälso- och sjukvårdsnämnden');

describe('writeBeslutsgang', () => {
  it('puts återremiss first, then the remaining proposal against liggande förslag', () => {
    const input = entry({
      type: 'yrkanden',
      number: 1,
      yrkanden: [
        { person: 'Jonas Ek', party: 'M', kind: 'aterremiss', proposal: 'utreda kostnaderna' },
        { person: 'Jonas Ek', party: 'M', proposal: 'att ärendet avslås i sin helhet' },
      ],
      beslutsgang: { firstQuestion: 'avgorsIdag', winner: 'liggande' },
    });
    expect(writeBeslutsgang(input, AU)).toBe(
      'Ordförande frågar om ärendet ska avgöras i dag eller återremitteras och finner att arbetsutskottet beslutar att ärendet ska avgöras i dag.\n' +
        'Därefter ställer ordförande Jonas Eks (M) förslag mot liggande förslag och finner att arbetsutskottet beslutar enligt liggande förslag.',
    );
  });

  it('puts bordläggning before återremiss and stops when the matter is tabled', () => {
    const input = entry({
      type: 'yrkanden',
      number: 1,
      yrkanden: [
        { person: 'Jonas Ek', party: 'M', kind: 'aterremiss', proposal: 'utreda kostnaderna' },
        { person: 'Lisa Rönn', party: 'C', kind: 'bordlaggning', proposal: 'till nästa sammanträde' },
      ],
      beslutsgang: { firstQuestion: 'bordlaggs' },
    });
    expect(writeBeslutsgang(input, HSN)).toBe(
      'Ordförande frågar om ärendet ska avgöras i dag eller bordläggas och finner att nämnden beslutar att ärendet ska bordläggas.',
    );
    expect(writeYrkanden(input.yrkanden)).toBe(
      'Jonas Ek (M) yrkar att ärendet ska återremitteras för att utreda kostnaderna.\n\nLisa Rönn (C) yrkar att ärendet ska bordläggas till nästa sammanträde.',
    );
  });

  it('asks both questions when bordläggning fails and återremiss wins', () => {
    const input = entry({
      type: 'yrkanden',
      number: 1,
      yrkanden: [
        { person: 'Jonas Ek', party: 'M', kind: 'aterremiss', proposal: 'utreda kostnaderna' },
        { person: 'Lisa Rönn', party: 'C', kind: 'bordlaggning' },
      ],
      beslutsgang: { firstQuestion: 'aterremitteras' },
    });
    expect(writeBeslutsgang(input, bodyName('Regionstyrelsen'))).toBe(
      'Ordförande frågar om ärendet ska avgöras i dag eller bordläggas och finner att regionstyrelsen beslutar att ärendet ska avgöras i dag.\n' +
        'Därefter frågar ordförande om ärendet ska avgöras i dag eller återremitteras och finner att regionstyrelsen beslutar att ärendet ska återremitteras.',
    );
  });

  it('puts several proposals against each other', () => {
    const input = entry({
      type: 'yrkanden',
      number: 1,
      yrkanden: [
        { person: 'Jonas Ek', party: 'M', kind: 'avslag' },
        { person: 'Anders Nilsson', party: 'V', proposal: 'att beloppet höjs till 3 miljoner kronor' },
      ],
      beslutsgang: { winner: 0 },
    });
    expect(writeBeslutsgang(input, AU)).toBe(
      'Ordförande ställer förslagen mot varandra och finner att arbetsutskottet beslutar enligt Jonas Eks (M) avslagsyrkande.',
    );
  });

  it('ends with "Omröstning begärs." when a vote follows', () => {
    const input = entry({
      type: 'omrostning',
      number: 1,
      yrkanden: [{ person: 'Anders Nilsson', party: 'V', proposal: 'att avgiften tas bort' }],
      omrostning: { ja: 'liggande', nej: 0, count: { ja: 7, nej: 4, avstar: 2 } },
    });
    expect(writeBeslutsgang(input, HSN)).toBe(
      'Ordförande ställer Anders Nilssons (V) förslag mot liggande förslag och finner att nämnden beslutar enligt liggande förslag.\nOmröstning begärs.',
    );
  });
});

describe('writeBeslutsgang with kontraproposition', () => {
  it('first chooses the motförslag, then puts it against liggande förslag', () => {
    const input = entry({
      type: 'yrkanden',
      number: 1,
      yrkanden: [
        { person: 'Jonas Ek', party: 'M', kind: 'avslag' },
        { person: 'Anders Nilsson', party: 'V', proposal: 'att beloppet höjs till 3 miljoner kronor' },
      ],
      beslutsgang: { motforslag: 1, winner: 'liggande' },
    });
    expect(writeBeslutsgang(input, AU)).toBe(
      'Ordförande ställer Jonas Eks (M) avslagsyrkande mot Anders Nilssons (V) förslag för att utse motförslag till liggande förslag ' +
        'och finner att arbetsutskottet utser Anders Nilssons (V) förslag till motförslag.\n' +
        'Därefter ställer ordförande Anders Nilssons (V) förslag mot liggande förslag och finner att arbetsutskottet beslutar enligt liggande förslag.',
    );
  });

  it('refuses a motförslag that is not a proposal in the matter', () => {
    const r = parseEntryInput({
      type: 'yrkanden',
      number: 1,
      yrkanden: [{ person: 'Jonas Ek', party: 'M', kind: 'bifall' }, { person: 'Anders Nilsson', party: 'V', proposal: 'att beloppet höjs' }],
      beslutsgang: { motforslag: 0 },
    });
    expect(r.ok ? [] : r.issues.map((i) => i.message)).toEqual([
      'Yrkande nr 1 är inget eget förslag i sakfrågan och kan inte ställas mot liggande förslag',
    ]);
  });
});
