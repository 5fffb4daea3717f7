import { describe, expect, it } from 'vitest';
import { findCaseNumbers } from '../../core/casenumber/index.ts';
import type { CaseHistory } from '../../core/history/model.ts';
import { CaseLookup } from '../../word-addin/src/history/case-lookup.ts';
import { feedAddresses } from '../../word-addin/src/settings.ts';
import { feedFiles, inventedCase } from '../../harness/invented-feed.ts';

// The pane's case look-up over two feeds: an invented region's (`RS 12-2021`) and an invented
// municipality's (`KS-2024-00105`), each with the shape it learned; one case is in both.

const REGION = 'https://region.example/historik';
const KOMMUN = 'https://kommun.example/historik/manifest.json';
const SETTING = `${REGION}\n  ${KOMMUN} ${REGION}`;
const SHARED = 'KS-2024-00012';

const regionCases: CaseHistory[] = [{ ...inventedCase(12, 2), caseNumber: 'RS 12-2021' }, { ...inventedCase(900, 2), caseNumber: SHARED }];
const kommunCases: CaseHistory[] = [
  { ...inventedCase(105, 1), caseNumber: 'KS-2024-00105' },
  { ...inventedCase(901, 1), caseNumber: SHARED, entries: inventedCase(901, 1).entries.map((e) => ({ ...e, body: 'Kommunstyrelsen', date: '2015-01-20' })) },
];

function served(): Map<string, string> {
  const files = new Map<string, string>();
  for (const [file, body] of feedFiles(regionCases, 16, undefined, { organisation: 'Region Exempelland', caseNumberFormats: ['prefix-number-year'] })) files.set(`${REGION}/${file}`, body);
  for (const [file, body] of feedFiles(kommunCases, 16, undefined, { caseNumberFormats: ['{prefix:KS}-{year}-{serial:5}'] })) files.set(`https://kommun.example/historik/${file}`, body);
  return files;
}

function fakeFetch(files: Map<string, string>) {
  return async (url: string) => {
    const body = files.get(url);
    return new Response(body ?? 'finns inte', { status: body === undefined ? 404 : 200 });
  };
}

describe('case look-up in several feeds', () => {
  it('reads the setting as one address or several, each once', () => {
    expect(feedAddresses(SETTING)).toEqual([REGION, KOMMUN]);
    expect(feedAddresses(' ')).toEqual([]);
  });

  it('reads each organisation’s shape and names the organisation of every entry, merging a case in both', async () => {
    const lookup = new CaseLookup(() => SETTING, fakeFetch(served()));
    const kommun = await lookup.lookup('KS-2024-00105');
    expect(kommun).toMatchObject({ kind: 'found', history: { caseNumber: 'KS-2024-00105' } });
    expect(kommun.kind === 'found' && kommun.history.entries.map((e) => e.organisation)).toEqual(['kommun.example']);
    const shared = await lookup.lookup(SHARED);
    expect(shared.kind === 'found' && shared.history.entries.map((e) => [e.date, e.organisation])).toEqual([
      ['2015-01-01', 'Region Exempelland'],
      ['2015-01-20', 'kommun.example'],
      ['2015-02-08', 'Region Exempelland'],
    ]);
    expect(await lookup.lookup('RS 404-2025')).toEqual({ kind: 'notFound', caseNumber: 'RS 404-2025' });
    const formats = await lookup.caseNumberConfig();
    expect(findCaseNumbers('RS 12-2021 och KS-2024-00105', formats).map((m) => m.caseNumber.canonical)).toEqual(['RS 12-2021', 'KS-2024-00105']);
  });

  it('keeps a failing feed’s last good data, reads the others, and names a feed that has none', async () => {
    const files = served();
    const lookup = new CaseLookup(() => SETTING, fakeFetch(files));
    expect((await lookup.lookup('KS-2024-00105')).kind).toBe('found');
    files.delete(KOMMUN);
    expect((await lookup.lookup('KS-2024-00105')).kind).toBe('found');

    const fresh = new CaseLookup(() => SETTING, fakeFetch(files));
    expect(await fresh.lookup('RS 12-2021')).toMatchObject({ kind: 'found', history: { caseNumber: 'RS 12-2021' } });
    expect(await fresh.lookup('RS 404-2025')).toEqual({ kind: 'unavailable', message: expect.stringMatching(/^kommun\.example: Beslutshistoriken kunde inte läsas: .*404/) });
  });
});
