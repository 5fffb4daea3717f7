import { describe, expect, it } from 'vitest';
import {
  CaseNumberConfig,
  findCaseNumbers,
  normaliseCaseNumber,
  parseCaseNumber,
  presetConfig,
  type FormatPresetId,
} from '../../core/casenumber/index.ts';

const found = (text: string, config?: CaseNumberConfig) => findCaseNumbers(text, config).map((m) => m.caseNumber.canonical);
const preset = (id: FormatPresetId) => CaseNumberConfig.parse(presetConfig(id));

describe('case numbers, Region Västerbotten style (default)', () => {
  it.each([
    ['RS 2215-2024', 'RS 2215-2024'],
    ['HSN 62-2025', 'HSN 62-2025'],
    ['RUN 545-2022', 'RUN 545-2022'],
    ['RS 2124:1-2022', 'RS 2124:1-2022'],
    ['RS\n2215-2024', 'RS 2215-2024'],
    ['RS \n2124:1-2022', 'RS 2124:1-2022'],
    ['RS\u00A02215-2024', 'RS 2215-2024'],
    ['RS 2215\u20132024', 'RS 2215-2024'],
    ['RS 2215\u20112024', 'RS 2215-2024'],
  ])('finds %j as %s', (text, canonical) => {
    expect(found(`Se ärendet ${text}, tack.`)).toEqual([canonical]);
  });

  it.each(['SFS 2017:725', '090-785 00 00', '2024-12-05', 'RS 232', 'XRS 1834-2023', 'RS 1834-20233', 'Q1-2025', 'RS 1834-2023x', 'RS 0-2024', 'RS 12-1899'])(
    'does not match %j',
    (text) => {
      expect(found(`Text ${text} text`)).toEqual([]);
    },
  );

  it('reports offsets into the searched text', () => {
    const text = 'Ärendet (RS 2215-2024) bereds.';
    const [m] = findCaseNumbers(text);
    expect(text.slice(m!.start, m!.end)).toBe('RS 2215-2024');
  });

  it('finds several in running text and tables', () => {
    expect(found('cirkulär möbelhantering RS 1179-2024. Tredje\toch HSN 62-2025.')).toEqual(['RS 1179-2024', 'HSN 62-2025']);
  });

  it('parses and normalises one case number', () => {
    expect(parseCaseNumber('Dnr RS 2215–2024')).toMatchObject({ prefix: 'RS', number: '2215', year: 2024, format: 'prefix-number-year' });
    expect(normaliseCaseNumber(' RS\u00A02124:1-2022 ')).toBe('RS 2124:1-2022');
    expect(normaliseCaseNumber('RS 2215-2024 och mer')).toBeNull();
  });

  it('writes the canonical form with the format\'s own separators', () => {
    expect(normaliseCaseNumber('KS2023/456', preset('prefix-year-slash-number'))).toBe('KS 2023/456');
  });

  it('an empty prefix list accepts any capitals, a configured list only those', () => {
    const open = CaseNumberConfig.parse({ formats: ['prefix-number-year'], prefixes: [] });
    expect(found('ABC 12-2024 och RS 3-2024', open)).toEqual(['ABC 12-2024', 'RS 3-2024']);
    expect(found('ABC 12-2024 och RS 3-2024')).toEqual(['RS 3-2024']);
  });
});

describe('case-number presets switch the grammar by configuration', () => {
  it('kommun år/nummer', () => {
    const ks = preset('prefix-year-slash-number');
    expect(found('KS 2023/456, Dnr KS 2018/14, KS2019/198 och RJL2017/101', ks)).toEqual(['KS 2023/456', 'KS 2018/14', 'KS 2019/198', 'RJL 2017/101']);
    expect(found('RS 2215-2024', ks)).toEqual([]);
  });
  it('år-löpnummer', () => {
    const yn = preset('prefix-year-number');
    expect(found('RS 2018-06226 och LS 2018-0632', yn)).toEqual(['RS 2018-06226', 'LS 2018-0632']);
    expect(found('RS 2215-2024', yn)).toEqual([]);
  });
  it('several formats at once, earliest match first', () => {
    const both = CaseNumberConfig.parse({ formats: ['prefix-number-year', 'prefix-year-slash-number'], prefixes: ['RS', 'KS'] });
    expect(found('KS 2023/456 och RS 2215-2024', both)).toEqual(['KS 2023/456', 'RS 2215-2024']);
  });
  it('an organisation format of its own, as data', () => {
    const own = CaseNumberConfig.parse({
      formats: ['{prefix}.{year}.{serial}'],
      prefixes: ['KS', 'KU'],
    });
    expect(found('Se KU.2017.91 och KS.2018.7', own)).toEqual(['KU.2017.91', 'KS.2018.7']);
  });
  it('rejects a prefix written in lower case with a Swedish message', () => {
    const r = CaseNumberConfig.safeParse({ formats: ['prefix-number-year'], prefixes: ['rs'] });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toMatch(/versaler/);
  });
});
