import type { Rule, RuleHit } from '../check/rule.ts';
import { lineOf } from '../check/support.ts';
import { attendanceIn } from '../parse/attendance.ts';
import { personKey } from '../text/persons.ts';
import { readAllVotes } from '../text/votes.ts';

const SIDE_NAME = { ja: 'ja', nej: 'nej', avstar: 'avstår' } as const;

export const voteByNonServing: Rule = {
  id: 'vote-by-non-serving',
  severity: 'error',
  description:
    'De som röstar i en öppen omröstning är tjänstgörande i paragrafen: närvarande ledamöter och ersättare som tjänstgör där enligt närvarolistan. (Röster av den som är jävig granskar reservation-by-non-participant.)',
  source: { kind: 'law', reference: 'Kommunallagen (2017:725) 5 kap. 17–20 §§' },
  messages: {
    'not-serving':
      '{{person}} röstar {{vote}} i omröstningen i § {{number}} men är inte antecknad som tjänstgörande där (närvarande ledamot eller tjänstgörande ersättare i paragrafen). Rätta röstlistan eller närvarolistan.',
  },
  check(ctx) {
    const hits: RuleHit[] = [];
    for (const p of ctx.protocol.paragrafer) {
      const sections = p.sections.filter((s) => s.kind === 'beslutsgang' || s.kind === 'omrostning');
      const attendance = sections.length ? attendanceIn(ctx.protocol, p) : null;
      if (!attendance) continue;
      const serving = new Set(attendance.beslutande.map((m) => personKey(m.name)));
      const jav = new Set(attendance.javiga.map((m) => personKey(m.name)));
      const line = (sections.find((s) => s.kind === 'omrostning') ?? sections[0]!).line;
      for (const vote of readAllVotes(sections.map((s) => s.text).join('\n\n'))) {
        const voters = vote.members.filter((m) => !jav.has(personKey(m.name)));
        const outside = voters.filter((m) => !serving.has(personKey(m.name)));
        // Most names not on the list: the vote list writes names otherwise (first names, initials); say nothing.
        if (outside.length * 2 >= voters.length) continue;
        for (const m of outside) {
          hits.push({
            paragraph: p,
            line: lineOf(ctx, p, m.name, line),
            messageId: 'not-serving',
            data: { person: m.party ? `${m.name} (${m.party})` : m.name, vote: SIDE_NAME[m.vote], number: p.number },
          });
        }
      }
    }
    return hits;
  },
};
