import type { Paragraph } from '../model/protocol.ts';
import { readAllVotes, tallyMemberVotes, type VoteChoice, type VoteReading } from '../text/votes.ts';
import type { Rule, RuleContext, RuleHit } from './rule.ts';
import { lineOf, words } from './support.ts';

const SIDE_NAME: Record<VoteChoice, string> = { ja: 'ja', nej: 'nej', avstar: 'avstår' };

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
  check(ctx) {
    const attendance = ctx.protocol.attendance;
    // Serving ersättare vote; where the cover lists none apart, every ersättare counts as a possible voter.
    const present = attendance
      ? attendance.beslutande.length + (attendance.tjanstgorandeErsattare?.length ?? attendance.ersattare.length)
      : 0;
    return ctx.protocol.paragraphs.flatMap((p) => {
      // The propositionsordning often stands under Beslutsgång, the counts under Omröstning(sresultat).
      const sections = p.sections.filter((s) => s.kind === 'beslutsgang' || s.kind === 'omrostning');
      if (!sections.length) return [];
      const line = (sections.find((s) => s.kind === 'omrostning') ?? sections[0]!).line;
      return readAllVotes(sections.map((s) => s.text).join('\n\n')).flatMap((vote) => checkVote(ctx, p, vote, line, present));
    });
  },
};

function checkVote(ctx: RuleContext, p: Paragraph, vote: VoteReading, line: number, present: number): RuleHit[] {
  const hits: RuleHit[] = [];
  const tally = tallyMemberVotes(vote.members);
  const listed = vote.members.length > 0;
  for (const side of ['ja', 'nej', 'avstar'] as const) {
    const stated = vote[side];
    if (listed && stated !== null && stated !== tally[side]) {
      hits.push({
        paragraph: p,
        line,
        message: `§ ${p.number}: omröstningen anger ${stated} ${SIDE_NAME[side]} men röstlistan har ${tally[side]} ledamöter som röstar ${SIDE_NAME[side]}. Rätta siffrorna eller röstlistan.`,
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
        message: `§ ${p.number}: omröstningen slutade ${ja} ja mot ${nej} nej, men protokollet säger att ${winner}-sidan vann. Rätta resultatet eller siffrorna.`,
      });
    } else if (won === lost && !vote.castingVote) {
      hits.push({
        paragraph: p,
        line,
        message: `§ ${p.number}: omröstningen slutade lika, ${ja} mot ${nej}, men det står inte att ordföranden använde sin utslagsröst. Skriv hur beslutet avgjordes.`,
      });
    }
  }
  // A member list is held to the totals above; here the votes cast are held to the attendance.
  const cast = listed ? vote.members.length : (vote.ja ?? 0) + (vote.nej ?? 0) + (vote.avstar ?? 0);
  if (present > 0 && cast > present) {
    hits.push({
      paragraph: p,
      line,
      message: `§ ${p.number}: omröstningen har ${cast} röster men bara ${present} ledamöter och ersättare är antecknade som närvarande. Rätta siffrorna eller närvarolistan.`,
    });
  }
  return hits;
}
