import { describe, expect, it } from 'vitest';
import { bodyName, fillTemplate, parseEntryInput } from '../../core/templates/index.ts';
import { emptyDraft, rowKey, type EntryDraft } from '../../word-addin/src/form/entry-draft.ts';
import { buildEntry, draftToInput, generatedTexts } from '../../word-addin/src/form/draft-to-input.ts';
import { draftFromEntry } from '../../word-addin/src/form/draft-from-entry.ts';
import { parsePeople } from '../../word-addin/src/form/people-field.ts';
import { fieldIdFor } from '../../word-addin/src/form/field-ids.ts';

const body = bodyName('Kulturnämndens arbetsutskott');

function withVote(): EntryDraft {
  return {
    ...emptyDraft('omrostning'),
    title: 'Avgifter för kulturskolan',
    caseNumbers: 'RS 12-2025',
    sammanfattning: 'Avgifterna ses över.',
    forslagTillBeslut: 'Avgifterna höjs med fem procent.',
    yrkanden: [{ key: rowKey(), person: 'Per Ek', party: 'M', kind: 'avslag', proposal: '', supportedBy: '' }],
    omrostning: {
      ...emptyDraft('omrostning').omrostning,
      enabled: true,
      ja: 'liggande',
      nej: '0',
      mode: 'members',
      members: [
        { key: rowKey(), name: 'Maria Holm', party: 'S', vote: 'ja' },
        { key: rowKey(), name: 'Per Ek', party: 'M', vote: 'nej' },
        { key: rowKey(), name: 'Siv Lund', party: 'KD', vote: 'ja' },
        { key: rowKey(), name: 'Omar Berg', party: 'C', vote: 'avstar' },
      ],
    },
    reservationer: [{ key: rowKey(), person: 'Per Ek', party: 'M', reason: '' }],
  };
}

describe('people typed into one field', () => {
  it('reads names with and without party, separated by commas, "och" and lines', () => {
    expect(parsePeople('Anna Berg (S), Karl Lund (V) och Eva Strand\nOmar Berg ( C )')).toEqual([
      { person: 'Anna Berg', party: 'S' },
      { person: 'Karl Lund', party: 'V' },
      { person: 'Eva Strand' },
      { person: 'Omar Berg', party: 'C' },
    ]);
    expect(parsePeople('  ')).toEqual([]);
  });
});

describe('the form as core input', () => {
  it('passes an empty optional field as absent, not as empty text', () => {
    const input = draftToInput({ ...emptyDraft('beslutsarende'), title: ' Budget ', caseNumbers: 'RS 1-2025; RS 2-2025' }, 7);
    expect(input).toMatchObject({ type: 'beslutsarende', number: 7, title: 'Budget', caseNumbers: ['RS 1-2025', 'RS 2-2025'] });
    expect(input.sammanfattning).toBeUndefined();
    expect(input.omrostning).toBeUndefined();
    expect(input.justering).toBeUndefined();
  });

  it('a vote by member leaves the count to the core, a vote by count sends totals', () => {
    const byMember = draftToInput(withVote(), 1).omrostning!;
    expect(byMember).toMatchObject({ ja: 'liggande', nej: 0, sluten: false });
    expect(byMember).not.toHaveProperty('count');
    expect(byMember.members).toHaveLength(4);
    const byCount = draftToInput({ ...withVote(), omrostning: { ...withVote().omrostning, mode: 'count', jaCount: '7', nejCount: '4', avstarCount: '' } }, 1).omrostning!;
    expect(byCount).toMatchObject({ count: { ja: 7, nej: 4, avstar: 0 }, members: [] });
  });

  it('asks for justerare and date on Val av justerare, in the core`s words', () => {
    const parsed = parseEntryInput(draftToInput(emptyDraft('val-av-justerare'), 2));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.issues.map((i) => i.path)).toContain('justering.justerare');
  });
});

describe('generated Beslutsgång and Omröstning', () => {
  it('follow what is entered, in the standard phrasing', () => {
    const texts = generatedTexts(withVote(), body);
    expect(texts.beslutsgang).toBe(
      'Ordförande ställer Per Eks (M) avslagsyrkande mot liggande förslag och finner att arbetsutskottet beslutar enligt liggande förslag.\nOmröstning begärs.',
    );
    expect(texts.omrostning).toContain('Med 2 ja-röster mot 1 nej-röst och 1 som avstår beslutar arbetsutskottet enligt liggande förslag.');
  });

  it('are null while the parts they need are incomplete, not an error', () => {
    const tie = { ...withVote(), omrostning: { ...withVote().omrostning, members: withVote().omrostning.members.slice(0, 2) } };
    expect(generatedTexts(tie, body)).toEqual({ beslutsgang: null, omrostning: null });
    expect(generatedTexts(emptyDraft('beslutsarende'), body)).toEqual({ beslutsgang: null, omrostning: null });
  });

  it("keep the clerk's own wording when it was edited, and the generated text otherwise", () => {
    const edited = buildEntry({ ...withVote(), beslutsgangText: 'Ordförande ställer proposition på avslagsyrkandet, som avslås.' }, 5, body);
    if (!edited.ok) throw new Error(JSON.stringify(edited.issues));
    expect(edited.entry.sections.find((s) => s.kind === 'beslutsgang')?.text).toBe('Ordförande ställer proposition på avslagsyrkandet, som avslås.');
    const generated = buildEntry(withVote(), 5, body);
    if (!generated.ok) throw new Error('invalid');
    const plain = fillTemplate(generated.input, { body });
    expect(generated.entry).toEqual(plain);
  });
});

describe('an entry already in the document, back into the form', () => {
  it('takes its text, and leaves template placeholders out', () => {
    const skeleton = fillTemplate(
      { type: 'beslutsarende', number: 9, title: 'Budget 2026', caseNumbers: ['RS 9-2025'], yrkanden: [], beslutsgang: {}, reservationer: [], deltarEj: [], jav: [], protokollsanteckningar: [], beslutsunderlag: [], delegationsbeslut: [], sammanfattning: 'Budgeten är beredd.' },
      { body },
    );
    const draft = draftFromEntry(skeleton, 'beslutsarende', body);
    expect(draft).toMatchObject({ title: 'Budget 2026', caseNumbers: 'RS 9-2025', sammanfattning: 'Budgeten är beredd.', forslagTillBeslut: '', beslut: '' });
  });

  it("leaves a skeleton's own wording to the template, so filling Val av justerare replaces its placeholders", () => {
    const skeleton = fillTemplate(
      { type: 'val-av-justerare', number: 2, title: '', caseNumbers: [], yrkanden: [], beslutsgang: {}, reservationer: [], deltarEj: [], jav: [], protokollsanteckningar: [], beslutsunderlag: [], delegationsbeslut: [] },
      { body },
    );
    expect(skeleton.sections.find((s) => s.kind === 'beslut')?.text).toMatch(/\[Ange justerare\]/);
    const draft = { ...draftFromEntry(skeleton, 'val-av-justerare', body), justerare: 'Per Ek (M)', justeringDate: '2025-03-19' };
    expect(draft.beslut).toBe('');
    const built = buildEntry(draft, 2, body);
    if (!built.ok) throw new Error(JSON.stringify(built.issues));
    expect(built.entry.sections.find((s) => s.kind === 'beslut')?.text).toBe(
      'Per Ek (M) utses att justera protokollet tillsammans med ordförande. Justeringen sker digitalt senast den 19 mars 2025.',
    );
  });

  it('keeps what the clerk changed in a skeleton section', () => {
    const skeleton = fillTemplate(
      { type: 'foredragningslista', number: 1, title: '', caseNumbers: [], yrkanden: [], beslutsgang: {}, reservationer: [], deltarEj: [], jav: [], protokollsanteckningar: [], beslutsunderlag: [], delegationsbeslut: [] },
      { body },
    );
    const edited = { ...skeleton, sections: skeleton.sections.map((s) => (s.kind === 'beslut' ? { ...s, text: 'Föredragningslistan fastställs med tillägg av ett extra ärende.' } : s)) };
    expect(draftFromEntry(edited, 'foredragningslista', body).beslut).toBe('Föredragningslistan fastställs med tillägg av ett extra ärende.');
  });
});

describe('where an input problem is shown', () => {
  it.each([
    ['yrkanden.1.proposal', 'np-yrkande-1-proposal'],
    ['yrkanden', 'np-add-yrkande'],
    ['caseNumbers.0', 'np-case'],
    ['omrostning.count', 'np-vote-ja-count'],
    ['omrostning.members.2', 'np-member-2-name'],
    ['beslutsgang.firstQuestion', 'np-first-question-0'],
    ['justering.date', 'np-justering-date'],
    ['reservationer.0', 'np-res-0-person'],
  ])('%s → #%s', (path, id) => expect(fieldIdFor(path)).toBe(id));
});
