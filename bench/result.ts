/** One row of the benchmark table. `budget` and `ratio` only where an issue names one or a peer exists. */
export interface BenchResult {
  /** What is measured, e.g. "parse+check throughput". */
  figure: string;
  measured: number;
  unit: string;
  /** The budget as text ("> 20 MB/s", "< 16 ms") and whether the measurement meets it. */
  budget?: { text: string; met: boolean };
  /** Against a peer: e.g. { peer: 'mark.js', value: 7.2 } meaning 7.2× faster. */
  ratio?: { peer: string; value: number };
  note?: string;
}

export interface Benchmark {
  name: string;
  run(): Promise<BenchResult[]>;
}
