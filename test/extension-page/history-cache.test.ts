import { describe, expect, it } from 'vitest';
import type { CaseHistory } from '../../core/history/model.ts';
import { HistoryCache } from '../../extension/entrypoints/content/history-cache.ts';

const history = (caseNumber: string): CaseHistory => ({
  caseNumber,
  title: `Ärende ${caseNumber}`,
  entries: [
    {
      body: 'Regionstyrelsen',
      date: '2024-12-05',
      paragraph: 1,
      title: `Ärende ${caseNumber}`,
      decision: 'Regionstyrelsen beslutar att godkänna förslaget.',
      outcome: 'decided',
      proposedTo: null,
      reservations: [],
      source: { file: 'protokoll.pdf' },
    },
  ],
});

describe('the content script history cache', () => {
  it('asks once for the page, answers from memory after that, and knows which cases the feed lacks', async () => {
    const asked: string[][] = [];
    const cache = new HistoryCache(async (numbers) => {
      asked.push(numbers);
      return Object.fromEntries(numbers.map((n) => [n, n.startsWith('RS') ? history(n) : null]));
    });
    expect(cache.get('RS 1-2024')).toBeUndefined();
    await cache.prefetch(['RS 1-2024', 'RF 2-2024']);
    await cache.prefetch(['RS 1-2024', 'RS 3-2024']);
    expect(asked).toEqual([['RS 1-2024', 'RF 2-2024'], ['RS 3-2024']]);
    expect(cache.get('RS 1-2024')?.title).toBe('Ärende RS 1-2024');
    expect(cache.get('RF 2-2024')).toBeNull();
  });

  it('splits only past the per-message limit', async () => {
    const sizes: number[] = [];
    const cache = new HistoryCache(async (numbers) => {
      sizes.push(numbers.length);
      return {};
    });
    await cache.prefetch(Array.from({ length: 12_000 }, (_, i) => `RS ${i + 1}-2024`));
    expect(sizes).toEqual([5000, 5000, 2000]);
  });

  it('asks again after a failure instead of taking it for "not in the feed", and after a sync', async () => {
    let fail = true;
    let calls = 0;
    const cache = new HistoryCache(async (numbers) => {
      calls++;
      if (fail) throw new Error('service worker asleep');
      return Object.fromEntries(numbers.map((n) => [n, history(n)]));
    });
    await expect(cache.prefetch(['RS 1-2024'])).rejects.toThrow('asleep');
    expect(cache.get('RS 1-2024')).toBeUndefined();
    fail = false;
    await cache.prefetch(['RS 1-2024']);
    expect(cache.get('RS 1-2024')).not.toBeNull();
    const answered: string[][] = [];
    cache.onAnswer((n) => answered.push(n));
    await cache.refresh(['RS 1-2024']);
    expect(calls).toBe(3);
    expect(answered).toEqual([['RS 1-2024']]);
  });
});
