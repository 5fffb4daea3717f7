import { describe, expect, it } from 'vitest';
import { publishRefusal } from '../../cli/publish-guard.ts';

const keys = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => `rs|${from + i}|2025`);
const check = (current: string[], published: string[] | null, maxShrinkPercent = 10) =>
  publishRefusal({ protocolsRead: 3, filesFound: 3, published: published && { cases: published.length, keys: published }, current: new Set(current), maxShrinkPercent });

describe('publishRefusal', () => {
  it('refuses a run that read no protocol, saying whether there was anything to read', () => {
    expect(publishRefusal({ protocolsRead: 0, filesFound: 0, published: null, current: new Set(), maxShrinkPercent: 10 })).toBe('inga protokollfiler hittades');
    expect(publishRefusal({ protocolsRead: 0, filesFound: 1, published: null, current: new Set(), maxShrinkPercent: 10 })).toBe('den enda protokollfilen kunde inte läsas');
    expect(publishRefusal({ protocolsRead: 0, filesFound: 412, published: null, current: new Set(), maxShrinkPercent: 10 })).toBe('ingen av de 412 protokollfilerna kunde läsas');
  });

  it('allows a first feed, growth and a drop up to the limit; refuses a larger drop', () => {
    expect(check(keys(0, 5), null)).toBeNull();
    expect(check(keys(0, 120), keys(0, 100))).toBeNull();
    expect(check(keys(10, 100), keys(0, 100))).toBeNull();
    expect(check(keys(11, 100), keys(0, 100))).toBe('körningen skulle ta bort 11 av 100 publicerade ärenden (11 %, gränsen är 10 %)');
    expect(check(keys(50, 100), keys(0, 100), 50)).toBeNull();
  });

  it('counts the published cases that are gone, even when as many new ones take their place', () => {
    expect(check(keys(50, 150), keys(0, 100))).toBe('körningen skulle ta bort 50 av 100 publicerade ärenden (50 %, gränsen är 10 %)');
  });

  it('counts at least the drop in the case count when the published shards cannot all be read', () => {
    expect(publishRefusal({ protocolsRead: 1, filesFound: 1, published: { cases: 100, keys: [] }, current: new Set(keys(0, 50)), maxShrinkPercent: 10 })).toMatch(
      /ta bort 50 av 100/,
    );
  });
});
