import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../cli/main.ts';
import type { Io } from '../../cli/command.ts';
import type { IndexRunReport } from '../../cli/run-report.ts';
import { projectRoot } from '../support/shared.ts';
import { imageOnlyPdf } from '../read/make-pdf.ts';
import { useTempDirs } from '../read/temp-dirs.ts';

const tempDir = useTempDirs();
const fixtures = path.join(projectRoot, 'test/fixtures/protocols');

function io(cwd: string): Io & { out: string; err: string } {
  const captured = { out: '', err: '' };
  return Object.assign(captured, { stdout: (t: string) => void (captured.out += t), stderr: (t: string) => void (captured.err += t), isTTY: false, cwd });
}

/** An archive of the two fixture protocols, and `extra` files beside them. */
function archive(extra: Record<string, string | Uint8Array> = {}): string {
  const dir = tempDir('index-report');
  mkdirSync(path.join(dir, 'arkiv/2025'), { recursive: true });
  for (const name of ['runau-2025-02-11.txt', 'run-2025-03-04.pdf']) copyFileSync(path.join(fixtures, name), path.join(dir, 'arkiv/2025', name));
  for (const [name, content] of Object.entries(extra)) writeFileSync(path.join(dir, 'arkiv', name), content);
  return dir;
}

async function run(dir: string, ...args: string[]): Promise<{ code: number; report: IndexRunReport; err: string }> {
  const t = io(dir);
  const code = await main(['index', 'arkiv', '--out', 'flode', '--report', 'rapporter/index.json', ...args], t);
  return { code, report: JSON.parse(readFileSync(path.join(dir, 'rapporter/index.json'), 'utf8')), err: t.err };
}

describe('protokoll index --report FILE: a run report for monitoring', () => {
  it('says a clean run published, with counts, what changed and how long it took (exit 0)', async () => {
    const dir = archive();
    const { code, report } = await run(dir);
    expect(code).toBe(0);
    expect(report).toMatchObject({
      report: 'protokoll-index',
      version: 1,
      outcome: 'published',
      exitCode: 0,
      out: path.join(dir, 'flode'),
      files: { found: 2, read: 2, skipped: [] },
      feed: { written: expect.any(Number), removed: 0, keptForOldClients: 0 },
    });
    expect(report.counts!.cases).toBeGreaterThan(0);
    expect(report).not.toHaveProperty('message');
    expect(Date.parse(report.finishedAt)).toBeGreaterThanOrEqual(Date.parse(report.startedAt));
    expect(report.durationsMs.total).toBeGreaterThanOrEqual(report.durationsMs.read + report.durationsMs.publish);
  });

  it('tells "published, some files skipped" (exit 1) from a failure, naming each file and its reason', async () => {
    const dir = archive({ 'skannad.pdf': imageOnlyPdf() });
    const { code, report } = await run(dir);
    expect(code).toBe(1);
    expect(report.outcome).toBe('published-with-skipped');
    expect(report.files).toEqual({ found: 3, read: 2, skipped: [{ path: 'skannad.pdf', reason: 'skannad PDF utan textlager (2 sidor, ingen text)' }] });
    expect(report.feed).not.toBeNull();
  });

  it('says why the feed was not published (exit 3) and leaves it alone', async () => {
    const dir = archive();
    expect((await run(dir)).code).toBe(0);
    const published = readFileSync(path.join(dir, 'flode/manifest.json'), 'utf8');
    for (const name of ['runau-2025-02-11.txt', 'run-2025-03-04.pdf']) writeFileSync(path.join(dir, 'arkiv/2025', name), '');
    const { code, report } = await run(dir);
    expect(code).toBe(3);
    expect(report).toMatchObject({ outcome: 'not-published', exitCode: 3, message: 'ingen av de 2 protokollfilerna kunde läsas', feed: null });
    expect(readFileSync(path.join(dir, 'flode/manifest.json'), 'utf8')).toBe(published);
  });

  it('reports a failed run (exit 2) with its message', async () => {
    const dir = archive();
    const { code, report, err } = await run(dir, '--config', 'saknas.json');
    expect(code).toBe(2);
    expect(report).toMatchObject({ outcome: 'failed', exitCode: 2, message: expect.stringContaining('saknas.json') });
    expect(err).toContain('saknas.json');
  });

  it('fails with one line when the report cannot be written', async () => {
    const dir = archive();
    writeFileSync(path.join(dir, 'rapporter'), 'en fil, ingen mapp');
    const t = io(dir);
    expect(await main(['index', 'arkiv', '--out', 'flode', '--report', 'rapporter/index.json'], t)).toBe(2);
    expect(t.err).toMatch(/^protokoll index: kunde inte skriva rapporten .*rapporter\/index\.json: (ENOTDIR|EEXIST)\n$/);
  });
});
