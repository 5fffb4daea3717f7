import { describe, expect, it } from 'vitest';
import type { CaseHistory, HistoryEntry } from '../../core/history/model.ts';
import { feedFiles } from '../../harness/invented-feed.ts';
import { CaseLookup } from '../../word-addin/src/history/case-lookup.ts';
import { firstNumberFrom } from '../../word-addin/src/history/use-first-number.ts';

const REGION = 'https://region.example/beslutshistorik';
const KOMMUN = 'https://sjobacka.example/beslutshistorik';

const entry = (body: string, date: string, paragraph: number): HistoryEntry => ({
  body,
  date,
  paragraph,
  title: `Ärende § ${paragraph}`,
  decision: `${body} beslutar att godkänna förslaget.`,
  outcome: 'decided',
  proposedTo: null,
  reservations: [],
  source: { file: `${body.split(' ')[0]!.toLowerCase()}-${date}.pdf`, page: 2 },
});
const history = (caseNumber: string, ...entries: HistoryEntry[]): CaseHistory => ({ caseNumber, title: 'Ett ärende', entries });

/** Each feed's files under its address; a missing file is a 404. */
function fetchFrom(feeds: Record<string, CaseHistory[]>) {
  const files = new Map<string, string>(Object.entries(feeds).flatMap(([base, cases]) => [...feedFiles(cases)].map(([file, body]) => [`${base}/${file}`, body] as const)));
  return async (url: string) => new Response(files.get(url) ?? 'finns inte', { status: files.has(url) ? 200 : 404 });
}

const meeting = { body: 'Kulturnämndens arbetsutskott', date: '2025-03-12' };

describe('the first § number of the next meeting, from the decision-history feeds', () => {
  it("proposes the number after the body's last § of its latest meeting this year, and says where it came from", async () => {
    const fetch = fetchFrom({
      [REGION]: [history('RS 1-2025', entry('Regionstyrelsen', '2025-02-20', 40))],
      [KOMMUN]: [
        history('KN 2025/9', entry('Kulturnämndens arbetsutskott', '2025-02-12', 9)),
        history('KN 2025/10', entry('Kulturnämndens  arbetsutskott', '2025-02-12', 11)),
        history('KN 2024/80', entry('Kulturnämndens arbetsutskott', '2024-12-10', 80)),
      ],
    });
    const lookup = new CaseLookup(() => `${REGION}\n${KOMMUN}`, fetch);
    const read = await lookup.meetingIndexes();
    expect(read.failures).toEqual([]);
    expect(firstNumberFrom(read, meeting)).toEqual({
      kind: 'proposed',
      proposal: expect.objectContaining({
        next: 12,
        reason: 'Förra protokollet för kulturnämndens arbetsutskott i beslutshistoriken, 2025-02-12, slutar på § 11 (kulturnämndens-2025-02-12.pdf, sidan 2): nästa nummer är § 12.',
      }),
    });
    // The first meeting of a year starts at § 1.
    expect(firstNumberFrom(read, { ...meeting, date: '2025-01-15' })).toMatchObject({ kind: 'proposed', proposal: { next: 1, previous: null } });
  });

  it('uses the feeds that can be read, and says why when none can', async () => {
    const fetch = fetchFrom({ [KOMMUN]: [history('KN 2025/9', entry('Kulturnämndens arbetsutskott', '2025-02-12', 9))] });
    const both = await new CaseLookup(() => `${REGION} ${KOMMUN}`, fetch).meetingIndexes();
    expect(both.failures).toHaveLength(1);
    expect(firstNumberFrom(both, meeting)).toMatchObject({ kind: 'proposed', proposal: { next: 10 } });
    const none = await new CaseLookup(() => REGION, fetch).meetingIndexes();
    expect(firstNumberFrom(none, meeting)).toMatchObject({ kind: 'unavailable', message: expect.stringMatching(/Numret föreslås inte från beslutshistoriken\.$/) });
    expect(firstNumberFrom(await new CaseLookup(() => '', fetch).meetingIndexes(), meeting)).toEqual({ kind: 'none' });
  });

  it('reads a feed once, however often the pane asks', async () => {
    const asked: string[] = [];
    const inner = fetchFrom({ [KOMMUN]: [history('KN 2025/9', entry('Kulturnämndens arbetsutskott', '2025-02-12', 9))] });
    const lookup = new CaseLookup(() => KOMMUN, async (url: string) => (asked.push(url), inner(url)));
    await lookup.meetingIndexes();
    const shards = asked.filter((u) => u.includes('/shards/')).length;
    await lookup.meetingIndexes();
    expect(asked.filter((u) => u.includes('/shards/')).length).toBe(shards);
  });
});
