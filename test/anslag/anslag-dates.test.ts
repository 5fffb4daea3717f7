import { describe, expect, it } from 'vitest';
import { AnslagDatesInput, anslagDates } from '../../core/anslag/anslag-dates.ts';
import { swedishErrors } from '../../core/swedish-issues.ts';

const dates = (justerat: string, uppsatt?: string) => {
  const d = anslagDates({ justerat, uppsatt });
  return { senastUppsatt: d.senastUppsatt.date, uppsatt: d.uppsatt, sistaDag: d.sistaDagAttOverklaga.date, nedtagande: d.nedtagande, late: d.late };
};

describe('anslagDates', () => {
  it('gives two days to post and three weeks from posting to appeal', () => {
    expect(dates('2025-03-11', '2025-03-12')).toEqual({ senastUppsatt: '2025-03-13', uppsatt: '2025-03-12', sistaDag: '2025-04-02', nedtagande: '2025-04-03', late: false });
    expect(anslagDates({ justerat: '2025-03-11', uppsatt: '2025-03-12' }).notes).toEqual([]);
  });

  it('posts by default on the last day the law allows', () => {
    expect(dates('2025-03-11')).toMatchObject({ uppsatt: '2025-03-13', sistaDag: '2025-04-03' });
  });

  it('a justering on Good Friday: the posting deadline passes Easter to the Tuesday', () => {
    const d = anslagDates({ justerat: '2025-04-18' });
    expect(d.senastUppsatt).toEqual({ date: '2025-04-22', moved: { from: '2025-04-20', reason: 'påskdagen' } });
    expect(d.sistaDagAttOverklaga.date).toBe('2025-05-13');
    expect(d.notes).toEqual([
      'Andra dagen efter justeringen (20 april 2025) är påskdagen; sista dagen att sätta upp anslaget blir därför nästa vardag, 22 april 2025 (lagen (1930:173) om beräkning av lagstadgad tid).',
    ]);
  });

  it('a justering on the Friday a week before Easter: the Sunday deadline moves to Monday', () => {
    expect(dates('2024-03-22')).toEqual({ senastUppsatt: '2024-03-25', uppsatt: '2024-03-25', sistaDag: '2024-04-15', nedtagande: '2024-04-16', late: false });
  });

  it('an appeal period ending on Good Friday runs to the Tuesday after Easter', () => {
    const d = anslagDates({ justerat: '2025-03-27', uppsatt: '2025-03-28' });
    expect(d.sistaDagAttOverklaga).toEqual({ date: '2025-04-22', moved: { from: '2025-04-18', reason: 'långfredagen' } });
    expect(d.nedtagande).toBe('2025-04-23');
    expect(d.notes).toEqual([
      'Tre veckor efter uppsättandet (18 april 2025) är långfredagen; sista dagen att överklaga blir därför nästa vardag, 22 april 2025 (lagen (1930:173) om beräkning av lagstadgad tid).',
    ]);
  });

  it('a justering on 23 December: posted by 27 December, past Christmas', () => {
    expect(dates('2024-12-23')).toEqual({ senastUppsatt: '2024-12-27', uppsatt: '2024-12-27', sistaDag: '2025-01-17', nedtagande: '2025-01-18', late: false });
    // Posted the same day, the three weeks end on a weekday in January.
    expect(dates('2024-12-23', '2024-12-23')).toMatchObject({ sistaDag: '2025-01-13' });
  });

  it('an appeal period ending on julafton moves past Christmas and the weekend', () => {
    expect(dates('2025-12-02', '2025-12-03')).toMatchObject({ sistaDag: '2025-12-29', nedtagande: '2025-12-30' });
  });

  it('at midsummer: a deadline on midsommarafton moves to the Monday', () => {
    expect(dates('2025-06-18')).toMatchObject({ senastUppsatt: '2025-06-23' });
    expect(dates('2025-05-29', '2025-05-30')).toMatchObject({ sistaDag: '2025-06-23' });
  });

  it('at the turn of the year: past nyårsafton and nyårsdagen', () => {
    expect(dates('2025-12-29')).toEqual({ senastUppsatt: '2026-01-02', uppsatt: '2026-01-02', sistaDag: '2026-01-23', nedtagande: '2026-01-24', late: false });
    expect(dates('2024-12-09', '2024-12-10')).toMatchObject({ sistaDag: '2025-01-02', nedtagande: '2025-01-03' });
  });

  it('says when the notice is posted after the deadline, and still counts from the posting', () => {
    const d = anslagDates({ justerat: '2025-03-11', uppsatt: '2025-03-17' });
    expect(d.late).toBe(true);
    expect(d.sistaDagAttOverklaga.date).toBe('2025-04-07');
    expect(d.notes).toEqual([
      'Anslaget sätts upp 17 mars 2025, efter den sista dagen 13 mars 2025 (kommunallagen 8 kap. 12 §); överklagandetiden räknas ändå från uppsättandet.',
    ]);
  });
});

describe('AnslagDatesInput', () => {
  const reasons = (value: unknown) => {
    const r = AnslagDatesInput.safeParse(value, { error: swedishErrors });
    return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };

  it('refuses a posting before the justering, a date not in the calendar, and a date in another form, in Swedish', () => {
    expect(reasons({ justerat: '2025-03-14', uppsatt: '2025-03-13' })).toEqual(['uppsatt: anslaget kan inte sättas upp före justeringen']);
    expect(reasons({ justerat: '2025-02-30' })).toEqual(['justerat: datumet finns inte i kalendern']);
    expect(reasons({ justerat: '14 mars 2025' })).toEqual(['justerat: datum ska skrivas ÅÅÅÅ-MM-DD']);
    expect(reasons({ justerat: '2025-03-14' })).toEqual([]);
  });
});
