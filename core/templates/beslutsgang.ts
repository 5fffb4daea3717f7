import type { EntryInput, ProposalRef } from './entry-input.ts';
import type { BodyName } from './body-names.ts';
import { competingProposals, proposalLabel } from './proposals.ts';
import { voteWinner } from './omrostning.ts';
import { joinSwedish } from './person-phrases.ts';

type BeslutsgangSource = Pick<EntryInput, 'yrkanden' | 'beslutsgang' | 'omrostning'>;

/** The question put first, in the order the chair puts it: bordläggning before återremiss. */
const FIRST_QUESTIONS = [
  { kind: 'bordlaggning', outcome: 'bordlaggs', alternative: 'bordläggas' },
  { kind: 'aterremiss', outcome: 'aterremitteras', alternative: 'återremitteras' },
] as const;

/** The proposal the meeting chose in the main question: as the chair found, else as the vote went. */
export function chosenProposal(src: BeslutsgangSource): ProposalRef {
  if (src.beslutsgang.winner !== undefined) return src.beslutsgang.winner;
  if (src.omrostning) return src.omrostning[voteWinner(src.omrostning)];
  return 'liggande';
}

/** Whether the meeting decided the matter today (and not återremiss or bordläggning). */
export function decidedToday(src: BeslutsgangSource): boolean {
  return (src.beslutsgang.firstQuestion ?? 'avgorsIdag') === 'avgorsIdag';
}

/**
 * The Beslutsgång section as the region's protocols write it: återremiss and bordläggning
 * are put first; then the chair puts the remaining proposals against liggande förslag.
 */
export function writeBeslutsgang(src: BeslutsgangSource, body: BodyName): string {
  const sentences: string[] = [];
  const outcome = src.beslutsgang.firstQuestion ?? 'avgorsIdag';
  const lead = (first: string, then: string) => (sentences.length === 0 ? first : then);

  for (const q of FIRST_QUESTIONS) {
    if (!src.yrkanden.some((y) => y.kind === q.kind)) continue;
    const chosen = outcome === q.outcome ? q.alternative : 'avgöras i dag';
    sentences.push(
      `${lead('Ordförande frågar', 'Därefter frågar ordförande')} om ärendet ska avgöras i dag eller ${q.alternative} ` +
        `och finner att ${body.definite} beslutar att ärendet ska ${chosen}.`,
    );
    if (outcome === q.outcome) return sentences.join('\n');
  }

  const competing = competingProposals(src.yrkanden);
  const chosen = proposalLabel(chosenProposal(src), src.yrkanden);
  const counter = src.beslutsgang.motforslag;
  if (competing.length === 0) {
    sentences.push(`${lead('Ordförande frågar', 'Därefter frågar ordförande')} om ${body.definite} kan bifalla liggande förslag, vilket ${body.definite} godkänner.`);
  } else if (competing.length > 1 && counter !== undefined) {
    // Kontraproposition: the yrkanden are first put against each other to choose the motförslag.
    const labels = competing.map((i) => proposalLabel(i, src.yrkanden));
    const against = labels.length === 2 ? `${labels[0]} mot ${labels[1]}` : `${joinSwedish(labels)} mot varandra`;
    const counterLabel = proposalLabel(counter, src.yrkanden);
    sentences.push(
      `${lead('Ordförande ställer', 'Därefter ställer ordförande')} ${against} för att utse motförslag till liggande förslag ` +
        `och finner att ${body.definite} utser ${counterLabel} till motförslag.`,
      `Därefter ställer ordförande ${counterLabel} mot liggande förslag och finner att ${body.definite} beslutar enligt ${chosen}.`,
    );
  } else {
    const put = competing.length === 1 ? `${proposalLabel(competing[0]!, src.yrkanden)} mot liggande förslag` : 'förslagen mot varandra';
    sentences.push(`${lead('Ordförande ställer', 'Därefter ställer ordförande')} ${put} och finner att ${body.definite} beslutar enligt ${chosen}.`);
  }
  if (src.omrostning) sentences.push('Omröstning begärs.');
  return sentences.join('\n');
}
