import type { TemplateId, Vote, YRKANDE_KINDS } from '../../../core/templates/index.ts';

/**
 * What the Ny paragraf form holds while the clerk types: strings as the inputs give them.
 * `draftToInput` (draft-to-input.ts) turns it into the core's EntryInput; the core schema does
 * the validating. `draftFromEntry` (draft-from-entry.ts) fills it from an entry in the document.
 */

export type YrkandeKind = (typeof YRKANDE_KINDS)[number];

export interface YrkandeDraft {
  key: number;
  person: string;
  party: string;
  kind: YrkandeKind;
  proposal: string;
  supportedBy: string;
}

export interface MemberVoteDraft {
  key: number;
  name: string;
  party: string;
  vote: Vote;
}

export interface ReservationDraft {
  key: number;
  person: string;
  party: string;
  reason: string;
}

/** A proposal in a select: "liggande" or a yrkande's index as text. */
export type ProposalChoice = string;

export interface OmrostningDraft {
  enabled: boolean;
  ja: ProposalChoice;
  nej: ProposalChoice;
  mode: 'count' | 'members';
  jaCount: string;
  nejCount: string;
  avstarCount: string;
  members: MemberVoteDraft[];
  sluten: boolean;
  utslagsrost: '' | 'ja' | 'nej';
}

export interface EntryDraft {
  type: TemplateId;
  title: string;
  caseNumbers: string;
  proposedTo: string;
  justerare: string;
  justeringDate: string;
  justeringPlace: string;
  delegationsbeslut: string;
  sammanfattning: string;
  forslagTillBeslut: string;
  yrkanden: YrkandeDraft[];
  firstQuestion: '' | 'avgorsIdag' | 'aterremitteras' | 'bordlaggs';
  winner: '' | ProposalChoice;
  omrostning: OmrostningDraft;
  beslut: string;
  reservationer: ReservationDraft[];
  deltarEj: string;
  jav: string;
  beslutsunderlag: string;
  /** The clerk's own wording of the generated sections; null while the generated text is used. */
  beslutsgangText: string | null;
  omrostningText: string | null;
}

export function emptyDraft(type: TemplateId): EntryDraft {
  return {
    type,
    title: '',
    caseNumbers: '',
    proposedTo: '',
    justerare: '',
    justeringDate: '',
    justeringPlace: '',
    delegationsbeslut: '',
    sammanfattning: '',
    forslagTillBeslut: '',
    yrkanden: [],
    firstQuestion: '',
    winner: '',
    omrostning: {
      enabled: false,
      ja: 'liggande',
      nej: '0',
      mode: 'count',
      jaCount: '',
      nejCount: '',
      avstarCount: '',
      members: [],
      sluten: false,
      utslagsrost: '',
    },
    beslut: '',
    reservationer: [],
    deltarEj: '',
    jav: '',
    beslutsunderlag: '',
    beslutsgangText: null,
    omrostningText: null,
  };
}

let nextKey = 1;
/** Keys keep list rows (and their focus) stable when a row above is removed. */
export function rowKey(): number {
  return nextKey++;
}

