import { describe, expect, it } from 'vitest';
import { caseKey } from '../../core/casenumber/index.ts';

describe('caseKey: one key per case, however it is written', () => {
  it.each([
    ['ABC-2024-00009:3', 'ABC-2024-00009'],
    ['RS 269:1-2020', 'RS 269-2020'],
    ['RS 2215\u20132024', 'rs 2215-2024'],
    ['RS\u00A02215 - 2024', 'RS 2215-2024'],
    ['KS KF/2023:325', 'ks  kf/2023:325'],
    ['KS2019/198', 'KS 2019/198'],
    ['Bun/2022:269', 'BUN/2022:269'],
  ])('%j is the case %j', (a, b) => {
    expect(caseKey(a)).toBe(caseKey(b));
  });

  it.each([
    ['Bun/2022:269', 'Bun/2022'],
    ['KS KF/2023:325', 'KS KF/2023:326'],
    ['RS 269-2020', 'RS 269-2021'],
    ['1435/22', '1435/23'],
  ])('%j and %j are different cases', (a, b) => {
    expect(caseKey(a)).not.toBe(caseKey(b));
  });
});
