import 'fake-indexeddb/auto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Io } from '../../cli/command.ts';
import { main } from '../../cli/main.ts';
import { DEFAULT_FETCH_LIMITS } from '../../core/history/bounded-fetch.ts';
import { MANIFEST_FILE, shardOf, type FeedManifest, type FeedShard } from '../../core/history/feed.ts';
import { sha256Hex } from '../../core/history/hash.ts';
import type { CaseHistory } from '../../core/history/model.ts';
import { sha256WebCrypto, syncFeed } from '../../extension/lib/feed-sync.ts';
import { HistoryStore } from '../../extension/lib/history-store.ts';
import { feedFiles, inventedCases } from '../../harness/invented-feed.ts';
import { useTempDirs } from '../read/temp-dirs.ts';

/**
 * Feeds a hostile server could publish, each made consistent everywhere else (hashes, sizes,
 * counts) so that only the one fault is left: the CLI (`protokoll history`) and the extension's
 * sync refuse each with the same Swedish reason, since both read through the core schema.
 */

const tempDir = useTempDirs();
const cases = inventedCases(60);
const FEED_URL = 'https://intranat.example.se/historik/manifest.json';

interface Feed {
  manifest: FeedManifest;
  shards: Map<string, FeedShard>;
}

function parsed(): Feed {
  const files = feedFiles(cases);
  const manifest = JSON.parse(files.get(MANIFEST_FILE)!) as FeedManifest;
  return { manifest, shards: new Map(manifest.shards.map((ref) => [ref.path, JSON.parse(files.get(ref.path)!) as FeedShard])) };
}

/** The feed's files after `edit`, with every hash, size and count made to match what is there. */
function published({ manifest, shards }: Feed): Map<string, string> {
  const files = new Map<string, string>();
  for (const ref of manifest.shards) {
    const shard = shards.get(ref.path)!;
    const text = JSON.stringify(shard);
    files.set(ref.path, text);
    Object.assign(ref, {
      sha256: sha256Hex(text),
      bytes: Buffer.byteLength(text),
      cases: shard.cases.length,
      entries: shard.cases.reduce((n, c) => n + c.entries.length, 0),
    });
  }
  manifest.counts.cases = manifest.shards.reduce((n, ref) => n + ref.cases, 0);
  manifest.counts.entries = manifest.shards.reduce((n, ref) => n + ref.entries, 0);
  files.set(MANIFEST_FILE, JSON.stringify(manifest));
  return files;
}

/** The reason `protokoll history` gives for refusing the feed, without the file's name. */
async function cliReason(files: Map<string, string>, caseNumber: string): Promise<string> {
  const dir = tempDir('hostile-feed');
  for (const [file, text] of files) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  let err = '';
  const io: Io = { stdout: () => undefined, stderr: (t) => void (err += t), isTTY: false, cwd: dir };
  expect(await main(['history', caseNumber, '--feed', dir], io)).toBe(2);
  const named = /^protokoll history: (\S+) i \S+ (.*)\n$/s.exec(err);
  expect(named, err).not.toBeNull();
  return `${named![1] === MANIFEST_FILE ? 'Manifestet' : named![1]} ${named![2]}`;
}

let n = 0;
/** The reason the extension's sync gives, its store left without data. */
async function extensionReason(files: Map<string, string>): Promise<string> {
  const store = await HistoryStore.open(`hostile-${++n}`);
  const fetch = (async (url: string) => {
    const text = files.get(new URL(url).pathname.replace('/historik/', ''));
    return new Response(text ?? 'finns inte', { status: text === undefined ? 404 : 200 });
  }) as typeof globalThis.fetch;
  try {
    const error = await syncFeed(FEED_URL, { store, fetch, sha256: sha256WebCrypto, limits: DEFAULT_FETCH_LIMITS }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(await store.activeFeed(FEED_URL)).toBeNull();
    return (error as Error).message;
  } finally {
    store.close();
  }
}

/** Two shards and a case of the first, to move about. */
function twoShards(feed: Feed): { a: FeedShard; b: FeedShard; moved: CaseHistory; native: CaseHistory } {
  const [a, b] = [...feed.shards.values()];
  return { a: a!, b: b!, moved: a!.cases[0]!, native: b!.cases[0]! };
}

async function expectRefusedAlike(files: Map<string, string>, caseNumber: string, reason: string | RegExp): Promise<void> {
  const [cli, extension] = [await cliReason(files, caseNumber), await extensionReason(files)];
  expect(cli).toBe(extension);
  expect(extension).toMatch(reason);
}

describe('a hostile feed is refused alike by the CLI and the extension', () => {
  it.each(['javascript:alert(document.cookie)', 'data:text/html,<script>alert(1)</script>', 'file:///etc/passwd'])('a source link %s', async (url) => {
    const feed = parsed();
    const { moved } = twoShards(feed);
    moved.entries[0]!.source.url = url;
    await expectRefusedAlike(published(feed), moved.caseNumber, /^shards\/\S+ följer inte flödesformatet: cases\[0\]\.entries\[0\]\.source\.url: källans länk ska börja med http:\/\/ eller https:\/\/$/);
  });

  it('a shard id listed twice', async () => {
    const feed = parsed();
    const first = feed.manifest.shards[0]!;
    feed.manifest.shards.push({ ...first });
    await expectRefusedAlike(published(feed), cases[0]!.caseNumber, `Manifestet följer inte flödesformatet: shards[${feed.manifest.shards.length - 1}].id: del ${first.id} står två gånger`);
  });

  it('a case in two shards', async () => {
    const feed = parsed();
    const { b, moved, native } = twoShards(feed);
    b.cases.push(moved);
    await expectRefusedAlike(published(feed), native.caseNumber, `innehåller ett ärende som hör till en annan del (${moved.caseNumber})`);
  });

  it('a case in the wrong shard', async () => {
    const feed = parsed();
    const { a, b, moved, native } = twoShards(feed);
    a.cases.shift();
    b.cases.push(moved);
    expect(shardOf(moved.caseNumber, feed.manifest.shardCount)).not.toBe(b.shard);
    await expectRefusedAlike(published(feed), native.caseNumber, `innehåller ett ärende som hör till en annan del (${moved.caseNumber})`);
  });

  it('a case listed twice in its shard', async () => {
    const feed = parsed();
    const { a, moved } = twoShards(feed);
    a.cases.push({ ...moved, title: 'En andra, annan version' });
    await expectRefusedAlike(published(feed), moved.caseNumber, `cases[${a.cases.length - 1}].caseNumber: ärendet ${moved.caseNumber} står två gånger`);
  });

  it('counts that a shard does not hold', async () => {
    const feed = parsed();
    const files = published(feed);
    const manifest = JSON.parse(files.get(MANIFEST_FILE)!) as FeedManifest;
    manifest.counts.cases += 1000;
    files.set(MANIFEST_FILE, JSON.stringify(manifest));
    await expectRefusedAlike(files, cases[0]!.caseNumber, `counts.cases: ${manifest.counts.cases} stämmer inte med delarnas summa ${manifest.counts.cases - 1000}`);
  });
});
