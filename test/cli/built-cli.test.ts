import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCli } from '../../scripts/build-cli.ts';
import { projectRoot } from '../support/shared.ts';

/**
 * The CLI as a user installs it (`npm pack`, then `npm install -g`): the bin script, the built
 * bundle and the examples, without the TypeScript sources, with the packages beside it.
 */
let installed: string;
const bin = () => path.join(installed, 'bin/protokoll.js');
const run = (args: string[]) => spawnSync(process.execPath, [bin(), ...args], { cwd: tmpdir(), encoding: 'utf8' });

beforeAll(async () => {
  installed = mkdtempSync(path.join(tmpdir(), 'protokoll-installed-'));
  for (const part of ['bin', 'package.json']) cpSync(path.join(projectRoot, part), path.join(installed, part), { recursive: true });
  mkdirSync(path.join(installed, 'examples'));
  symlinkSync(path.join(projectRoot, 'examples/protocols'), path.join(installed, 'examples/protocols'));
  symlinkSync(path.join(projectRoot, 'node_modules'), path.join(installed, 'node_modules'));
  await buildCli(path.join(installed, 'dist/cli'));
}, 60_000);

afterAll(() => rmSync(installed, { recursive: true, force: true }));

describe('the built CLI', () => {
  it('prints its help, and its version from the package', () => {
    const help = run(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^protokoll – mallar, granskning och beslutshistorik/);
    expect(help.stdout).toContain('  check    granska protokollutkast före justering');
    const version = run(['--version']);
    expect(version.stdout).toBe(`protokoll ${JSON.parse(execFileSync('cat', [path.join(projectRoot, 'package.json')], { encoding: 'utf8' })).version}\n`);
  });

  it('checks a PDF through its reading worker, and the example protocol when given no file', () => {
    const pdf = run(['check', path.join(projectRoot, 'test/fixtures/protocols/run-2025-03-04.pdf'), '--format', 'json']);
    expect(pdf.stderr).toBe('');
    expect(JSON.parse(pdf.stdout).files[0].protocol.paragraphs.length).toBeGreaterThan(0);
    const example = run(['check']);
    expect(example.stderr).toContain('Ingen fil angiven: granskar projektets exempelprotokoll');
    expect(example.status).toBe(0);
  });

  it('ends quietly when the reader closes the pipe early', () => {
    const piped = spawnSync('sh', ['-c', `"${process.execPath}" "${bin()}" rules | head -1`], { encoding: 'utf8' });
    expect(piped.stdout.split('\n').filter(Boolean)).toHaveLength(1);
    expect(piped.stderr).toBe('');
  });

  it('says an unknown flag in Swedish, with the usage', () => {
    const unknown = run(['history', '--config', 'x.json', 'RS 1-2025']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/^protokoll history: okänd flagga --config\nAnvändning: protokoll history/);
  });
});
