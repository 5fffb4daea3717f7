import { describe, expect, it } from 'vitest';
import { CaseNumberConfig, FORMAT_PRESETS, FORMAT_PRESET_IDS, findCaseNumbers, parseCaseNumber, resolveFormats } from '../../core/casenumber/index.ts';
import { describeIssues } from '../../core/swedish-issues.ts';

const found = (text: string, formats: string[], prefixes: string[] = []) =>
  findCaseNumbers(`Se ${text}, tack.`, CaseNumberConfig.parse({ formats, prefixes })).map((m) => [m.raw, m.caseNumber.canonical]);

describe('the case-number notation expresses every shape', () => {
  it.each([
    ['ABC-2024-00078', '{prefix}-{year}-{serial:5}[:{sub}]', 'ABC-2024-00078'],
    ['ABC-2024-00009:3', '{prefix}-{year}-{serial:5}[:{sub}]', 'ABC-2024-00009:3'],
    ['KS-2023-00841', 'prefix-dash-year-number', 'KS-2023-00841'],
    ['2011/KS 0206 001', '{year}/{prefix} {serial:4}[ {class}]', '2011/KS 0206'],
    ['KU.2017.91', '{prefix}.{year}.{serial}', 'KU.2017.91'],
    ['Bun/2022:269 041', 'prefix-year-colon-number', 'Bun/2022:269'],
    ['KS KF/2023:325', '{prefix:KS KF|BUN}/{year}:{serial}', 'KS KF/2023:325'],
    ['2018/0219 KS-5', '{year}/{serial:4} {prefix}[-{sub}]', '2018/0219 KS-5'],
    ['941-2011', '{serial}-{year}', '941-2011'],
    ['1435/22', '{serial}/{year:2}', '1435/22'],
    ['RJL 2016/1288', 'prefix-year-slash-number', 'RJL 2016/1288'],
    ['RS 269:1-2020', '{prefix} {serial}[:{sub}]-{year}', 'RS 269:1-2020'],
    ['RS 2215\u20132024', 'prefix-number-year', 'RS 2215-2024'],
    ['RS 2018-06226', 'prefix-year-number', 'RS 2018-06226'],
    ['KS2023/456', '{prefix}[ ]{year}/{serial}', 'KS 2023/456'],
    ['23RS12809', '{year:2}{prefix}{serial:5}', '23RS12809'],
    ['00322/2024', '{serial:5}/{year}', '00322/2024'],
  ])('%s with %s', (text, format, canonical) => {
    expect(found(text, [format], ['ABC', 'KS', 'KU', 'Bun', 'RJL', 'RS'])).toEqual([[text, canonical]]);
  });

  it('reads the parts: prefix, serial, four-digit year, sub-number and classification code', () => {
    const config = CaseNumberConfig.parse({ formats: ['{prefix}/{year:2}:{serial}[:{sub}][ {class}]'], prefixes: ['Bun'] });
    expect(parseCaseNumber('Dnr Bun/22:269:4 041', config)).toEqual({
      prefix: 'Bun',
      number: '269',
      year: 2022,
      sub: '4',
      classCode: '041',
      format: '{prefix}/{year:2}:{serial}[:{sub}][ {class}]',
      canonical: 'Bun/22:269:4',
    });
  });

  it('keeps the edges: no match glued to letters or digits, and a padded serial has its width', () => {
    expect(found('X941-2011 och 941-20111', ['number-year'])).toEqual([]);
    expect(found('2024-0013 och 2024-000131', ['year-number'])).toEqual([]);
    expect(found('RS 0-2024', ['{prefix} {serial}-{year}'], ['RS'])).toEqual([]);
  });

  it('a format that names its own prefixes ignores the configured ones', () => {
    expect(found('KS 2023/456 och BN 2023/7', ['{prefix:BN} {year}/{serial}'], ['KS'])).toEqual([['BN 2023/7', 'BN 2023/7']]);
  });

  it('every preset is a valid template with an example it finds', () => {
    for (const id of FORMAT_PRESET_IDS) {
      const preset = FORMAT_PRESETS[id];
      const prefix = /\p{L}+(?: \p{L}+)*/u.exec(preset.example)?.[0];
      const config = CaseNumberConfig.parse({ formats: [id], prefixes: prefix ? [prefix] : [] });
      expect(findCaseNumbers(`Se ${preset.example}.`, config).map((m) => m.raw), id).toEqual([preset.example]);
    }
  });

  it('makes an example of a template of the organisation’s own', () => {
    const [format] = resolveFormats(CaseNumberConfig.parse({ formats: ['{prefix}-{year}-{serial:5}'], prefixes: ['VO'] }));
    expect(format).toMatchObject({ id: '{prefix}-{year}-{serial:5}', example: 'VO-2024-00123' });
  });
});

describe('an invalid format is named with what is allowed, in Swedish', () => {
  const problem = (formats: unknown, prefixes: unknown = []) => {
    const r = CaseNumberConfig.safeParse({ formats, prefixes });
    return r.success ? '' : describeIssues(r.error);
  };

  it.each([
    [['{prefx} {serial}-{year}'], /formats\[0\]: formatet ”\{prefx\} \{serial\}-\{year\}”: \{prefx\} är inget fält; fälten är \{prefix\}, \{year\}/],
    [['{prefix} {serial}'], /formats\[0\].*\{year\} exakt en gång/],
    [['{prefix} {serial}-{year}', 'prefix-nummer-ar'], /formats\[1\]: ”prefix-nummer-ar” är inget känt förval; skriv ett förval \(prefix-number-year, /],
    [['{prefix}#{serial}-{year}'], /tecknet ”#” kan inte stå i ett format/],
    [['{prefix} {serial:0}-{year}'], /\{serial:5\} eller \{serial:3-6\}/],
    [['[{prefix} ]{serial}-{year'], /stängs aldrig/],
    [[{ id: 'egen', body: '(?<number>\\d+)' }], /formats\[0\]: ett diarienummerformat skrivs som ett förval/],
    [[], /formats: ange minst ett format/],
  ])('%j', (formats, message) => {
    expect(problem(formats)).toMatch(message);
  });

  it('names a bad prefix', () => {
    expect(problem(['prefix-number-year'], ['RS', 'rs'])).toMatch(/prefixes\[1\]: prefixet ska skrivas som i diariet, med versaler först/);
  });
});
