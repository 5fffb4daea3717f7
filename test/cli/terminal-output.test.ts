import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { HistoryBuilder } from '../../core/history/build.ts';
import { writeFeed } from '../../core/history/write-feed.ts';
import { writeFeedFiles } from '../../cli/feed-files.ts';
import { paragraph, protocol } from '../history/protocols.ts';
import { projectRoot } from '../support/shared.ts';
import { useTempDirs } from '../read/temp-dirs.ts';

// What reaches the terminal when a feed, a file name or a protocol carries escape sequences: the
// CLI as a real process, its output bytes as a terminal would get them.
const tempDir = useTempDirs();
const bin = path.join(projectRoot, 'bin/protokoll.js');
const fixtures = path.join(projectRoot, 'test/fixtures/protocols');

/** Sets the window title, clears the screen, writes the clipboard, and a C1 CSI that some terminals honour. */
const ATTACK = '\x1b]0;pwned\x07\x1b[2J\x1b]52;c;cm0gLXJmIH4=\x07\u009b31m';
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

function protokoll(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8' });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe('strings from outside the program never reach the terminal raw', () => {
  it('history: a feed’s titles, texts and sources are shown with their escape sequences written out', async () => {
    const dir = tempDir('terminal');
    const builder = new HistoryBuilder();
    builder.add(`rapport${ATTACK}.pdf`, protocol(`Nämnden${ATTACK}`, '2025-01-01', [paragraph(1, `Rubrik${ATTACK}`, ['RS 1-2025'], `Beslut${ATTACK}`)]));
    const feed = writeFeed(builder.cases(), builder.counts(), { generatedAt: '2025-01-02T00:00:00.000Z' });
    await writeFeedFiles(path.join(dir, 'feed'), feed.manifest, feed.shards, { graceMs: 0 });

    const text = protokoll(['history', 'RS 1-2025', '--feed', 'feed'], dir);
    expect(text.code, text.err).toBe(0);
    expect(text.out).not.toMatch(RAW_CONTROL);
    expect(text.out).toContain('Rubrik\\x1b]0;pwned\\x07\\x1b[2J\\x1b]52;c;cm0gLXJmIH4=\\x07\\x9b31m');
    expect(text.out).toContain('Källa: rapport\\x1b]0;pwned');
    expect(text.out).toContain('    Beslut\\x1b]0;pwned');

    const json = protokoll(['history', 'RS 1-2025', '--feed', 'feed', '--format', 'json'], dir);
    expect(json.code).toBe(0);
    expect(json.out).not.toMatch(RAW_CONTROL);
    expect(JSON.parse(json.out).title).toBe(`Rubrik${ATTACK}`);
  });

  it('index: file names with escape codes are written out in the progress lines and the list of skipped files', () => {
    const dir = tempDir('terminal');
    mkdirSync(path.join(dir, 'arkiv'));
    copyFileSync(path.join(fixtures, 'runau-2025-02-11.txt'), path.join(dir, 'arkiv', `runau${ATTACK}.txt`));
    writeFileSync(path.join(dir, 'arkiv', `lista${ATTACK}\n  falsk.txt: ok.txt`), 'Inköpslista: mjölk.\n');
    const run = protokoll(['index', 'arkiv', '--out', 'feed'], dir);
    expect(run.code).toBe(1);
    for (const output of [run.out, run.err]) expect(output).not.toMatch(RAW_CONTROL);
    expect(run.out).toContain('  lista\\x1b]0;pwned\\x07\\x1b[2J\\x1b]52;c;cm0gLXJmIH4=\\x07\\x9b31m\\x0a  falsk.txt: ok.txt: inga §-paragrafer hittades');
  });

  it('check: a file name and the protocol’s titles with escape codes never reach the terminal raw, as text or as JSON', () => {
    const dir = tempDir('terminal');
    const name = `utkast${ATTACK}.txt`;
    // § 13 renumbered to § 19 so that check reports on it and shows its title.
    const draft = readFileSync(path.join(fixtures, 'runau-2025-02-11.txt'), 'utf8').replace(/^§ 13 (.*)$/m, `§ 19 $1${ATTACK}`);
    writeFileSync(path.join(dir, name), draft);
    const text = protokoll(['check', name], dir);
    expect(text.code).toBe(1);
    expect(text.out).not.toMatch(RAW_CONTROL);
    expect(text.out).toMatch(/^utkast\\x1b\]0;pwned/);
    expect(text.out).toMatch(/^ {2}§ 19 Val av justerare.*pwned/m);

    const json = protokoll(['check', name, '--format', 'json'], dir);
    expect(json.out).not.toMatch(RAW_CONTROL);
    expect(JSON.parse(json.out).files[0].file).toBe(name);

    const missing = protokoll(['check', `saknas${ATTACK}.txt`], dir);
    expect(missing.code).toBe(2);
    expect(missing.err).not.toMatch(RAW_CONTROL);
    expect(missing.err).toContain('saknas\\x1b]0;pwned');
  });
});
