/** Builds small protocol texts in the shape of a real one, for rule tests. */

export interface EntryOptions {
  title?: string;
  caseNumber?: string | null;
  sections?: [heading: string, text: string][];
}

export function entry(number: number, options: EntryOptions = {}): string {
  const title = options.title ?? `Ärende nummer ${number}`;
  const caseNumber = options.caseNumber === undefined ? `RS ${100 + number}-2025` : options.caseNumber;
  const sections = options.sections ?? [
    ['Sammanfattning', 'Förvaltningen har tagit fram ett underlag.'],
    ['Förslag till beslut', 'Underlaget godkänns.'],
    ['Beslut', 'Underlaget godkänns.'],
  ];
  return [`§ ${number} ${title}`, ...(caseNumber ? [caseNumber] : []), '', ...sections.flatMap(([h, t]) => [h, '', t, ''])].join('\n');
}

export function valAvJusterare(number: number, justering = 'Justeringen sker digitalt senast den 14 mars 2025.'): string {
  return entry(number, {
    title: 'Val av justerare',
    caseNumber: null,
    sections: [['Beslut', `Jonas Ek (M) utses att justera protokollet tillsammans med ordföranden. ${justering}`]],
  });
}

export function protocolText(entries: string[], options: { body?: string; date?: string; cover?: string; toc?: string } = {}): string {
  const body = options.body ?? 'Regionstyrelsens arbetsutskott';
  const date = options.date ?? '2025-03-11';
  return [
    'Protokoll',
    '',
    'Sammanträdesdatum',
    `${body} ${date}`,
    '',
    options.cover ?? '',
    '',
    ...(options.toc ? [options.toc, ''] : []),
    ...entries,
  ].join('\n');
}

/** A table of contents: one `§ N Title` line per entry, as in the front of a real protocol. */
export function tocText(items: [number: number, title: string][]): string {
  return items.map(([n, t]) => `§ ${n} ${t}\n`).join('\n');
}

/**
 * A protokollsutdrag as `protokoll utdrag` writes it: its heading, the body and meeting, the lines
 * of `cover` (justerare and justering by default), then only the chosen entries.
 */
export function extractText(entries: string[], options: { heading?: string; cover?: string } = {}): string {
  return [
    options.heading ?? 'Protokollsutdrag',
    'Regionstyrelsens arbetsutskott',
    'Sammanträdesdatum: 2025-03-11',
    options.cover ?? 'Justerare: Jonas Ek\nJusteringsdatum: 2025-03-14',
    '',
    ...entries,
  ].join('\n');
}
