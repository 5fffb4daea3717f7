import { mkdir } from 'node:fs/promises';
import { writeWholeFile } from './write-whole-file.ts';
import path from 'node:path';
import { hostname } from 'node:os';
import { InputError } from './command.ts';

/**
 * The machine-readable account of one `protokoll index` run (`--report FILE`), for monitoring:
 * what was read and skipped and why, whether the feed was published, and how long each part
 * took. Written at the end of every run that got as far as reading its flags, failed ones too,
 * replacing the previous night's file in one step, so a monitor never reads half a report.
 */

/** What the run came to; the exit code says the same (0, 1, 3, 2). */
export type RunOutcome = 'published' | 'published-with-skipped' | 'not-published' | 'failed';

export interface IndexRunReport {
  report: 'protokoll-index';
  version: 1;
  outcome: RunOutcome;
  exitCode: number;
  /** Why the feed was not published, or what failed; absent when it was published. */
  message?: string;
  host: string;
  startedAt: string;
  finishedAt: string;
  out: string;
  files: {
    /** Protocol files found under the paths given, skipped ones included. */
    found: number;
    /** Protocols read into the history. */
    read: number;
    /** Files and folders not read (a folder's path ends in /), with the reason, as the run's text says it. */
    skipped: { path: string; reason: string }[];
  };
  counts: { paragraphs: number; cases: number; entries: number } | null;
  /** What publishing changed in the feed folder; null when nothing was published. */
  feed: { shards: number; written: number; removed: number; keptForOldClients: number } | null;
  durationsMs: { total: number; read: number; publish: number };
}

const OUTCOMES: Record<number, RunOutcome> = { 0: 'published', 1: 'published-with-skipped', 3: 'not-published' };

/** A report being filled in by a run; `finish` completes and writes it. */
export class RunReport {
  private readonly started = Date.now();
  readonly data: Omit<IndexRunReport, 'outcome' | 'exitCode' | 'finishedAt'>;
  private readMs = 0;
  private publishMs = 0;
  private phaseStart = Date.now();
  private reason: string | undefined;

  private readonly file: string;

  constructor(file: string, out: string) {
    this.file = file;
    this.data = {
      report: 'protokoll-index',
      version: 1,
      host: hostname(),
      startedAt: new Date(this.started).toISOString(),
      out,
      files: { found: 0, read: 0, skipped: [] },
      counts: null,
      feed: null,
      durationsMs: { total: 0, read: 0, publish: 0 },
    };
  }

  /** Why the feed was not published. */
  because(reason: string): void {
    this.reason = reason;
  }

  /** Marks the end of reading the archive; what follows is publishing. */
  readDone(): void {
    this.readMs = Date.now() - this.phaseStart;
    this.phaseStart = Date.now();
  }

  publishDone(): void {
    this.publishMs = Date.now() - this.phaseStart;
  }

  /** Writes the report for a run that ended with `exitCode` (and `error`, when it failed). */
  async finish(exitCode: number, error?: unknown): Promise<void> {
    const outcome = error === undefined ? (OUTCOMES[exitCode] ?? 'failed') : 'failed';
    const { report: kind, version, ...data } = this.data;
    const report: IndexRunReport = {
      report: kind,
      version,
      outcome,
      exitCode,
      ...(error !== undefined ? { message: error instanceof Error ? error.message : String(error) } : this.reason && { message: this.reason }),
      ...data,
      finishedAt: new Date().toISOString(),
      durationsMs: { total: Date.now() - this.started, read: this.readMs, publish: this.publishMs },
    };
    await mkdir(path.dirname(this.file), { recursive: true }).catch(() => undefined);
    await writeWholeFile(this.file, new TextEncoder().encode(`${JSON.stringify(report, null, 2)}\n`), `rapporten ${this.file}`);
  }
}
