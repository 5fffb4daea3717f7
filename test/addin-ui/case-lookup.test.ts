import { describe, expect, it } from 'vitest';
import { CaseNumberConfig } from '../../core/casenumber/index.ts';
import { writeFeed } from '../../core/history/write-feed.ts';
import { CaseLookup } from '../../word-addin/src/history/case-lookup.ts';
import { feedFiles, inventedCase } from '../../harness/invented-feed.ts';

const FEED = 'https://intranat.example/beslutshistorik';

/** A fetch over a map of URL → body; a missing URL is a 404. Records what was asked. */
function fakeFetch(files: Map<string, string>) {
  const asked: string[] = [];
  const fetch = async (url: string) => {
    asked.push(url);
    const body = files.get(url);
    return new Response(body ?? 'finns inte', { status: body === undefined ? 404 : 200 });
  };
  return { fetch, asked };
}

function served(cases = [inventedCase(7, 3), inventedCase(8, 1), inventedCase(21, 2)]): Map<string, string> {
  return new Map([...feedFiles(cases)].map(([file, body]) => [`${FEED}/${file}`, body]));
}

describe('case look-up in the decision-history feed', () => {
  it('finds a case by any accepted spelling, fetching the manifest and one shard', async () => {
    const { fetch, asked } = fakeFetch(served());
    const lookup = new CaseLookup(() => FEED, fetch);
    const wanted = inventedCase(7, 3);
    const result = await lookup.lookup(wanted.caseNumber.replace(' ', '\u00a0'));
    expect(result).toEqual({ kind: 'found', history: wanted });
    expect(asked).toHaveLength(2);
    expect(asked[0]).toBe(`${FEED}/manifest.json`);
  });

  it('takes the feed as its folder or its manifest.json', async () => {
    const { fetch, asked } = fakeFetch(served());
    const wanted = inventedCase(7, 3);
    expect(await new CaseLookup(() => `${FEED}/manifest.json`, fetch).lookup(wanted.caseNumber)).toEqual({ kind: 'found', history: wanted });
    expect(asked[0]).toBe(`${FEED}/manifest.json`);
  });

  it('tells a case that is not in the feed from text that is no case number', async () => {
    const { fetch } = fakeFetch(served());
    const lookup = new CaseLookup(() => FEED, fetch);
    expect(await lookup.lookup('RS 404-2025')).toEqual({ kind: 'notFound', caseNumber: 'RS 404-2025' });
    expect(await lookup.lookup('SFS 2017:725')).toEqual({ kind: 'invalid' });
  });

  it('says so when no feed is configured', async () => {
    const lookup = new CaseLookup(() => '', fakeFetch(new Map()).fetch);
    expect(await lookup.lookup('RS 1-2025')).toMatchObject({ kind: 'unavailable', message: expect.stringMatching(/Ingen adress/) });
  });

  it('refuses a shard that does not match the manifest hash', async () => {
    const files = served();
    const wanted = inventedCase(7, 3);
    for (const [url, body] of files) if (url.includes('/shards/') && body.includes(wanted.caseNumber)) files.set(url, body.replace(wanted.title, 'Ändrad rubrik'));
    const lookup = new CaseLookup(() => FEED, fakeFetch(files).fetch);
    expect(await lookup.lookup(wanted.caseNumber)).toMatchObject({ kind: 'unavailable', message: expect.stringMatching(/stämmer inte med manifestet/) });
  });

  it('keeps the last good manifest when the feed turns bad or goes away', async () => {
    const files = served();
    const lookup = new CaseLookup(() => FEED, fakeFetch(files).fetch);
    const wanted = inventedCase(21, 2);
    expect((await lookup.lookup(wanted.caseNumber)).kind).toBe('found');
    files.set(`${FEED}/manifest.json`, '{"format":"något annat"}');
    expect((await lookup.lookup(wanted.caseNumber)).kind).toBe('found');
    files.delete(`${FEED}/manifest.json`);
    expect((await lookup.lookup(wanted.caseNumber)).kind).toBe('found');
  });

  it('names a bad manifest in Swedish when there is nothing to fall back on', async () => {
    const lookup = new CaseLookup(() => FEED, fakeFetch(new Map([[`${FEED}/manifest.json`, '<html>']])).fetch);
    expect(await lookup.lookup('RS 1-2025')).toMatchObject({ kind: 'unavailable', message: expect.stringMatching(/manifest\.json är inte giltig JSON/) });
  });

  it('gives up on a server that does not answer within the limits, and on a redirect to another origin', async () => {
    const silent = (_url: string, init: RequestInit) =>
      new Promise<Response>((_resolve, reject) => init.signal?.addEventListener('abort', () => reject(new DOMException('avbruten', 'AbortError'))));
    const limits = { connectSeconds: 1, totalSeconds: 5, maxMegabytes: 1 };
    expect(await new CaseLookup(() => FEED, silent, null, limits).lookup('RS 1-2025')).toEqual({
      kind: 'unavailable',
      message: 'Beslutshistoriken kunde inte läsas: manifest.json: servern svarade inte inom 1 sekunder.',
    });
    const away = async () => new Response(null, { status: 302, headers: { location: 'https://annan.example.com/manifest.json' } });
    expect(await new CaseLookup(() => FEED, away).lookup('RS 1-2025')).toMatchObject({ kind: 'unavailable', message: expect.stringMatching(/omdirigeras till en annan webbplats/) });
  });

  it('reads case numbers with the formats the feed learned, finds a sub-numbered one as its case, and lets the administrator’s formats win', async () => {
    const wanted = { ...inventedCase(12, 2), caseNumber: 'VX-2024-00012' };
    const feed = writeFeed([wanted], { protocols: 1, paragraphs: 2, cases: 1, entries: 2 }, {
      generatedAt: '2026-02-01T02:00:00.000Z',
      caseNumberFormats: ['{prefix:VX}-{year}-{serial:5}[:{sub}]'],
    });
    const files = new Map([feed.manifest, ...feed.shards].map((f) => [`${FEED}/${f.path}`, f.content]));
    expect(await new CaseLookup(() => FEED, fakeFetch(files).fetch).lookup('VX\u20132024\u201300012:2')).toEqual({ kind: 'found', history: wanted });
    const own = CaseNumberConfig.parse({ formats: ['prefix-number-year'], prefixes: ['RS'] });
    expect(await new CaseLookup(() => FEED, fakeFetch(files).fetch, own).lookup('VX-2024-00012')).toEqual({ kind: 'invalid' });
  });
});
