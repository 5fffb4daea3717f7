import { parseProtocol } from '../core/parse/parse.ts';
import { checkProtocol } from '../core/check/check.ts';
import type { Benchmark, BenchResult } from './result.ts';
import { generateProtocol } from './support/generate-protocol-archive.ts';

const BUDGET_MB_PER_S = 20;
const BASE_PROTOCOLS = 60;
// One regionstyrelse protocol of about 4 MB, § 1–6500 on one cover: the issue-11 case of a parser
// that scans the whole text once per §.
const LARGE_PARAGRAPHS = 6500;

/** Parse and check every protocol; returns MB of text and seconds of the fastest of five runs (the least disturbed). */
function measure(texts: string[]): { mb: number; seconds: number } {
  const mb = texts.reduce((n, t) => n + Buffer.byteLength(t), 0) / 1e6;
  let best = Infinity;
  for (let run = 0; run < 5; run++) {
    const t0 = performance.now();
    for (const text of texts) checkProtocol(parseProtocol(text), { sourceText: text });
    best = Math.min(best, (performance.now() - t0) / 1000);
  }
  return { mb, seconds: best };
}

export const benchmark: Benchmark = {
  name: 'check',
  async run(): Promise<BenchResult[]> {
    const archive = (n: number) => Array.from({ length: n }, (_, i) => generateProtocol(i).text);
    const base = archive(BASE_PROTOCOLS);
    measure(base); // warm-up: compile regular expressions, let the JIT settle
    const one = measure(base);
    const ten = measure(archive(BASE_PROTOCOLS * 10));
    const throughput = ten.mb / ten.seconds;
    const growth = ten.seconds / one.seconds;
    const large = measure([generateProtocol(1, LARGE_PARAGRAPHS).text]);
    const largeThroughput = large.mb / large.seconds;
    return [
      {
        figure: `parse+check throughput (${BASE_PROTOCOLS * 10} protocols, ${ten.mb.toFixed(1)} MB)`,
        measured: throughput,
        unit: 'MB/s',
        budget: { text: `> ${BUDGET_MB_PER_S} MB/s`, met: throughput > BUDGET_MB_PER_S },
      },
      {
        figure: `time growth from 1× to 10× input (${one.mb.toFixed(1)} → ${ten.mb.toFixed(1)} MB)`,
        measured: growth,
        unit: '×',
        budget: { text: '≈ 10× (linear: < 13×)', met: growth < 13 },
      },
      {
        figure: `parse+check throughput (one protocol, ${LARGE_PARAGRAPHS} §, ${large.mb.toFixed(1)} MB)`,
        measured: largeThroughput,
        unit: 'MB/s',
        budget: { text: `≥ ${BUDGET_MB_PER_S} MB/s`, met: largeThroughput >= BUDGET_MB_PER_S },
      },
    ];
  },
};
