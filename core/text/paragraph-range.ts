/**
 * Paragraph numbers as runs of consecutive numbers, each written as a Swedish protocol writes it:
 * [54, 52, 53, 58] → ["52–54", "58"]. The order and duplicates of the input do not matter.
 */
export function paragraphRuns(numbers: Iterable<number>): string[] {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const n of sorted) {
    const last = runs[runs.length - 1];
    if (last && n === last[1] + 1) last[1] = n;
    else runs.push([n, n]);
  }
  return runs.map(([a, b]) => (a === b ? `${a}` : `${a}–${b}`));
}

/** "§" before one paragraph's number, "§§" before several. */
export const paragraphSign = (runs: readonly string[]): string => (runs.length === 1 && !runs[0]!.includes('–') ? '§' : '§§');

/** Paragraph numbers as a list: "§ 52", "§§ 52–54", "§§ 52–54, 58"; empty for none. */
export function paragraphRange(numbers: Iterable<number>): string {
  const runs = paragraphRuns(numbers);
  return runs.length ? `${paragraphSign(runs)} ${runs.join(', ')}` : '';
}
