import { describe, expect, it } from 'vitest';
import { bodyInSentence, currentStatus, describeEntry } from '../../core/history/status.ts';
import type { HistoryEntry, Outcome } from '../../core/history/model.ts';

const entry = (outcome: Outcome, over: Partial<HistoryEntry> = {}): HistoryEntry => ({
  body: 'Regionstyrelsen',
  date: '2025-04-01',
  paragraph: 61,
  title: 'Tidsplan',
  decision: '',
  outcome,
  proposedTo: null,
  reservations: [],
  source: { file: 'rs.pdf' },
  ...over,
});

describe('status', () => {
  it('says each outcome the way a person would', () => {
    expect(describeEntry(entry('proposed', { body: 'Regionstyrelsens arbetsutskott', date: '2024-12-05', proposedTo: 'regionstyrelsen' }))).toBe(
      'Föreslagen till regionstyrelsen 2024-12-05',
    );
    expect(describeEntry(entry('proposed', { body: 'Regionstyrelsens arbetsutskott' }))).toBe('Föreslagen av regionstyrelsens arbetsutskott 2025-04-01');
    expect(describeEntry(entry('decided'))).toBe('Beslutad av regionstyrelsen 2025-04-01');
    expect(describeEntry(entry('referredBack'))).toBe('Återremitterad av regionstyrelsen 2025-04-01');
    expect(describeEntry(entry('tabled'))).toBe('Bordlagd av regionstyrelsen 2025-04-01');
    expect(describeEntry(entry('informationNoted'))).toBe('Informationen noterad av regionstyrelsen 2025-04-01');
    expect(describeEntry(entry('rejected'))).toBe('Avslagen av regionstyrelsen 2025-04-01');
  });

  it('keeps acronyms as written', () => {
    expect(bodyInSentence('HSN')).toBe('HSN');
    expect(bodyInSentence('Hälso- och sjukvårdsnämnden')).toBe('hälso- och sjukvårdsnämnden');
  });

  it('derives the current status from the latest entry', () => {
    const history = {
      caseNumber: 'RS 2215-2024',
      title: 'Tidsplan',
      entries: [entry('proposed', { body: 'Regionstyrelsens arbetsutskott', date: '2024-12-05', proposedTo: 'regionstyrelsen' }), entry('decided')],
    };
    expect(currentStatus(history)).toBe('Beslutad av regionstyrelsen 2025-04-01');
    expect(currentStatus({ ...history, entries: history.entries.slice(0, 1) })).toBe('Föreslagen till regionstyrelsen 2024-12-05');
  });
});
