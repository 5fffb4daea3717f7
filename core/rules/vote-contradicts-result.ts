import { readVotes, tallyMemberVotes, type VoteChoice } from '../text/votes.ts';
import type { Rule, RuleHit } from './rule.ts';
import { lineOf, sectionLine, sectionText, words } from './support.ts';

const SIDE_NAME: Record<VoteChoice, string> = { ja: 'ja', nej: 'nej', avstar: 'avstår' };
const CASTING_VOTE = words('<utslagsröst');

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
    const hits: RuleHit[] = [];
    const attendance = ctx.protocol.attendance;
    // Serving ersättare vote; where the cover lists none apart, every ersättare counts as a possible voter.
    const present = attendance
      ? attendance.beslutande.length + (attendance.tjanstgorandeErsattare?.length ?? attendance.ersattare.length)
      : 0;
    for (const p of ctx.protocol.paragraphs) {
      const text = sectionText(p, 'omrostning');
      if (!text.trim()) continue;
      const line = sectionLine(p, 'omrostning');
      const vote = readVotes(text);
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
        } else if (won === lost && !CASTING_VOTE.test(text)) {
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
    }
    return hits;
  },
};
