import { describe, expect, it } from 'vitest';
import { bodyInSentence, currentStatus, describeEntry } from '../../core/history/status.ts';
import type { HistoryEntry, Outcome } from '../../core/history/model.ts';
import { classifyOutcome } from '../../core/history/outcome.ts';

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

describe('the status a decision text gets in the history', () => {
  const statusOf = (decision: string, body = 'Kommunstyrelsen') =>
    describeEntry(entry('decided', { body, decision, ...classifyOutcome(decision, { body }) }));

  it.each([
    ['Kommunstyrelsen föreslår kommunfullmäktige besluta:\n - att anta taxan.', 'Föreslagen till kommunfullmäktige 2025-04-01'],
    ['Kommunstyrelsen föreslår att kommunfullmäktige beslutar att avslå motionen.', 'Föreslagen till kommunfullmäktige 2025-04-01'],
    ['Kommunstyrelsen tillstyrker medborgarförslaget.', 'Föreslagen av kommunstyrelsen 2025-04-01'],
    ['Kommunstyrelsen beslutar i enlighet med arbetsutskottets förslag.', 'Beslutad av kommunstyrelsen 2025-04-01'],
    ['Ärendet bordläggs.', 'Bordlagd av kommunstyrelsen 2025-04-01'],
    ['Ärendet remitteras åter till förvaltningen.', 'Återremitterad av kommunstyrelsen 2025-04-01'],
    ['Motionen avslås.', 'Avslagen av kommunstyrelsen 2025-04-01'],
    ['Motionen bifalls.', 'Beslutad av kommunstyrelsen 2025-04-01'],
    ['Informationen antecknas.', 'Informationen noterad av kommunstyrelsen 2025-04-01'],
    ['Skrivelserna läggs till handlingarna.', 'Informationen noterad av kommunstyrelsen 2025-04-01'],
    ['Interpellationen förklaras besvarad.', 'Beslutad av kommunstyrelsen 2025-04-01'],
    ['Riktlinjen fastställs.', 'Beslutad av kommunstyrelsen 2025-04-01'],
  ] as const)('%s → %s', (decision, status) => {
    expect(statusOf(decision)).toBe(status);
  });

  it('shows a fullmäktige decision on the styrelse’s proposal as a decision, and never a proposal as one', () => {
    const proposal = 'Enligt kommunstyrelsens förslag:\nKommunstyrelsen föreslår kommunfullmäktige besluta att anta planen.';
    expect(statusOf(proposal, 'Kommunfullmäktige')).toBe('Beslutad av kommunfullmäktige 2025-04-01');
    const own = 'Kommunstyrelsen föreslår kommunfullmäktige besluta att anta planen.';
    expect(statusOf(own, 'Kommunstyrelsen')).toBe('Föreslagen till kommunfullmäktige 2025-04-01');
    expect(statusOf(own, 'Kommunfullmäktige')).toBe('Beslutad av kommunfullmäktige 2025-04-01');
  });
});
