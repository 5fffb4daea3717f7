/**
 * Paragraph numbers as a Swedish protocol writes them: "§ 52", "§§ 52–54", "§§ 52–54, 58".
 * Runs of consecutive numbers are joined with an en dash; the order and duplicates of the input do not matter.
 */
export function paragraphRange(numbers: Iterable<number>): string {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  if (!sorted.length) return '';
  const runs: string[] = [];
  let start = sorted[0]!;
  let end = start;
  for (const n of [...sorted.slice(1), NaN]) {
    if (n === end + 1) {
      end = n;
      continue;
    }
    runs.push(start === end ? String(start) : `${start}–${end}`);
    start = end = n;
  }
  return `${sorted.length === 1 ? '§' : '§§'} ${runs.join(', ')}`;
}
