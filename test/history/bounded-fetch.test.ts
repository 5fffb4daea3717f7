import { describe, expect, it } from 'vitest';
import { fetchBounded, type FetchLimits, type PlatformFetch } from '../../core/history/bounded-fetch.ts';
import { FeedError } from '../../core/history/read-feed.ts';

const limits: FetchLimits = { connectSeconds: 1, totalSeconds: 2, maxMegabytes: 1 };
const URL_ = 'https://intranat.example.se/historik/manifest.json';
const request = { what: 'manifest.json', limits };

/** A server that never answers: the fetch settles only when it is aborted. */
const silent: PlatformFetch = (_url, init) =>
  new Promise((_resolve, reject) => init.signal?.addEventListener('abort', () => reject(new DOMException('avbruten', 'AbortError'))));

describe('fetchBounded', () => {
  it('gives up on a server that does not answer within the connect limit', async () => {
    const started = Date.now();
    const error = await fetchBounded(silent, URL_, request).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FeedError);
    expect((error as Error).message).toBe('manifest.json: servern svarade inte inom 1 sekunder');
    expect(Date.now() - started).toBeLessThan(1900);
  });

  it('refuses a file whose Content-Length is over the limit without reading it', async () => {
    const big = (async () => new Response('{}', { headers: { 'content-length': String(2 * 1024 * 1024) } })) as PlatformFetch;
    await expect(fetchBounded(big, URL_, request)).rejects.toThrow('manifest.json är större än 1 MB (gränsen för en fil i flödet)');
  });

  it('follows a redirect within the origin by hand, and refuses one to another origin', async () => {
    const asked: string[] = [];
    const redirecting = (target: string): PlatformFetch =>
      async (url, init) => {
        asked.push(url);
        expect(init.redirect).toBe('manual');
        return url === URL_ ? new Response(null, { status: 302, headers: { location: target } }) : new Response('{"ok":true}');
      };
    expect((await fetchBounded(redirecting('/historik/v2/manifest.json'), URL_, request)).text).toBe('{"ok":true}');
    expect(asked).toEqual([URL_, 'https://intranat.example.se/historik/v2/manifest.json']);
    asked.length = 0;
    await expect(fetchBounded(redirecting('https://annan.example.com/manifest.json'), URL_, request)).rejects.toThrow(
      'manifest.json omdirigeras till en annan webbplats (https://annan.example.com); flödet hämtas bara från sin egen',
    );
    expect(asked).toEqual([URL_]);
  });

  it('refuses a redirect the browser hides', async () => {
    const opaque = (async () => ({ type: 'opaqueredirect', status: 0, url: '' }) as Response) as PlatformFetch;
    await expect(fetchBounded(opaque, URL_, request)).rejects.toThrow(/omdirigeras, och webbläsaren visar inte vart/);
  });

  it('passes the caller’s own cancellation on as it is', async () => {
    const controller = new AbortController();
    const pending = fetchBounded(silent, URL_, { ...request, signal: controller.signal });
    controller.abort();
    const error = await pending.catch((e: unknown) => e);
    expect(error).not.toBeInstanceOf(FeedError);
    expect((error as Error).name).toBe('AbortError');
  });

  it('keeps a byte-order mark in the text, so that the hash is that of the bytes', async () => {
    const withBom = (async () => new Response(new Uint8Array([0xef, 0xbb, 0xbf, 0x7b, 0x7d]))) as PlatformFetch;
    expect((await fetchBounded(withBom, URL_, request)).text).toBe('\uFEFF{}');
  });
});
