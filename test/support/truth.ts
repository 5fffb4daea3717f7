import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { parseProtocol } from '../../core/parse/parse.ts';
import { checkProtocol } from '../../core/check/check.ts';

/**
 * What a careful reader finds in a protocol text, one row per file of a `TRUTH.tsv` (the format of
 * ../shared/corpus/README.md): the § entries, their case numbers, the body, the date and whether
 * the cover page is in the text.
 */
export interface Truth {
  file: string;
  paragraphs: number[];
  body: string | null;
  date: string | null;
  caseNumbers: Map<number, string[]>;
  hasCover: boolean;
}

export function readTruth(tsvFile: string): Truth[] {
  const [header, ...rows] = readFileSync(tsvFile, 'utf8').split('\n').filter((l) => l.trim());
  const columns = header!.split('\t');
  return rows.map((row) => {
    const cell = Object.fromEntries(row.split('\t').map((v, i) => [columns[i], v.trim()]));
    const caseNumbers = new Map<number, string[]>();
    for (const part of cell.case_numbers!.split(/;\s*/)) {
      const m = /^§(\d+)=(.*)$/.exec(part.trim());
      if (m) caseNumbers.set(Number(m[1]), m[2] === 'none' ? [] : m[2]!.split(/\s*\|\s*|,\s+/));
    }
    return {
      file: cell.file!,
      paragraphs: cell.paragraphs!.split(',').map(Number),
      body: cell.body === '-' ? null : cell.body!,
      date: cell.date === '-' ? null : cell.date!,
      caseNumbers,
      hasCover: cell.has_cover === 'yes',
    };
  });
}

/** How one file reads against its truth: every difference in words, and the error findings. */
export interface TruthComparison {
  file: string;
  differences: string[];
  errors: string[];
  summary: string;
}

const same = (a: string | null, b: string | null) => (a ?? '').toLocaleLowerCase('sv') === (b ?? '').toLocaleLowerCase('sv');

export function compareWithTruth(dir: string, truth: Truth): TruthComparison {
  const text = readFileSync(path.join(dir, truth.file), 'utf8');
  const protocol = parseProtocol(text);
  const differences: string[] = [];
  const numbers = protocol.paragrafer.map((p) => p.number);
  if (numbers.join(',') !== truth.paragraphs.join(',')) differences.push(`§§ ${numbers.join(',')} ≠ ${truth.paragraphs.join(',')}`);
  if (!same(protocol.body, truth.body)) differences.push(`body ${protocol.body} ≠ ${truth.body}`);
  if (protocol.date !== truth.date) differences.push(`date ${protocol.date} ≠ ${truth.date}`);
  if ((protocol.hasCover ?? true) !== truth.hasCover) differences.push(`cover ${protocol.hasCover} ≠ ${truth.hasCover}`);
  let caseNumbersRight = 0;
  for (const [number, expected] of truth.caseNumbers) {
    const found = protocol.paragrafer.find((p) => p.number === number)?.caseNumbers ?? [];
    if (found.join(' | ') === expected.join(' | ')) caseNumbersRight++;
    else differences.push(`§ ${number} case numbers [${found.join(' | ')}] ≠ [${expected.join(' | ')}]`);
  }
  const errors = checkProtocol(protocol, { sourceText: text })
    .filter((f) => f.severity === 'error')
    .map((f) => `${f.rule} § ${f.paragraph ?? '–'}: ${f.message}`);
  const summary =
    `${truth.file.padEnd(40)} §§ ${numbers.length}/${truth.paragraphs.length}  dnr ${caseNumbersRight}/${truth.caseNumbers.size}` +
    `  body ${same(protocol.body, truth.body) ? 'ok' : 'FEL'}  datum ${protocol.date === truth.date ? 'ok' : 'FEL'}  fel ${errors.length}`;
  return { file: truth.file, differences, errors, summary };
}

/** An error finding that is a true defect of the published text, allowed once for its file. */
export interface KnownDefect {
  file: string;
  rule: string;
}

/**
 * One test per row of `dir`/TRUTH.tsv: the file reads as the truth says and the check gives no
 * error finding apart from the known defects, each of which it must report. Prints one line per
 * file and the totals.
 */
export function testAgainstTruth(dir: string, known: readonly KnownDefect[] = []): void {
  const summaries: string[] = [];
  let failed = 0;
  for (const truth of readTruth(path.join(dir, 'TRUTH.tsv'))) {
    it(truth.file, () => {
      const comparison = compareWithTruth(dir, truth);
      const errors = [...comparison.errors];
      const missingDefects: string[] = [];
      for (const defect of known.filter((k) => k.file === truth.file)) {
        const at = errors.findIndex((e) => e.startsWith(`${defect.rule} `));
        if (at < 0) missingDefects.push(defect.rule);
        else errors.splice(at, 1);
      }
      summaries.push(comparison.summary);
      const result = { differences: comparison.differences, errors, missingDefects };
      if (result.differences.length || errors.length || missingDefects.length) failed++;
      expect(result).toEqual({ differences: [], errors: [], missingDefects: [] });
    });
  }
  afterAll(() => {
    console.log([...summaries, `${summaries.length - failed} of ${summaries.length} files read as their truth says`].join('\n'));
  });
}
