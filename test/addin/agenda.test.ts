import { describe, expect, it } from 'vitest';
import { agendaSkeleton, parseAgenda } from '../../core/addin/agenda.ts';
import { CaseNumberConfig, presetConfig, learnFormats } from '../../core/casenumber/index.ts';
import { findPlaceholders } from '../../core/templates/index.ts';

const AGENDA = `Föredragningslista
Kultur- och fritidsnämnden 2025-03-12
Kl. 13.00, Sammanträdesrum Tallen

Inledande ärenden
1. Fastställande av föredragningslista
2. Val av justerare samt tid för justering

Beslutsärenden
3. Budget för sommarlovsaktiviteter 2025, Dnr KFN 2025/31
4) Revidering av riktlinjer för föreningsbidrag och
   lokalbidrag till studieförbund
   KFN 2024/412
   Föredragande: Lina Berg
5 Ny taxa för bad- och sporthallar (KFN 2025/7, KFN 2024/388)

Informationsärenden
6. Information om ombyggnaden av simhallen
   KFN 2023/90
7. Delegationsbeslut
Kaffe serveras i foajén`;

const kommun = CaseNumberConfig.parse(presetConfig('prefix-year-slash-number'));

describe('reading a pasted agenda', () => {
  const { items, unread } = parseAgenda(AGENDA, kommun);

  it('finds every numbered item with its title, case numbers in the configured format and its type', () => {
    expect(items.map((i) => [i.written, i.title, i.caseNumbers, i.type])).toEqual([
      [1, 'Fastställande av föredragningslista', [], 'foredragningslista'],
      [2, 'Val av justerare samt tid för justering', [], 'val-av-justerare'],
      [3, 'Budget för sommarlovsaktiviteter 2025', ['KFN 2025/31'], 'beslutsarende'],
      [4, 'Revidering av riktlinjer för föreningsbidrag och lokalbidrag till studieförbund', ['KFN 2024/412'], 'beslutsarende'],
      [5, 'Ny taxa för bad- och sporthallar', ['KFN 2025/7', 'KFN 2024/388'], 'beslutsarende'],
      [6, 'Information om ombyggnaden av simhallen', ['KFN 2023/90'], 'informationsarende'],
      [7, 'Delegationsbeslut', [], 'delegationsbeslut'],
    ]);
    expect(items.map((i) => i.group)).toEqual([
      'Inledande ärenden',
      'Inledande ärenden',
      'Beslutsärenden',
      'Beslutsärenden',
      'Beslutsärenden',
      'Informationsärenden',
      'Informationsärenden',
    ]);
  });

  it('says which lines it did not read instead of dropping them', () => {
    expect(unread).toEqual([{ line: 21, text: 'Kaffe serveras i foajén' }]);
  });

  it('builds the skeleton of the whole list: numbers from the first § number, titles, case numbers, section headings', () => {
    const skeleton = agendaSkeleton(items, { firstNumber: 41, body: 'Kultur- och fritidsnämnden' });
    expect(skeleton.map((p) => `§ ${p.number} ${p.title}`)).toEqual([
      '§ 41 Fastställande av föredragningslista',
      '§ 42 Val av justerare samt tid för justering',
      '§ 43 Budget för sommarlovsaktiviteter 2025',
      '§ 44 Revidering av riktlinjer för föreningsbidrag och lokalbidrag till studieförbund',
      '§ 45 Ny taxa för bad- och sporthallar',
      '§ 46 Information om ombyggnaden av simhallen',
      '§ 47 Delegationsbeslut',
    ]);
    expect(skeleton[4]!.caseNumbers).toEqual(['KFN 2025/7', 'KFN 2024/388']);
    expect(skeleton[2]!.sections.map((s) => s.heading)).toEqual(['Sammanfattning', 'Förslag till beslut', 'Beslut']);
    expect(skeleton[5]!.sections.map((s) => s.heading)).toContain('Sammanfattning');
    // What the clerk still has to write is marked, so the check finds it before signing.
    expect(findPlaceholders(skeleton[2]!.sections[0]!.text)).not.toEqual([]);
  });

  it('keeps the agenda\'s own § numbers when it has them, and reads the default region format', () => {
    const { items: own } = parseAgenda('§ 218 Fastställande av föredragningslista\n§ 219 Val av justerare\n§ 220 Finansrapport RS 113-2024');
    expect(own.map((i) => [i.written, i.caseNumbers])).toEqual([
      [218, []],
      [219, []],
      [220, ['RS 113-2024']],
    ]);
    expect(agendaSkeleton(own, { firstNumber: 1, body: 'Regionstyrelsen' }).map((p) => p.number)).toEqual([218, 219, 220]);
  });

  describe("takes case numbers out of the titles in the organisation's own shapes", () => {
    const AGENDA_OF = (...cases: string[]) => cases.map((c, i) => `${i + 1}. Ärende nummer ${i + 1} ${c}`).join('\n');
    const read = (text: string, config: CaseNumberConfig) => parseAgenda(text, config).items.map((i) => [i.title, i.caseNumbers]);

    it('by a preset, by a template in the notation, and by formats learned from protocols', () => {
      const text = AGENDA_OF('KS 2025/12', 'SBN-2024-00417', 'Dnr. 2011/KS 0206 001');
      const expected = [
        ['Ärende nummer 1', ['KS 2025/12']],
        ['Ärende nummer 2', ['SBN-2024-00417']],
        ['Ärende nummer 3', ['2011/KS 0206']],
      ];
      const byNotation = CaseNumberConfig.parse({ formats: ['prefix-year-slash-number', '{prefix}-{year}-{serial:5}', 'year-prefix-number'], prefixes: ['KS', 'SBN'] });
      expect(read(text, byNotation)).toEqual(expected);
      // What a feed's manifest carries: formats learned from the organisation's protocols, no prefix list.
      const learned = CaseNumberConfig.parse({ formats: learnFormats(['KS 2024/3', 'KS 2025/118', 'SBN-2023-00012', 'SBN-2024-00230']), prefixes: [] });
      expect(read(AGENDA_OF('KS 2025/12', 'SBN-2024-00417'), learned)).toEqual(expected.slice(0, 2));
    });

    it('leaves text the formats do not read in the title, for the clerk to see', () => {
      expect(read(AGENDA_OF('KS 2025/12'), CaseNumberConfig.parse(presetConfig('prefix-number-year')))).toEqual([['Ärende nummer 1 KS 2025/12', []]]);
    });
  });
});
