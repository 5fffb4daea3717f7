import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Io } from '../../cli/command.ts';
import { main } from '../../cli/main.ts';
import { shardOf, type FeedManifest } from '../../core/history/feed.ts';
import { feedFiles, inventedCases } from '../../harness/invented-feed.ts';
import { publishFeed, startLoopbackServer, type LoopbackServer } from '../../harness/loopback-server.ts';

/** `protokoll history --feed URL` against a loopback server that misbehaves on demand. */

const cases = inventedCases(30);
const files = feedFiles(cases);
const wanted = cases[4]!;
const manifest = JSON.parse(files.get('manifest.json')!) as FeedManifest;
const shardPath = manifest.shards.find((ref) => ref.id === shardOf(wanted.caseNumber, manifest.shardCount))!.path;

let server: LoopbackServer;
let feed = '';
beforeAll(async () => {
  server = await startLoopbackServer();
  publishFeed(server, '/feed/', files);
  publishFeed(server, '/flyttat/', files);
  feed = `${server.origin}/feed`;
});
afterAll(() => server.close());
afterEach(() => {
  for (const file of ['manifest.json', shardPath]) server.fault(`/feed/${file}`, null);
});

async function history(...flags: string[]) {
  const captured = { out: '', err: '' };
  const io: Io = { stdout: (t) => void (captured.out += t), stderr: (t) => void (captured.err += t), isTTY: false, cwd: process.cwd() };
  const started = Date.now();
  const code = await main(['history', wanted.caseNumber, '--feed', feed, ...flags], io);
  return { code, ...captured, seconds: (Date.now() - started) / 1000 };
}

describe('protokoll history --feed URL', () => {
  it('finds the case on a server that behaves', async () => {
    expect((await history()).code).toBe(0);
  });

  it('gives up on a server sending one byte at a time after --timeout', async () => {
    server.fault('/feed/manifest.json', { kind: 'slow', everyMs: 200 });
    const t = await history('--timeout', '1');
    expect(t.code).toBe(2);
    expect(t.err).toBe(`protokoll history: manifest.json i ${feed} kom inte fram inom 1 sekunder\n`);
    expect(t.seconds).toBeLessThan(4);
  });

  it('cuts off a bottomless chunked shard at --max-mb', async () => {
    server.fault(`/feed/${shardPath}`, { kind: 'bottomless' });
    const t = await history('--max-mb', '1', '--timeout', '20');
    expect(t.code).toBe(2);
    expect(t.err).toContain(`${shardPath} i ${feed} är större än 1 MB`);
    expect(t.seconds).toBeLessThan(10);
  });

  it('follows a redirect within the feed’s origin and refuses one to another', async () => {
    server.fault('/feed/manifest.json', { kind: 'redirect', location: '/flyttat/manifest.json' });
    expect((await history()).code).toBe(0);
    // localhost is another origin than 127.0.0.1, though the same server: nothing is asked of it.
    server.fault('/feed/manifest.json', { kind: 'redirect', location: `http://localhost:${server.port}/flyttat/manifest.json` });
    const asked = server.requests.length;
    const t = await history();
    expect(t.code).toBe(2);
    expect(t.err).toContain(`omdirigeras till en annan webbplats (http://localhost:${server.port}); flödet hämtas bara från sin egen`);
    expect(server.requests.slice(asked).map((r) => r.path)).toEqual(['/feed/manifest.json']);
  });

  it('takes limits as whole seconds and megabytes, and names a bad one', async () => {
    const t = await history('--timeout', '0');
    expect(t.code).toBe(2);
    expect(t.err).toContain('--timeout: minst 1 sekund');
    expect((await history('--max-mb', 'mycket')).err).toContain('--max-mb: ange ett antal megabyte');
  });
});
