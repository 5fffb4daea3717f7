import { continuousNumbering } from './continuous-numbering.ts';
import { numberingFollowsFeed } from './numbering-follows-feed.ts';
import { tocMatchesBody } from './toc-matches-body.ts';
import { caseNumberRequired } from './case-number-required.ts';
import { beslutRequired } from './beslut-required.ts';
import { yrkandenWithoutBeslutsgang } from './yrkanden-without-beslutsgang.ts';
import { voteContradictsResult } from './vote-contradicts-result.ts';
import { beslutDiffersWithoutYrkande } from './beslut-differs-without-yrkande.ts';
import { reservationByNonParticipant } from './reservation-by-non-participant.ts';
import { valAvJusterareMissing } from './val-av-justerare-missing.ts';
import { justeringDeadline } from './justering-deadline.ts';
import { justeringDateMissing } from './justering-date-missing.ts';
import { anslagDeadlines } from './anslag-deadlines.ts';
import { danglingReferences } from './dangling-references.ts';
import { placeholdersLeft } from './placeholders-left.ts';
import { javMemberTakesPart } from './jav-member-takes-part.ts';
import { ersattareWithoutVacancy } from './ersattare-without-vacancy.ts';
import { decidingExceedsSeats } from './deciding-exceeds-seats.ts';
import { voteByNonServing } from './vote-by-non-serving.ts';

/**
 * The rule catalogue, in the order `protokoll rules` lists it: one file per rule, named by its id,
 * with its test in test/rules/<id>.test.ts (test/rules/catalogue.test.ts holds them to that).
 */
export const RULES = [
  continuousNumbering,
  numberingFollowsFeed,
  tocMatchesBody,
  caseNumberRequired,
  beslutRequired,
  yrkandenWithoutBeslutsgang,
  voteContradictsResult,
  beslutDiffersWithoutYrkande,
  reservationByNonParticipant,
  valAvJusterareMissing,
  justeringDeadline,
  justeringDateMissing,
  anslagDeadlines,
  danglingReferences,
  placeholdersLeft,
  javMemberTakesPart,
  ersattareWithoutVacancy,
  decidingExceedsSeats,
  voteByNonServing,
] as const;
