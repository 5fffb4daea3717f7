import { describe, expect, it } from 'vitest';
import { parseEntryInput } from '../../core/templates/index.ts';

function issues(raw: unknown): string[] {
  const r = parseEntryInput(raw);
  if (r.ok) throw new Error('expected the input to be rejected');
  return r.issues.map((i) => `${i.path}: ${i.message}`);
}

describe('EntryInput rejects bad input with Swedish messages', () => {
  it('unknown type and bad number', () => {
    const found = issues({ type: 'motion', number: -1 });
    expect(found).toContain('number: Paragrafnumret kan inte vara negativt');
    expect(found.some((m) => m.startsWith('type: Okänd paragraftyp, välj en av: foredragningslista'))).toBe(true);
  });

  it('an invalid case number', () => {
    expect(issues({ type: 'beslutsarende', number: 3, caseNumbers: ['RS 232'] })).toEqual([
      'caseNumbers.0: ”RS 232” är inget giltigt diarienummer (skriv till exempel RS 2215-2024)',
    ]);
  });

  it("reads case numbers by the organisation's formats, and gives its own example", () => {
    const kommun = { formats: ['prefix-year-slash-number'], prefixes: ['KS', 'BN'] };
    expect(parseEntryInput({ type: 'beslutsarende', number: 3, caseNumbers: ['KS 2025/12'] }, kommun).ok).toBe(true);
    const r = parseEntryInput({ type: 'beslutsarende', number: 3, caseNumbers: ['RS 12-2025'] }, kommun);
    expect(r.ok ? [] : r.issues.map((i) => i.message)).toEqual(['”RS 12-2025” är inget giltigt diarienummer (skriv till exempel KS 2023/456)']);
  });

  it('a beredningsärende without a receiving body, a val av justerare without justerare', () => {
    expect(issues({ type: 'beredningsarende', number: 3 })).toEqual([
      'proposedTo: Ange vilket organ arbetsutskottet föreslår ska besluta, till exempel Regionstyrelsen',
    ]);
    expect(issues({ type: 'val-av-justerare', number: 2 })).toEqual(['justering: Ange justerare och sista dag för justering']);
    expect(issues({ type: 'val-av-justerare', number: 2, justering: { justerare: [], date: '17 mars' } })).toEqual([
      'justering.justerare: Ange minst en justerare',
      'justering.date: datum ska skrivas ÅÅÅÅ-MM-DD',
    ]);
  });

  it('a yrkande without content and a reference to a yrkande that does not exist', () => {
    expect(
      issues({ type: 'yrkanden', number: 4, yrkanden: [{ person: 'Jonas Ek', party: 'M' }], beslutsgang: { winner: 2 } }),
    ).toEqual(['yrkanden.0.proposal: Skriv vad Jonas Ek yrkar', 'beslutsgang.winner: Yrkande nr 3 finns inte']);
  });

  it('an återremiss motion without an answer to the first question', () => {
    expect(
      issues({ type: 'yrkanden', number: 4, yrkanden: [{ person: 'Jonas Ek', party: 'M', kind: 'aterremiss', proposal: 'utreda' }] }),
    ).toEqual(['beslutsgang.firstQuestion: Ange om ärendet avgörs i dag eller återremitteras/bordläggs']);
  });

  it('vote totals that disagree with the member votes, and a tie without casting vote', () => {
    const yrkanden = [{ person: 'Jonas Ek', party: 'M', kind: 'avslag' }];
    expect(
      issues({
        type: 'omrostning',
        number: 5,
        yrkanden,
        omrostning: { ja: 'liggande', nej: 0, count: { ja: 2, nej: 0 }, members: [{ name: 'Ida Holm', vote: 'ja' }, { name: 'Jon Ek', vote: 'nej' }] },
      }),
    ).toEqual(['omrostning.count: Summan stämmer inte med ledamöternas röster: 1 ja, 1 nej och 0 avstår enligt röstlistan']);
    expect(issues({ type: 'omrostning', number: 5, yrkanden, omrostning: { ja: 'liggande', nej: 0, count: { ja: 3, nej: 3 } } })).toEqual([
      'omrostning.utslagsrost: Lika röstetal: ange hur ordförande använde sin utslagsröst',
    ]);
    expect(issues({ type: 'omrostning', number: 5, yrkanden, omrostning: { ja: 'liggande', nej: 'liggande', count: { ja: 3, nej: 1 } } })).toEqual([
      'omrostning.nej: Ja- och nej-röst kan inte gälla samma förslag',
    ]);
  });

  it('a reservation or vote by someone who did not take part', () => {
    expect(
      issues({
        type: 'omrostning',
        number: 6,
        yrkanden: [{ person: 'Jonas Ek', party: 'M', kind: 'avslag' }],
        omrostning: { ja: 'liggande', nej: 0, members: [{ name: 'Ida Holm', party: 'S', vote: 'ja' }, { name: 'Lisa Rönn', party: 'C', vote: 'nej' }, { name: 'Per Ek', party: 'S', vote: 'ja' }] },
        reservationer: [{ person: 'Lisa Rönn', party: 'C' }],
        jav: [{ person: 'Lisa  Rönn', party: 'C' }],
      }),
    ).toEqual([
      'reservationer.0: Lisa Rönn deltog inte i beslutet och kan inte reservera sig',
      'omrostning.members.1: Lisa Rönn deltog inte i beslutet och kan inte rösta',
    ]);
  });

  it('accepts a minimal valid entry and fills defaults', () => {
    const r = parseEntryInput({ type: 'foredragningslista', number: 41 });
    expect(r.ok && r.input).toMatchObject({ title: '', caseNumbers: [], yrkanden: [], reservationer: [], beslutsgang: {} });
  });
});

describe('EntryInput never answers in English', () => {
  it.each([
    ['not an object', 'en paragraf'],
    ['missing everything', {}],
    ['wrong kinds everywhere', {
      type: 4, number: '41', title: 7, caseNumbers: 'RS 1-2025', sammanfattning: [], yrkanden: [{ person: 3, party: '', kind: 'motion', supportedBy: {} }],
      beslutsgang: 'ja', omrostning: { ja: 'kanske', nej: -1, count: { ja: 'sju', nej: 1.5 }, members: [{ name: '', vote: 'blankt' }], sluten: 'nej' },
      reservationer: [null], deltarEj: [{}], jav: 'Anna', beslutsunderlag: [''], justering: { justerare: 'Anna', date: 5, place: '' },
      delegationsbeslut: [1], proposedTo: '', protokollsanteckningar: [{ person: 'Anna Berg', text: '' }],
    }],
  ])('%s', (_, raw) => {
    for (const message of issues(raw)) {
      expect(message).not.toMatch(/invalid|expected|received|required|must|too (?:small|big)/i);
      expect(message).toMatch(/[a-zåäö]/);
    }
  });
});
