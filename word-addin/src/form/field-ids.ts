/**
 * The form control that shows an input problem, by the core schema's issue path
 * ("yrkanden.0.proposal" → "np-yrkande-0-proposal"), so focus can go to the first problem.
 */
export function fieldIdFor(path: string): string {
  const [head, index, leaf] = path.split('.');
  switch (head) {
    case 'title':
      return 'np-title';
    case 'caseNumbers':
      return 'np-case';
    case 'proposedTo':
      return 'np-proposed-to';
    case 'justering':
      return index === 'date' ? 'np-justering-date' : 'np-justerare';
    case 'delegationsbeslut':
      return 'np-delegation';
    case 'sammanfattning':
      return 'np-sammanfattning';
    case 'forslagTillBeslut':
      return 'np-forslag';
    case 'yrkanden':
      if (index === undefined) return 'np-add-yrkande';
      return `np-yrkande-${index}-${leaf === 'supportedBy' ? 'support' : leaf === 'kind' ? 'kind' : leaf === 'party' ? 'party' : leaf === 'proposal' ? 'proposal' : 'person'}`;
    case 'beslutsgang':
      return index === 'firstQuestion' ? 'np-first-question-0' : 'np-winner';
    case 'omrostning':
      if (index === 'nej') return 'np-vote-nej';
      if (index === 'count') return leaf ? `np-vote-${leaf}-count` : 'np-vote-ja-count';
      if (index === 'members') return leaf !== undefined ? `np-member-${leaf}-name` : 'np-add-member';
      if (index === 'utslagsrost') return 'np-vote-utslag';
      return 'np-vote-ja';
    case 'beslut':
      return 'np-beslut';
    case 'reservationer':
      return index === undefined ? 'np-add-reservation' : `np-res-${index}-person`;
    case 'deltarEj':
      return 'np-deltar-ej';
    case 'jav':
      return 'np-jav';
    case 'beslutsunderlag':
      return 'np-underlag';
    default:
      return 'np-type';
  }
}
