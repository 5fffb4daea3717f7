import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { IndexRunReport } from '../../cli/run-report.ts';
import { projectRoot } from '../support/shared.ts';
import { useTempDirs } from '../read/temp-dirs.ts';

/** The nightly job's examples in deploy/, checked by the tools that read them and run as written. */

const tempDir = useTempDirs();
const deploy = path.join(projectRoot, 'deploy');
const service = readFileSync(path.join(deploy, 'systemd/protokoll-index.service'), 'utf8');
const hasSystemd = existsSync('/usr/bin/systemd-analyze');

/** The shell command the service runs: `ExecStart=/bin/bash -c '…'`. */
function execStart(): string {
  const match = /^ExecStart=\/bin\/bash -c '([^']+)'$/m.exec(service);
  expect(match).not.toBeNull();
  return match![1]!;
}

describe('the systemd service and timer', () => {
  it.skipIf(!hasSystemd)('pass systemd-analyze verify', () => {
    const dir = tempDir('systemd');
    for (const unit of ['protokoll-index.service', 'protokoll-index.timer']) copyFileSync(path.join(deploy, 'systemd', unit), path.join(dir, unit));
    const run = spawnSync('systemd-analyze', ['verify', path.join(dir, 'protokoll-index.service'), path.join(dir, 'protokoll-index.timer')], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('count exit 1 (published, some files skipped) as success and 2 and 3 as failure', () => {
    expect(service).toMatch(/^SuccessExitStatus=1$/m);
    expect(service).toMatch(/^Type=oneshot$/m);
  });

  it('runs as written with only the machine\'s own Node on PATH: node24.sh provides Node 24, the feed and the report are written', () => {
    const dir = tempDir('nightly');
    const archive = path.join(dir, 'srv/protokoll');
    mkdirSync(archive, { recursive: true });
    copyFileSync(path.join(projectRoot, 'test/fixtures/protocols/runau-2025-02-11.txt'), path.join(archive, 'runau-2025-02-11.txt'));
    const command = execStart()
      .replaceAll('/srv/protokoll', archive)
      .replaceAll('/var/www/intranat/beslutshistorik', path.join(dir, 'www/beslutshistorik'))
      .replaceAll('/var/lib/protokoll', path.join(dir, 'lib'));
    const env = { PATH: '/usr/bin:/bin', HOME: dir };
    const node = (line: string) => spawnSync('/bin/bash', ['-c', line], { cwd: projectRoot, encoding: 'utf8', env });
    expect(node('source scripts/node24.sh && node -p process.versions.node').stdout).toMatch(/^24\./);
    const job = node(command);
    expect(job.stderr).toBe('');
    expect(job.status).toBe(0);
    const report: IndexRunReport = JSON.parse(readFileSync(path.join(dir, 'lib/index-report.json'), 'utf8'));
    expect(report).toMatchObject({ outcome: 'published', files: { found: 1, read: 1 } });
    expect(existsSync(path.join(dir, 'www/beslutshistorik/manifest.json'))).toBe(true);
  });
});

describe('the Windows Task Scheduler task', () => {
  const file = path.join(deploy, 'windows/protokoll-index.xml');
  const xml = readFileSync(file, 'utf8');

  it('is well-formed XML in the Task Scheduler namespace', () => {
    expect(() => execFileSync('xmllint', ['--nonet', '--noout', file], { stdio: 'pipe' })).not.toThrow();
    expect(xml).toContain('<Task version="1.4" xmlns="http://schemas.microsoft.com/windows/2004/02/mit/task">');
  });

  it('runs the same job with Node 24 from its installer, never twice at once', () => {
    expect(xml).toContain('<Command>"C:\\Program Files\\nodejs\\node.exe"</Command>');
    const args = /<Arguments>([^<]+)<\/Arguments>/.exec(xml)![1]!;
    const flags = (line: string) => line.split(' ').filter((w) => w.startsWith('--'));
    expect(args).toMatch(/^bin\\protokoll\.js index /);
    expect(flags(args)).toEqual(flags(execStart()));
    expect(xml).toContain('<MultipleInstancesPolicy>IgnoreNew</MultipleInstancesPolicy>');
  });
});
