import { describe, expect, it } from 'vitest';
import { paragraphRange } from '../../core/text/paragraph-range.ts';

describe('paragraphRange', () => {
  it.each([
    [[52], '§ 52'],
    [[52, 52], '§ 52'],
    [[52, 53], '§§ 52–53'],
    [[54, 52, 53, 58], '§§ 52–54, 58'],
    [[1, 3, 5], '§§ 1, 3, 5'],
    [[], ''],
  ])('%j reads %s', (numbers, expected) => {
    expect(paragraphRange(numbers)).toBe(expected);
  });
});
