import { describe, expect, it } from 'vitest';
import { bareCaseNumber, labelledCaseNumbers } from '../../core/parse/labelled-case-numbers.ts';

describe('labelled case numbers: any shape after a label, as written', () => {
  const cases: [line: string, written: string[]][] = [
    ['Ärendenummer ABC-2024-00078', ['ABC-2024-00078']],
    ['Ärendenummer: ABC-2024-00009:3', ['ABC-2024-00009:3']],
    ['Dnr KS-2023-00841', ['KS-2023-00841']],
    ['Dnr. 2011/KS 0206 001', ['2011/KS 0206 001']],
    ['DNR: KU.2017.91', ['KU.2017.91']],
    ['Dnr Bun/2022:269 041', ['Bun/2022:269']],
    ['Diarienr KS KF/2023:325', ['KS KF/2023:325']],
    ['Dnr 2018/0219 KS-5', ['2018/0219 KS-5']],
    ['Dnr 941-2011', ['941-2011']],
    ['Ärende nr 1435/22', ['1435/22']],
    ['Diarienummer: RJL 2016/1288', ['RJL 2016/1288']],
    ['Dnr RS 269:1-2020', ['RS 269:1-2020']],
    ['Dnr 23RS12809', ['23RS12809']],
    ['Diarienummer 00322/20241.2.2.', ['00322/2024']],
    ['dnr VO 2023–00265.', ['VO 2023-00265']],
    ['Dnr 2024-00001 Förändring av ärendelista', ['2024-00001']],
    ['Dnr KS 2023/456 Budget 2025', ['KS 2023/456']],
  ];
  for (const [line, written] of cases) {
    it(`reads ${line}`, () => expect(labelledCaseNumbers(line).map((m) => m.written)).toEqual(written));
  }

  it('reads no number after a label that has none', () => {
    expect(labelledCaseNumbers('Dnr saknas')).toEqual([]);
    expect(labelledCaseNumbers('Dnr 2024-03-19')).toEqual([]);
  });
});

describe('bare case numbers: a registry number standing alone', () => {
  it('reads numbers with a prefix or a slash, without their classification code', () => {
    expect(bareCaseNumber('BUN/2024:79')).toBe('BUN/2024:79');
    expect(bareCaseNumber('Bun/2021:409   661')).toBe('Bun/2021:409');
    expect(bareCaseNumber('1435/22')).toBe('1435/22');
    expect(bareCaseNumber('KS KF/2025:6')).toBe('KS KF/2025:6');
  });

  it('takes no date, page number, time, statute or title for one', () => {
    for (const text of ['2024-03-19', 'Sida 8 av 20', '10 (60)', '13.00-14.40', 'SOU 2021:6', 'SFS 2010:800', 'Beslut', 'Meddelanden och delegationsbeslut', '2024-00001']) {
      expect(bareCaseNumber(text), text).toBeNull();
    }
  });
});
