import fc from 'fast-check';
import { strToU8, zipSync } from 'fflate';
import { parseProtocol } from '../core/parse/parse.ts';
import { readDocx } from '../core/read/docx.ts';
import { xmlTokens } from '../core/read/xml-tokens.ts';
import type { Benchmark, BenchResult } from './result.ts';

/** Doubling the input may at most about double the time; a quadratic reader gives 4×. */
const BUDGET = 2.5;
const DOUBLINGS = 3;
/** Hostile units drawn by fast-check, so each reader meets several shapes of its worst input. */
const SAMPLES = 4;

interface Reader {
  name: string;
  /** Hostile pieces of input, repeated to make it large. */
  units: fc.Arbitrary<string>;
  /** The smallest number of repeats measured. */
  base: number;
  run(input: string): unknown;
}

const docx = (tail: string) =>
  zipSync({ 'word/document.xml': strToU8(`<w:document><w:body><w:p><w:r><w:t>§ 1 Titel</w:t></w:r></w:p>${tail}</w:body></w:document>`) });

const READERS: Reader[] = [
  {
    name: 'XML tokens (unclosed comments, CDATA, tags)',
    units: fc.constantFrom('<![CDATA[', '<!--', '<a b="', '<?x', '<w:t ', '<!x'),
    base: 50_000,
    run: (xml) => [...xmlTokens(xml)].length,
  },
  {
    name: '.docx (unclosed CDATA and comments)',
    units: fc.constantFrom('<![CDATA[', '<!--', '<![CDATA[<!--'),
    base: 20_000,
    run: (tail) => readDocx(docx(tail)),
  },
  {
    name: '§ heading line (case numbers, dashes)',
    units: fc.constantFrom('Dnr KS 2023/45 ', 'KS 2023/45, ', 'x - Yaa bb cc dd ee ', ' ,'),
    base: 10_000,
    run: (units) => parseProtocol(`Protokoll\n\n§ 1 Budget ${units}\nBeslut\n`),
  },
  {
    name: 'parse (empty and blank lines)',
    units: fc.constantFrom('\n', ' \n', '\f\n', '\t\n'),
    base: 50_000,
    run: (lines) => parseProtocol(`Protokoll\n\n§ 1 Budget\n${lines}Beslut\n`),
  },
];

/** Seconds for one run, the fastest of three (the least disturbed). */
function seconds(reader: Reader, input: string): number {
  let best = Infinity;
  for (let run = 0; run < 3; run++) {
    const t0 = performance.now();
    reader.run(input);
    best = Math.min(best, (performance.now() - t0) / 1000);
  }
  return best;
}

/**
 * The time's growth per doubling of the input, over the sampled units the worst: the geometric
 * mean over the doublings (from `base` to `base · 2^DOUBLINGS` repeats), steadier than any one step.
 */
function worstGrowth(reader: Reader): number {
  let worst = 0;
  for (const unit of fc.sample(reader.units, { numRuns: SAMPLES, seed: 12 })) {
    seconds(reader, unit.repeat(reader.base)); // warm-up
    const first = seconds(reader, unit.repeat(reader.base));
    const last = seconds(reader, unit.repeat(reader.base * 2 ** DOUBLINGS));
    worst = Math.max(worst, (last / first) ** (1 / DOUBLINGS));
  }
  return worst;
}

export const benchmark: Benchmark = {
  name: 'hostile-input',
  async run(): Promise<BenchResult[]> {
    return READERS.map((reader) => {
      const growth = worstGrowth(reader);
      return {
        figure: `${reader.name}: time growth per doubling (${reader.base} → ${reader.base * 2 ** DOUBLINGS} repeats)`,
        measured: growth,
        unit: '×',
        budget: { text: `linear: ≤ ${BUDGET}× per doubling`, met: growth <= BUDGET },
      };
    });
  },
};
