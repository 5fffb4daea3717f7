import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FeedManifest } from '../../core/history/feed.ts';
import { main } from '../../cli/main.ts';
import type { Io } from '../../cli/command.ts';
import { projectRoot } from '../support/shared.ts';
import { useTempDirs } from '../read/temp-dirs.ts';

// `protokoll index --organisation`: the name clients show beside each entry when they read several feeds.

const tempDir = useTempDirs();
const protocol = path.join(projectRoot, 'test/fixtures/protocols/runau-2025-02-11.txt');

function io(cwd: string): Io & { err: string } {
  const captured = { err: '' };
  return Object.assign(captured, { stdout: () => undefined, stderr: (t: string) => void (captured.err += t), isTTY: false, cwd });
}

const manifestOf = (dir: string) => FeedManifest.parse(JSON.parse(readFileSync(path.join(dir, 'feed', 'manifest.json'), 'utf8')));

describe('protokoll index --organisation', () => {
  it('names the organisation in the manifest, and leaves it out without the flag', async () => {
    const dir = tempDir('index-organisation');
    expect(await main(['index', protocol, '--out', 'feed', '--organisation', ' Region Exempelland '], io(dir))).toBe(0);
    expect(manifestOf(dir).organisation).toBe('Region Exempelland');
    expect(await main(['index', protocol, '--out', 'feed'], io(dir))).toBe(0);
    expect(manifestOf(dir).organisation).toBeUndefined();
  });

  it('exits 2 for an empty name', async () => {
    const dir = tempDir('index-organisation');
    const t = io(dir);
    expect(await main(['index', protocol, '--out', 'feed', '--organisation', ' '], t)).toBe(2);
    expect(t.err).toMatch(/^protokoll index: --organisation ska vara ett namn/);
  });
});
