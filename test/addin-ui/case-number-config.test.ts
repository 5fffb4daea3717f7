import { describe, expect, it } from 'vitest';
import { CaseNumberConfig, DEFAULT_CASE_NUMBER_CONFIG, parseCaseNumber } from '../../core/casenumber/index.ts';
import { writeFeed } from '../../core/history/write-feed.ts';
import { buildEntry } from '../../word-addin/src/form/draft-to-input.ts';
import { emptyDraft } from '../../word-addin/src/form/entry-draft.ts';
import { CaseLookup } from '../../word-addin/src/history/case-lookup.ts';
import { bodyName } from '../../core/templates/index.ts';

const FEED = 'https://intranat.example/beslutshistorik';

/** A feed whose manifest carries the formats learned from a kommun's protocols. */
function kommunFeed(): (url: string) => Promise<Response> {
  const feed = writeFeed([], { protocols: 0, paragraphs: 0, cases: 0, entries: 0 }, {
    generatedAt: '2026-01-15T02:00:00.000Z',
    shardCount: 4,
    caseNumberFormats: ['{prefix:KS|SBN} {year}/{serial}', '{prefix:SBN}-{year}-{serial:5}'],
  });
  const files = new Map([[`${FEED}/${feed.manifest.path}`, feed.manifest.content], ...feed.shards.map((f) => [`${FEED}/${f.path}`, f.content] as const)]);
  return async (url) => new Response(files.get(url) ?? 'finns inte', { status: files.has(url) ? 200 : 404 });
}

describe("the pane's case-number formats", () => {
  it("are the feed's learned formats, so a kommun's numbers are valid in the form", async () => {
    const config = await new CaseLookup(() => FEED, kommunFeed()).caseNumberConfig();
    expect(parseCaseNumber('KS 2025/12', config)?.canonical).toBe('KS 2025/12');
    expect(parseCaseNumber('SBN-2024-00417', config)?.canonical).toBe('SBN-2024-00417');
    const draft = { ...emptyDraft('beslutsarende'), title: 'Ny taxa', caseNumbers: 'KS 2025/12, SBN-2024-00417' };
    expect(buildEntry(draft, 1, bodyName('Kommunstyrelsen')).ok).toBe(false);
    const built = buildEntry(draft, 1, bodyName('Kommunstyrelsen'), config);
    expect(built.ok && built.entry.caseNumbers).toEqual(['KS 2025/12', 'SBN-2024-00417']);
  });

  it("are the administrator's when the pane was built with them, whatever the feed learned", async () => {
    const configured = CaseNumberConfig.parse({ formats: ['year-prefix-number'], prefixes: ['KS'] });
    const config = await new CaseLookup(() => FEED, kommunFeed(), configured).caseNumberConfig();
    expect(parseCaseNumber('Dnr. 2011/KS 0206 001', config)?.canonical).toBe('2011/KS 0206');
  });

  it('are the default without a feed or when the feed cannot be read', async () => {
    expect(await new CaseLookup(() => '', kommunFeed()).caseNumberConfig()).toEqual(DEFAULT_CASE_NUMBER_CONFIG);
    const down = async () => new Response('fel', { status: 500 });
    expect(await new CaseLookup(() => FEED, down).caseNumberConfig()).toEqual(DEFAULT_CASE_NUMBER_CONFIG);
  });
});
