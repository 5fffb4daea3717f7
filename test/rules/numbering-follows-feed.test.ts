import { describe, expect, it } from 'vitest';
import { runRules } from '../../core/check/check.ts';
import type { PreviousMeeting } from '../../core/history/numbering.ts';
import type { Protocol } from '../../core/model/protocol.ts';
import { parseProtocol } from '../../core/parse/parse.ts';
import { numberingFollowsFeed } from '../../core/rules/numbering-follows-feed.ts';
import { expectFindings, type ExpectedFinding } from './rule-tester.ts';
import { entry, protocolText } from './protocol-text.ts';

/** The arbetsutskott's meeting of 11 March 2025 with its §§ from `first`. */
const meeting = (first: number) => protocolText([entry(first), entry(first + 1)]);

/** Its previous meeting as the feed knows it. */
const previous = (lastParagraph: number): PreviousMeeting => ({
  body: 'Regionstyrelsens arbetsutskott',
  date: '2025-02-25',
  lastParagraph,
  source: { file: 'rsau-2025-02-25.pdf', page: 7 },
});

const run = (text: string, previousMeeting: PreviousMeeting | null, read: Partial<Protocol> = {}) =>
  runRules({ ...parseProtocol(text), ...read }, { sourceText: text, rules: [numberingFollowsFeed], previousMeeting });

const cases: { name: string; first: number; previous: PreviousMeeting | null; read?: Partial<Protocol>; findings: ExpectedFinding[] }[] = [
  { name: 'the first § follows the previous meeting’s last', first: 31, previous: previous(30), findings: [] },
  { name: 'no feed, or no earlier meeting this year in it', first: 1, previous: null, findings: [] },
  { name: 'an extract starts where its §§ do', first: 12, previous: previous(30), read: { hasCover: false }, findings: [] },
  { name: 'a protokollsutdrag, its head repeating the cover, starts where its §§ do', first: 12, previous: previous(30), read: { extract: true }, findings: [] },
  {
    name: 'the numbering starts over at § 1 in the middle of the year',
    first: 1,
    previous: previous(30),
    findings: [
      {
        paragraph: 1,
        messageId: 'overlaps',
        data: { first: 1, body: 'regionstyrelsens arbetsutskott', date: '2025-02-25', last: 30, next: 31, source: 'rsau-2025-02-25.pdf, sidan 7' },
      },
    ],
  },
  {
    name: '§§ missing between the meetings',
    first: 34,
    previous: previous(30),
    findings: [
      {
        paragraph: 34,
        messageId: 'gap',
        data: { first: 34, body: 'regionstyrelsens arbetsutskott', date: '2025-02-25', last: 30, next: 31, source: 'rsau-2025-02-25.pdf, sidan 7', missing: '§§ 31–33' },
      },
    ],
  },
];

describe(`rule ${numberingFollowsFeed.id}`, () => {
  it('has a catalogue entry and a failing case for each of its messages', () => {
    expect(numberingFollowsFeed.description).toMatch(/\S/);
    expect(numberingFollowsFeed.source.reference).toMatch(/\S/);
    const expected = new Set(cases.flatMap((c) => c.findings.map((f) => f.messageId)));
    expect(Object.keys(numberingFollowsFeed.messages).filter((id) => !expected.has(id))).toEqual([]);
  });

  for (const c of cases) {
    it(`${c.findings.length ? 'fails' : 'passes'}: ${c.name}`, () => {
      expectFindings(numberingFollowsFeed, run(meeting(c.first), c.previous, c.read), c.findings);
    });
  }

  it('is a warning', () => {
    expect(run(meeting(1), previous(30)).map((f) => f.severity)).toEqual(['warning']);
  });
});
