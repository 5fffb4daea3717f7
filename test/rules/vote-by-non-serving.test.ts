import { describe, expect, it } from 'vitest';
import { voteByNonServing } from '../../core/rules/vote-by-non-serving.ts';
import { reservationByNonParticipant } from '../../core/rules/reservation-by-non-participant.ts';
import { runRules } from '../../core/check/check.ts';
import { parseProtocol } from '../../core/parse/parse.ts';
import { testRule } from './rule-tester.ts';
import { entry, protocolText } from './protocol-text.ts';
import { testRuleOnRealProtocols } from './real-protocols.ts';
import { attendanceCover } from './attendance-cover.ts';

const vote = (lines: string[]): [string, string] => [
  'Omröstning',
  ['Ja-röst för bifall till liggande förslag, nej-röst för bifall till Anna Berg (V) förslag.', '', ...lines].join('\n'),
];
const decided: [string, string] = ['Beslut', 'Underlaget godkänns.'];
const serving = ['Olle Ny (S) ersätter Erik Lund (S), § 12'];
const cover = attendanceCover(serving, ['Karin Sjö (S), ordförande', 'Jonas Ek (M)', 'Anna Berg (V)', 'Per Holm (L)', 'Erik Lund (S), § 13']);

testRule(voteByNonServing, {
  valid: [
    {
      name: 'members present and the ersättare serving in the § vote',
      text: protocolText([entry(12, { sections: [vote(['Karin Sjö (S) Ja', 'Jonas Ek (M) Ja', 'Olle Ny (S) Ja', 'Anna Berg (V) Nej', 'Per Holm (L) Nej']), decided] }), entry(13)], { cover }),
    },
    {
      name: 'a vote list that names people otherwise than the attendance list: nothing is said',
      text: protocolText([entry(12, { sections: [vote(['Karin S (S) Ja', 'Jonas E (M) Ja', 'Olle Ny (S) Ja', 'Ann B (V) Nej']), decided] })], { cover }),
    },
    {
      name: 'no attendance list read',
      text: protocolText([entry(12, { sections: [vote(['Karin Sjö (S) Ja', 'Lisa Ek (M) Nej']), decided] })]),
    },
  ],
  invalid: [
    {
      name: 'the member whose seat the ersättare took votes in that §',
      text: protocolText([entry(12, { sections: [vote(['Karin Sjö (S) Ja', 'Jonas Ek (M) Ja', 'Olle Ny (S) Ja', 'Erik Lund (S) Ja', 'Anna Berg (V) Nej']), decided] }), entry(13)], { cover }),
      findings: [{ paragraph: 12, messageId: 'not-serving', data: { person: 'Erik Lund (S)', vote: 'ja', number: 12 } }],
    },
    {
      name: 'the ersättare votes in a § where the member is back',
      text: protocolText([entry(12), entry(13, { sections: [vote(['Karin Sjö (S) Ja', 'Jonas Ek (M) Ja', 'Erik Lund (S) Ja', 'Olle Ny (S) Nej', 'Anna Berg (V) Nej']), decided] })], { cover }),
      findings: [{ paragraph: 13, messageId: 'not-serving', data: { person: 'Olle Ny (S)', vote: 'nej', number: 13 } }],
    },
  ],
});

describe('a jävig member in a vote', () => {
  it('is reported once, by reservation-by-non-participant, not again as not serving', () => {
    const text = protocolText(
      [
        entry(12, {
          sections: [vote(['Karin Sjö (S) Ja', 'Jonas Ek (M) Ja', 'Per Holm (L) Ja', 'Anna Berg (V) Nej']), decided, ['Jäv', 'Per Holm (L) deltar inte i handläggningen på grund av jäv.']],
        }),
      ],
      { cover: attendanceCover() },
    );
    const found = runRules(parseProtocol(text), { sourceText: text, rules: [voteByNonServing, reservationByNonParticipant] });
    expect(found.map((f) => [f.rule, f.messageId, f.paragraph])).toEqual([['reservation-by-non-participant', 'votes', 12]]);
  });
});

testRuleOnRealProtocols(voteByNonServing, []);
