import type { EntryInput, OmrostningInput, VoteCount } from './entry-input.ts';
import { tallyMemberVotes } from '../text/votes.ts';
import { plural } from '../text/plural.ts';
import type { BodyName } from './body-names.ts';
import { proposalLabel } from './proposals.ts';
import { formatPerson } from './person-phrases.ts';

/** The words a generated Omröstning section is built from; `core/text/votes.ts` reads them back. */
export const VOTE_WORDS = {
  ja: 'Ja',
  nej: 'Nej',
  avstar: 'Avstår',
  membersIntro: 'Ledamöternas röster:',
  secret: 'Omröstningen sker med slutna sedlar.',
} as const;

export function voteTotals(o: OmrostningInput): VoteCount {
  return o.count ?? tallyMemberVotes(o.members);
}

/** Which side won: the larger count, or the chair's casting vote on a tie. */
export function voteWinner(o: OmrostningInput): 'ja' | 'nej' {
  const t = voteTotals(o);
  if (t.ja !== t.nej) return t.ja > t.nej ? 'ja' : 'nej';
  if (!o.utslagsrost) throw new Error('tie without utslagsröst');
  return o.utslagsrost;
}

/** "Med 7 ja-röster mot 4 nej-röster och 2 som avstår beslutar nämnden enligt liggande förslag." */
export function writeVoteResult(o: OmrostningInput, yrkanden: EntryInput['yrkanden'], body: BodyName): string {
  const t = voteTotals(o);
  const winner = voteWinner(o);
  const abstain = t.avstar > 0 ? ` och ${t.avstar} som avstår` : '';
  const casting = t.ja === t.nej ? ' genom ordförandes utslagsröst' : '';
  return (
    `Med ${plural(t.ja, 'ja-röst', 'ja-röster')} mot ${plural(t.nej, 'nej-röst', 'nej-röster')}${abstain} ` +
    `beslutar ${body.definite}${casting} enligt ${proposalLabel(o[winner], yrkanden)}.`
  );
}

/** The Omröstning section: propositionsordning, result, and for an open vote each member's vote. */
export function writeOmrostning(o: OmrostningInput, yrkanden: EntryInput['yrkanden'], body: BodyName): string {
  const parts = [
    `Följande propositionsordning godkänns: Ja-röst för bifall till ${proposalLabel(o.ja, yrkanden)}, ` +
      `nej-röst för bifall till ${proposalLabel(o.nej, yrkanden)}.`,
  ];
  if (o.sluten) parts.push(VOTE_WORDS.secret);
  parts.push(writeVoteResult(o, yrkanden, body));
  if (o.members.length > 0) {
    const lines = o.members.map((m) => `${formatPerson({ person: m.name, party: m.party })} ${VOTE_WORDS[m.vote]}`);
    parts.push([VOTE_WORDS.membersIntro, ...lines].join('\n'));
  }
  return parts.join('\n\n');
}
