/** Swedish dates as written in protocols, to ISO `YYYY-MM-DD`. */

const MONTHS = [
  'januari', 'februari', 'mars', 'april', 'maj', 'juni',
  'juli', 'augusti', 'september', 'oktober', 'november', 'december',
];
const MONTH_ALT = MONTHS.join('|');

const ISO = /(?<![\d-])((?:19|20)\d{2})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?![\d-])/;
const LONG = new RegExp(`(?<!\\d)([1-9]|[12]\\d|3[01])(?:\\s*:?e)?\\s+(${MONTH_ALT})\\s+((?:19|20)\\d{2})(?!\\d)`, 'i');

function iso(year: number, month: number, day: number): string | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export interface FoundDate {
  iso: string;
  index: number;
}

/** The first date in `text`, ISO (`2024-12-05`) or long Swedish (`9 december 2024`), whichever comes first. */
export function findDate(text: string): FoundDate | null {
  const found: FoundDate[] = [];
  const a = ISO.exec(text);
  if (a) {
    const d = iso(Number(a[1]), Number(a[2]), Number(a[3]));
    if (d) found.push({ iso: d, index: a.index });
  }
  const b = LONG.exec(text);
  if (b) {
    const d = iso(Number(b[3]), MONTHS.indexOf(b[2]!.toLowerCase()) + 1, Number(b[1]));
    if (d) found.push({ iso: d, index: b.index });
  }
  found.sort((x, y) => x.index - y.index);
  return found[0] ?? null;
}

/** Whole days from `from` to `to`, both ISO dates. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** `2024-12-09` → `9 december 2024`, the way protocols write dates in running text. */
export function longSwedishDate(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  return `${d} ${MONTHS[m! - 1]} ${y}`;
}

/** The ISO date `days` days after `isoDate` (before it when negative). */
export function addDays(isoDate: string, days: number): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
