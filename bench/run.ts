import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Benchmark, BenchResult } from './result.ts';

// Every bench/*.bench.ts is a benchmark; `npm run bench -- NAME` runs the ones whose file name contains NAME.
const here = path.dirname(fileURLToPath(import.meta.url));
const filter = process.argv[2];
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts') && (!filter || f.includes(filter)))
  .sort();

type Row = BenchResult & { benchmark: string };
const resultsFile = path.join(here, 'results.json');
// The last run's figures, so each row shows where it stood before.
const last = new Map<string, Row>(
  existsSync(resultsFile)
    ? (JSON.parse(readFileSync(resultsFile, 'utf8')) as { results: Row[] }).results.map((r) => [`${r.benchmark}|${r.figure}`, r])
    : [],
);

const rows: Row[] = [];
for (const file of files) {
  const { benchmark } = (await import(path.join(here, file))) as { benchmark: Benchmark };
  process.stderr.write(`bench: ${benchmark.name} …\n`);
  for (const r of await benchmark.run()) rows.push({ benchmark: benchmark.name, ...r });
}

const fmt = (n: number) => (Math.abs(n) >= 100 ? n.toFixed(0) : Math.abs(n) >= 10 ? n.toFixed(1) : n.toFixed(2));
const table = [
  ['benchmark', 'figure', 'measured', 'budget', 'met', 'vs peer', 'last run'],
  ...rows.map((r) => [
    r.benchmark,
    r.figure,
    `${fmt(r.measured)} ${r.unit}`,
    r.budget?.text ?? '',
    r.budget ? (r.budget.met ? 'yes' : 'NO') : '',
    r.ratio ? `${fmt(r.ratio.value)}× ${r.ratio.peer}` : '',
    last.has(`${r.benchmark}|${r.figure}`) ? `${fmt(last.get(`${r.benchmark}|${r.figure}`)!.measured)} ${r.unit}` : '',
  ]),
];
const widths = table[0]!.map((_, i) => Math.max(...table.map((row) => row[i]!.length)));
for (const [i, row] of table.entries()) {
  console.log(row.map((cell, j) => cell.padEnd(widths[j]!)).join('  ').trimEnd());
  if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
}
// A partial run (a name filter) keeps the other benchmarks' last figures; a benchmark that ran keeps only today's rows.
const ran = new Set(rows.map((r) => r.benchmark));
const kept = [...last.values()].filter((r) => !ran.has(r.benchmark));
writeFileSync(
  resultsFile,
  JSON.stringify({ node: process.version, date: new Date().toISOString(), results: [...kept, ...rows] }, null, 2) + '\n',
);
console.log(`\nbench: ${rows.length} ${rows.length === 1 ? 'figure' : 'figures'} written to bench/results.json`);
