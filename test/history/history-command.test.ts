import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildHistory } from '../../core/history/build.ts';
import { writeFeed } from '../../core/history/write-feed.ts';
import { writeFeedFiles } from '../../cli/feed-files.ts';
import { main } from '../../cli/main.ts';
import type { Io } from '../../cli/command.ts';
import { paragraph, protocol } from './protocols.ts';
import { useTempDirs } from '../read/temp-dirs.ts';

const tempDir = useTempDirs();

const dir = tempDir('history-cmd');
const feedDir = path.join(dir, 'feed');

function io(): Io & { out: string; err: string } {
  const captured = { out: '', err: '' };
  return Object.assign(captured, {
    stdout: (t: string) => void (captured.out += t),
    stderr: (t: string) => void (captured.err += t),
    isTTY: false,
    cwd: dir,
  });
}

beforeAll(async () => {
  const cases = buildHistory([
    {
      file: 'runau-2025-02-11.pdf',
      protocol: protocol('Regionala utvecklingsnämndens arbetsutskott', '2025-02-11', [
        paragraph(14, 'Medfinansiering av cykelled', ['RUN 318-2024'], 'Arbetsutskottet föreslår att regionala utvecklingsnämnden beslutar\n\nRegionen medfinansierar projektet.', { page: 2 }),
      ]),
    },
    {
      file: 'run-2025-03-04.pdf',
      protocol: protocol('Regionala utvecklingsnämnden', '2025-03-04', [
        paragraph(33, 'Medfinansiering av cykelled', ['RUN 318-2024'], 'Regionala utvecklingsnämnden beslutar\n\nRegionen medfinansierar projektet.', {
          page: 4,
          sections: [
            { kind: 'beslut', heading: 'Beslut', text: 'Regionala utvecklingsnämnden beslutar\n\nRegionen medfinansierar projektet.', line: 9 },
            { kind: 'reservationer', heading: 'Reservationer', text: 'Karin Holm (SD) reserverar sig mot beslutet.', line: 12 },
          ],
        }),
      ]),
    },
  ]);
  const feed = writeFeed(cases, { protocols: 2, paragraphs: 2, cases: cases.length, entries: 2 }, { generatedAt: '2025-03-05T02:00:00.000Z' });
  await writeFeedFiles(feedDir, feed.manifest, feed.shards, { graceMs: 0 });
});

describe('protokoll history', () => {
  it('prints a case for a person: status, entries oldest first, a proposal marked as one', async () => {
    const t = io();
    expect(await main(['history', 'RUN 318-2024', '--feed', 'feed'], t)).toBe(0);
    expect(t.out).toContain('RUN 318-2024  Medfinansiering av cykelled');
    expect(t.out).toContain('Status: Beslutad av regionala utvecklingsnämnden 2025-03-04');
    const proposal = t.out.indexOf('2025-02-11  Regionala utvecklingsnämndens arbetsutskott § 14');
    const decision = t.out.indexOf('2025-03-04  Regionala utvecklingsnämnden § 33');
    expect(proposal).toBeGreaterThan(0);
    expect(decision).toBeGreaterThan(proposal);
    expect(t.out).toContain('Förslag till regionala utvecklingsnämnden, inte ett slutligt beslut: det är regionala utvecklingsnämnden som beslutar.');
    expect(t.out).toContain('Utfall: Beslut');
    expect(t.out).toContain('Karin Holm (SD) reserverar sig mot beslutet.');
    expect(t.out).toContain('Källa: runau-2025-02-11.pdf, sidan 2');
  });

  it('accepts the case number unquoted, in another spacing', async () => {
    const t = io();
    expect(await main(['history', 'RUN', '318-2024', '--feed', feedDir], t)).toBe(0);
    expect(t.out).toContain('RUN 318-2024');
  });

  it('takes the feed as its folder or its manifest.json', async () => {
    const t = io();
    expect(await main(['history', 'RUN 318-2024', '--feed', path.join(feedDir, 'manifest.json')], t)).toBe(0);
    expect(t.out).toContain('RUN 318-2024');
  });

  it('prints JSON for tools', async () => {
    const t = io();
    expect(await main(['history', 'RUN 318-2024', '--feed', 'feed', '--format', 'json'], t)).toBe(0);
    const json = JSON.parse(t.out);
    expect(json).toMatchObject({ caseNumber: 'RUN 318-2024', found: true, status: 'Beslutad av regionala utvecklingsnämnden 2025-03-04' });
    expect(json.entries.map((e: { outcome: string; proposedTo: string | null }) => [e.outcome, e.proposedTo])).toEqual([
      ['proposed', 'regionala utvecklingsnämnden'],
      ['decided', null],
    ]);
  });

  it('says when a case is not in the feed, with exit code 1', async () => {
    const t = io();
    expect(await main(['history', 'RS 1-2020', '--feed', 'feed'], t)).toBe(1);
    expect(t.err).toContain('Ärendet RS 1-2020 finns inte i flödet (1 ärende ur 2 protokoll');
  });

  it('exits 2 with one line for a missing or broken feed, and for bad usage', async () => {
    let t = io();
    expect(await main(['history', 'RUN 318-2024', '--feed', 'saknas'], t)).toBe(2);
    expect(t.err).toMatch(/saknas\/manifest\.json finns inte/);
    t = io();
    expect(await main(['history', '--feed', 'feed'], t)).toBe(2);
    t = io();
    expect(await main(['history', 'RUN 318-2024', '--format', 'xml'], t)).toBe(2);

    const broken = path.join(dir, 'broken');
    await writeFeedFiles(broken, { path: 'manifest.json', content: readFileSync(path.join(feedDir, 'manifest.json'), 'utf8') }, [], { graceMs: 0 });
    t = io();
    expect(await main(['history', 'RUN 318-2024', '--feed', 'broken'], t)).toBe(2);
    expect(t.err).toContain('finns inte');
    const shard = JSON.parse(readFileSync(path.join(feedDir, 'manifest.json'), 'utf8')).shards[0].path;
    writeFileSync(path.join(broken, shard), readFileSync(path.join(feedDir, shard), 'utf8').replace('beslutar', 'BESLUTAR'));
    t = io();
    expect(await main(['history', 'RUN 318-2024', '--feed', 'broken'], t)).toBe(2);
    expect(t.err).toContain('stämmer inte med manifestet');
  });

  describe('from a URL', () => {
    const server = createServer((req, res) => {
      try {
        res.end(readFileSync(path.join(feedDir, decodeURIComponent(new URL(req.url!, 'http://x').pathname).replace(/^\/flode\//, ''))));
      } catch {
        res.statusCode = 404;
        res.end();
      }
    });
    let base = '';
    beforeAll(async () => {
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/flode`;
    });
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

    it('fetches the manifest and the one shard it needs', async () => {
      const t = io();
      expect(await main(['history', 'RUN 318-2024', '--feed', base], t)).toBe(0);
      expect(t.out).toContain('Status: Beslutad av regionala utvecklingsnämnden 2025-03-04');
      const byManifest = io();
      expect(await main(['history', 'RUN 318-2024', '--feed', `${base}/manifest.json`], byManifest)).toBe(0);
      expect(byManifest.out).toBe(t.out);
      const missing = io();
      expect(await main(['history', 'RUN 318-2024', '--feed', `${base}/saknas`], missing)).toBe(2);
      expect(missing.err).toContain('HTTP 404');
    });
  });
});
