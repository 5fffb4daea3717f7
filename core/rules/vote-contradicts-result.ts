import type { Attendance, Paragraf } from '../model/protocol.ts';
import { readAllVotes, tallyMemberVotes, type VoteChoice, type VoteReading } from '../text/votes.ts';
import type { Rule, RuleContext, RuleHit } from '../check/rule.ts';
import { lineOf } from '../check/support.ts';
import { words } from '../text/words.ts';

const SIDE_NAME: Record<VoteChoice, string> = { ja: 'ja', nej: 'nej', avstar: 'avstår' };
/** One person's name as an attendance list holds it: capitalised words, a particle allowed. */
const ONE_NAME = /^\p{Lu}[\p{L}'’.-]*(?: (?:af |von |de |van |der )?\p{Lu}[\p{L}'’.-]*){1,3}$/u;
/** Words of a cover's labels and roles, which a misread cover leaves in its names. */
const LABEL_WORD = /(?:^|\s)(?:se|ordförande|vice|ledamot|ledamöter|ersättare|ersätter|sekreterare|tjänstgörande|beslutande|sammanträdesdatum|datum)(?=\s|$)/iu;

/**
 * How many may vote: members and serving ersättare; where the cover lists none apart, every
 * ersättare counts. Null when the text does not establish it: no cover read, or an entry that is
 * not one name ("Se nästa sida", two columns run together).
 */
function possibleVoters(attendance: Attendance | null): number | null {
  if (!attendance) return null;
  const voters = [...attendance.beslutande, ...(attendance.tjanstgorandeErsattare ?? attendance.ersattare)];
  return voters.length > 0 && voters.every((v) => ONE_NAME.test(v.trim()) && !LABEL_WORD.test(v)) ? voters.length : null;
}

export const voteContradictsResult: Rule = {
  id: 'vote-contradicts-result',
  severity: 'error',
  description:
    'En protokollförd omröstning går ihop: de angivna siffrorna stämmer med ledamöternas röster, med antalet närvarande ledamöter och ersättare, och med det resultat protokollet säger att mötet kom fram till.',
  source: {
    kind: 'law',
    reference:
      'Kommunallagen (2017:725) 5 kap. 67 § 3 och 5 (genomförda omröstningar och resultatet av dem, hur ledamöterna har röstat); för nämnder 6 kap. 35 §',
  },
  messages: {
    'count-differs-from-list':
      '§ {{number}}: omröstningen anger {{stated}} {{side}} men röstlistan har {{listed}} ledamöter som röstar {{side}}. Rätta siffrorna eller röstlistan.',
    'loser-declared-winner': '§ {{number}}: omröstningen slutade {{ja}} ja mot {{nej}} nej, men protokollet säger att {{winner}}-sidan vann. Rätta resultatet eller siffrorna.',
    'tie-without-casting-vote':
      '§ {{number}}: omröstningen slutade lika, {{ja}} mot {{nej}}, men det står inte att ordföranden använde sin utslagsröst. Skriv hur beslutet avgjordes.',
    'more-votes-than-present':
      '§ {{number}}: omröstningen har {{cast}} röster men bara {{present}} ledamöter och ersättare är antecknade som närvarande. Rätta siffrorna eller närvarolistan.',
  },
  check(ctx) {
    const present = possibleVoters(ctx.protocol.attendance);
    return ctx.protocol.paragrafer.flatMap((p) => {
      // The propositionsordning often stands under Beslutsgång, the counts under Omröstning(sresultat).
      const sections = p.sections.filter((s) => s.kind === 'beslutsgang' || s.kind === 'omrostning');
      if (!sections.length) return [];
      const line = (sections.find((s) => s.kind === 'omrostning') ?? sections[0]!).line;
      return readAllVotes(sections.map((s) => s.text).join('\n\n')).flatMap((vote) => checkVote(ctx, p, vote, line, present));
    });
  },
};

function checkVote(ctx: RuleContext, p: Paragraf, vote: VoteReading, line: number, present: number | null): RuleHit[] {
  const hits: RuleHit[] = [];
  const tally = tallyMemberVotes(vote.members);
  const listed = vote.members.length > 0;
  for (const side of ['ja', 'nej', 'avstar'] as const) {
    const stated = vote[side];
    if (listed && stated !== null && stated !== tally[side]) {
      hits.push({
        paragraph: p,
        line,
        messageId: 'count-differs-from-list',
        data: { number: p.number, stated, side: SIDE_NAME[side], listed: tally[side] },
      });
    }
  }
  const ja = vote.ja ?? (listed ? tally.ja : null);
  const nej = vote.nej ?? (listed ? tally.nej : null);
  if (ja !== null && nej !== null && vote.declaredWinner) {
    const winner = vote.declaredWinner;
    const [won, lost] = winner === 'ja' ? [ja, nej] : [nej, ja];
    if (won < lost) {
      hits.push({
        paragraph: p,
        line: lineOf(ctx, p, words('<(?:beslutar|beslutade|vinner|segrar)>'), line),
        messageId: 'loser-declared-winner',
        data: { number: p.number, ja, nej, winner },
      });
    } else if (won === lost && !vote.castingVote) {
      hits.push({
        paragraph: p,
        line,
        messageId: 'tie-without-casting-vote',
        data: { number: p.number, ja, nej },
      });
    }
  }
  // A member list is held to the totals above; here the votes cast are held to the attendance.
  const cast = listed ? vote.members.length : (vote.ja ?? 0) + (vote.nej ?? 0) + (vote.avstar ?? 0);
  if (present !== null && cast > present) {
    hits.push({
      paragraph: p,
      line,
      messageId: 'more-votes-than-present',
      data: { number: p.number, cast, present },
    });
  }
  return hits;
}
