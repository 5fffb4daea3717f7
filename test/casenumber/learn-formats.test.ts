import { describe, expect, it } from 'vitest';
import { CaseNumberConfig, findCaseNumbers, learnFormats } from '../../core/casenumber/index.ts';

const serial = (n: number, width: number) => String(n).padStart(width, '0');

/** An invented archive: three organisations' ways of writing, a few sub-numbers and some one-offs. */
function archive(): string[] {
  const numbers: string[] = [];
  for (let i = 1; i <= 40; i++) numbers.push(`VX-${2022 + (i % 3)}-${serial(i * 37, 5)}`);
  numbers.push('VX-2024-00037:3', 'VX-2023-00074:1');
  for (let i = 1; i <= 20; i++) numbers.push(`${i % 2 ? 'KS KF' : 'BUN'}/2024:${i * 3}`);
  for (let i = 1; i <= 12; i++) numbers.push(`${serial(i * 11, 5)}/2024`);
  numbers.push('MH-2016-2804', 'TN 269:1-2020', 'Q 1', 'Konstig 1/2/3/4', 'XYZ 12-3');
  return numbers;
}

describe('learnFormats', () => {
  it('derives the organisation’s formats, most used first, and leaves one-offs out', () => {
    expect(learnFormats(archive())).toEqual(['{prefix:VX}-{year}-{serial:5}[:{sub}]', '{prefix:BUN|KS KF}/{year}:{serial}', '{serial:5}/{year}']);
  });

  it('counts a case once however often it is labelled', () => {
    expect(learnFormats(['RS 1-2024', 'RS 1-2024', 'RS 1-2024'])).toEqual([]);
    expect(learnFormats(['RS 1-2024', 'RS 2-2024'])).toEqual(['{prefix:RS} {serial}-{year}']);
  });

  it('tells the year from the serial by its values, also with two-digit years and compact forms', () => {
    expect(learnFormats(['1435/22', '17/22', '998/23'])).toEqual(['{serial}/{year:2}']);
    expect(learnFormats(['23RS12809', '24RS00012', '24RS10077'])).toEqual(['{year:2}{prefix:RS}{serial:5}']);
    expect(learnFormats(['2018/0219 KS-5', '2019/0007 KS', '2019/0112 KS'])).toEqual(['{year}/{serial:4} {prefix:KS}[-{sub}]']);
  });

  it('reads a trailing three-digit group after a space as a classification code, not part of the number', () => {
    expect(learnFormats(['2011/KS 0206 001', '2012/KS 0044 002', '2017/KS 0219'])).toEqual(['{year}/{prefix:KS} {serial:4}[ {class}]']);
    expect(learnFormats(['Bun/2022:269 041', 'Bun/2023:802 041', 'Bun/2024:117'])).toEqual(['{prefix:Bun}/{year}:{serial}[ {class}]']);
    const config = CaseNumberConfig.parse({ formats: learnFormats(['2011/KS 0206 001', '2012/KS 0044 002']), prefixes: [] });
    expect(findCaseNumbers('Dnr. 2011/KS 0206 001 och 2013/KS 0117.', config).map((m) => m.caseNumber.canonical)).toEqual(['2011/KS 0206', '2013/KS 0117']);
  });

  it('gives formats that find the numbers in running text', () => {
    const config = CaseNumberConfig.parse({ formats: learnFormats(archive()), prefixes: [] });
    const text = 'Se VX-2023-00111:2, KS KF/2024:9 och 00044/2024 men inte Q 1 eller 2024-05-06.';
    expect(findCaseNumbers(text, config).map((m) => m.caseNumber.canonical)).toEqual(['VX-2023-00111:2', 'KS KF/2024:9', '00044/2024']);
  });
});
