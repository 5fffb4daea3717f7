import { describe, expect, it } from 'vitest';
import { feedCaseNumberConfig, unionOfLearnedFormats } from '../../core/history/feed-formats.ts';
import { FeedManifest } from '../../core/history/feed.ts';
import { mergeCaseHistories, MergedCaseHistory, organisationLabel } from '../../core/history/merge-feeds.ts';
import type { CaseHistory, HistoryEntry } from '../../core/history/model.ts';
import { writeFeed } from '../../core/history/write-feed.ts';
import { DEFAULT_CASE_NUMBER_CONFIG } from '../../core/casenumber/config.ts';

// Invented: a municipality's board proposes, the region decides the same case number.
function entry(body: string, date: string, paragraph: number, title = 'Gemensam färdtjänst'): HistoryEntry {
  return {
    body,
    date,
    paragraph,
    title,
    decision: `${body} beslutar.`,
    outcome: 'decided',
    proposedTo: null,
    reservations: [],
    source: { file: `${body}-${date}.pdf` },
  };
}
const kommun: CaseHistory = {
  caseNumber: 'KS-2024-00012',
  title: 'Gemensam färdtjänst',
  entries: [entry('Kommunstyrelsen', '2024-02-01', 12), entry('Kommunfullmäktige', '2024-03-01', 30)],
};
const region: CaseHistory = {
  caseNumber: 'ks-2024-00012',
  title: 'Färdtjänst i hela länet',
  entries: [entry('Regionstyrelsen', '2024-02-20', 44, 'Färdtjänst i hela länet'), entry('Regionstyrelsen', '2024-04-10', 71, 'Färdtjänst i hela länet')],
};

describe('mergeCaseHistories', () => {
  it('merges a case of two feeds into one history, oldest first, each entry naming its organisation', () => {
    const merged = mergeCaseHistories([
      { organisation: 'Exempelby kommun', history: kommun },
      { organisation: 'Region Exempelland', history: region },
    ])!;
    expect(MergedCaseHistory.parse(merged)).toEqual(merged);
    expect(merged.caseNumber).toBe('KS-2024-00012');
    expect(merged.entries.map((e) => [e.date, e.organisation])).toEqual([
      ['2024-02-01', 'Exempelby kommun'],
      ['2024-02-20', 'Region Exempelland'],
      ['2024-03-01', 'Exempelby kommun'],
      ['2024-04-10', 'Region Exempelland'],
    ]);
    expect(merged.title).toBe('Färdtjänst i hela länet');
  });

  it('keeps each feed’s order within a date and shows an entry two feeds publish once, from the first', () => {
    const sameDay: CaseHistory = { ...kommun, entries: [entry('Utskottet', '2024-02-01', 3), entry('Kommunstyrelsen', '2024-02-01', 12)] };
    const merged = mergeCaseHistories([
      { organisation: 'A', history: sameDay },
      { organisation: 'B', history: { ...region, entries: [entry('Kommunstyrelsen', '2024-02-01', 12), ...region.entries] } },
    ])!;
    expect(merged.entries.map((e) => `${e.body} ${e.organisation}`)).toEqual(['Utskottet A', 'Kommunstyrelsen A', 'Regionstyrelsen B', 'Regionstyrelsen B']);
  });

  it('gives one unnamed feed’s history back as it is, and null when no feed has the case', () => {
    expect(mergeCaseHistories([{ organisation: undefined, history: kommun }])).toEqual(kommun);
    expect(mergeCaseHistories([])).toBeNull();
  });
});

describe('organisationLabel', () => {
  it('is the manifest’s name, else the host among several feeds, else nothing', () => {
    expect(organisationLabel('Region Exempelland', 'https://region.example.se/historik/manifest.json', 1)).toBe('Region Exempelland');
    expect(organisationLabel(undefined, 'https://kommun.example.se:8443/historik/manifest.json', 2)).toBe('kommun.example.se:8443');
    expect(organisationLabel(undefined, 'https://kommun.example.se/historik/manifest.json', 1)).toBeUndefined();
  });
});

describe('feed formats', () => {
  it('scans with every feed’s learned formats, each once, in feed order', () => {
    expect(unionOfLearnedFormats([['prefix-number-year'], undefined, ['prefix-dash-year-number', 'prefix-number-year']])).toEqual([
      'prefix-number-year',
      'prefix-dash-year-number',
    ]);
  });

  it('reads a feed with the administrator’s formats, else its own, else the default', () => {
    const configured = { formats: ['prefix-year-slash-number'], prefixes: ['KS'] };
    expect(feedCaseNumberConfig(configured, ['prefix-dash-year-number'])).toBe(configured);
    expect(feedCaseNumberConfig(null, ['prefix-dash-year-number'])).toEqual({ formats: ['prefix-dash-year-number'], prefixes: [] });
    expect(feedCaseNumberConfig(null, undefined)).toBe(DEFAULT_CASE_NUMBER_CONFIG);
  });
});

describe('the manifest’s organisation', () => {
  const counts = { protocols: 1, paragraphs: 2, cases: 1, entries: 2 };
  it('is written when given and read back; a manifest without it still reads', () => {
    const named = writeFeed([kommun], counts, { generatedAt: '2026-01-15T02:00:00.000Z', organisation: 'Exempelby kommun' });
    expect(FeedManifest.parse(JSON.parse(named.manifest.content)).organisation).toBe('Exempelby kommun');
    const unnamed = writeFeed([kommun], counts, { generatedAt: '2026-01-15T02:00:00.000Z' });
    expect(unnamed.manifest.content).not.toContain('organisation');
    expect(FeedManifest.parse(JSON.parse(unnamed.manifest.content)).organisation).toBeUndefined();
  });
});
