import { z } from 'zod';
import type { Paragraph } from '../../../core/model/protocol.ts';
import {
  BeslutsgangInput,
  OmrostningInput,
  YrkandeInput,
  parseEntryInput,
  type EntryInput,
  type EntryInputIssue,
  type EntryInputRaw,
  type ProposalRef,
  type TemplateId,
  type Vote,
  type YRKANDE_KINDS,
} from '../../../core/templates/index.ts';
import { TEMPLATES, fillTemplate, writeBeslutsgang, writeOmrostning, type BodyName } from '../../../core/templates/index.ts';
import { findPlaceholders } from '../../../core/templates/placeholders.ts';
import { parsePeople } from './people-field.ts';

/**
 * What the Ny paragraf form holds while the clerk types: strings as the inputs give them.
 * `draftToInput` turns it into the core's EntryInput; the core schema does the validating.
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
  forstaFragan: '' | 'avgorsIdag' | 'aterremitteras' | 'bordlaggs';
  vinnare: '' | ProposalChoice;
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
    forstaFragan: '',
    vinnare: '',
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

const optional = (s: string) => (s.trim() ? s.trim() : undefined);
const lines = (s: string) => s.split('\n').map((l) => l.trim()).filter(Boolean);
const person = (name: string, party: string) => ({ person: name.trim(), ...(party.trim() ? { party: party.trim() } : {}) });

function proposalRef(choice: ProposalChoice): ProposalRef | undefined {
  if (choice === 'liggande') return 'liggande';
  return /^\d+$/.test(choice) ? Number(choice) : undefined;
}

function countOf(text: string): number | undefined {
  return text.trim() === '' ? undefined : Number(text.trim());
}

function yrkandenRaw(draft: EntryDraft) {
  return draft.yrkanden.map((y) => ({
    ...person(y.person, y.party),
    kind: y.kind,
    proposal: y.proposal.trim(),
    supportedBy: parsePeople(y.supportedBy),
  }));
}

function beslutsgangRaw(draft: EntryDraft) {
  const vinnare = proposalRef(draft.vinnare);
  return {
    ...(draft.forstaFragan ? { forstaFragan: draft.forstaFragan } : {}),
    ...(vinnare !== undefined ? { vinnare } : {}),
  };
}

function omrostningRaw(o: OmrostningDraft) {
  const byCount = o.mode === 'count';
  return {
    ja: proposalRef(o.ja),
    nej: proposalRef(o.nej),
    ...(byCount ? { count: { ja: countOf(o.jaCount), nej: countOf(o.nejCount), avstar: countOf(o.avstarCount) ?? 0 } } : {}),
    members: byCount || o.sluten ? [] : o.members.map((m) => ({ name: m.name.trim(), ...(m.party.trim() ? { party: m.party.trim() } : {}), vote: m.vote })),
    sluten: o.sluten,
    ...(o.utslagsrost ? { utslagsrost: o.utslagsrost } : {}),
  };
}

/** The core's input for the entry, as it stands in the form. `number` is the § it will get. */
export function draftToInput(draft: EntryDraft, number: number): EntryInputRaw {
  const justerare = parsePeople(draft.justerare);
  return {
    type: draft.type,
    number,
    title: draft.title.trim(),
    caseNumbers: draft.caseNumbers.split(/[,;\n]/).map((c) => c.trim()).filter(Boolean),
    sammanfattning: optional(draft.sammanfattning),
    forslagTillBeslut: optional(draft.forslagTillBeslut),
    yrkanden: yrkandenRaw(draft),
    beslutsgang: beslutsgangRaw(draft),
    omrostning: draft.omrostning.enabled ? (omrostningRaw(draft.omrostning) as EntryInputRaw['omrostning']) : undefined,
    beslut: optional(draft.beslut),
    reservationer: draft.reservationer.map((r) => ({ ...person(r.person, r.party), ...(r.reason.trim() ? { reason: r.reason.trim() } : {}) })),
    deltarEj: parsePeople(draft.deltarEj),
    jav: parsePeople(draft.jav),
    beslutsunderlag: lines(draft.beslutsunderlag),
    delegationsbeslut: lines(draft.delegationsbeslut),
    justering:
      draft.type === 'val-av-justerare' || justerare.length > 0 || draft.justeringDate
        ? { justerare, date: draft.justeringDate.trim(), ...(draft.justeringPlace.trim() ? { place: draft.justeringPlace.trim() } : {}) }
        : undefined,
    proposedTo: optional(draft.proposedTo),
  };
}

export interface GeneratedTexts {
  /** Null when there is nothing to generate from (no yrkanden), or the parts are not yet valid. */
  beslutsgang: string | null;
  omrostning: string | null;
}

const GeneratorParts = z.object({
  yrkanden: z.array(YrkandeInput),
  beslutsgang: BeslutsgangInput,
  omrostning: OmrostningInput.optional(),
});

/**
 * Beslutsgång and Omröstning in the standard phrasing, from the parts of the form they depend on,
 * so the preview follows the clerk's typing even while other fields are still empty.
 */
export function generatedTexts(draft: EntryDraft, body: BodyName): GeneratedTexts {
  const parts = GeneratorParts.safeParse({
    yrkanden: yrkandenRaw(draft),
    beslutsgang: beslutsgangRaw(draft),
    omrostning: draft.omrostning.enabled ? omrostningRaw(draft.omrostning) : undefined,
  });
  if (!parts.success) return { beslutsgang: null, omrostning: null };
  const src = parts.data;
  try {
    return {
      beslutsgang: src.yrkanden.length > 0 ? writeBeslutsgang(src, body) : null,
      omrostning: src.omrostning ? writeOmrostning(src.omrostning, src.yrkanden, body) : null,
    };
  } catch {
    // A reference to a yrkande that was just removed: nothing sensible to show until it is fixed.
    return { beslutsgang: null, omrostning: null };
  }
}

export type BuiltEntry = { ok: true; input: EntryInput; entry: Paragraph } | { ok: false; issues: EntryInputIssue[] };

/**
 * The filled § entry, with the clerk's edits of the generated sections in place of the
 * generated text. Fails with the core's Swedish messages, each with its field path.
 */
export function buildEntry(draft: EntryDraft, number: number, body: BodyName): BuiltEntry {
  const parsed = parseEntryInput(draftToInput(draft, number));
  if (!parsed.ok) return parsed;
  const entry = fillTemplate(parsed.input, { body });
  const edited: Partial<Record<string, string | null>> = { beslutsgang: draft.beslutsgangText, omrostning: draft.omrostningText };
  const sections = entry.sections.map((s) => {
    const own = edited[s.kind];
    return own != null && own.trim() ? { ...s, text: own.trim() } : s;
  });
  return { ok: true, input: parsed.input, entry: { ...entry, sections } };
}

/**
 * What each paragraph type writes in each section before the clerk has written anything: the
 * skeleton's own text. Such text is not the clerk's, so the form starts empty there and the
 * template writes it again (with the clerk's input filled in, for example the justerare).
 */
function skeletonTexts(body: BodyName): Map<string, Set<string>> {
  const texts = new Map<string, Set<string>>();
  for (const t of TEMPLATES) {
    const empty = parseEntryInput({ type: t.id, number: 1 });
    const input: EntryInput = empty.ok ? empty.input : ({ ...EMPTY_INPUT, type: t.id } as EntryInput);
    for (const s of fillTemplate(input, { body }).sections) {
      if (!texts.has(s.kind)) texts.set(s.kind, new Set());
      texts.get(s.kind)!.add(s.text.trim());
    }
  }
  return texts;
}

const EMPTY_INPUT = { number: 1, title: '', caseNumbers: [], yrkanden: [], beslutsgang: {}, reservationer: [], deltarEj: [], jav: [], protokollsanteckningar: [], beslutsunderlag: [], delegationsbeslut: [] };

/** A section's text as the form shows it: the skeleton's text, or text that is only placeholders, counts as empty. */
function ownText(text: string | undefined, skeleton?: Set<string>): string {
  if (!text || skeleton?.has(text.trim())) return '';
  let rest = text;
  for (const p of findPlaceholders(text).reverse()) rest = rest.slice(0, p.index) + rest.slice(p.index + p.text.length);
  return rest.trim() ? text.trim() : '';
}

/**
 * The form filled from an entry already in the document (a skeleton from the agenda, or text the
 * clerk typed in Word), so that writing it again through the form keeps what the clerk wrote.
 */
export function draftFromEntry(entry: Paragraph, type: TemplateId, body: BodyName): EntryDraft {
  const skeleton = skeletonTexts(body);
  const section = (kind: string) => ownText(entry.sections.find((s) => s.kind === kind)?.text, skeleton.get(kind));
  return {
    ...emptyDraft(type),
    title: ownText(entry.title),
    caseNumbers: entry.caseNumbers.join(', '),
    sammanfattning: section('sammanfattning'),
    forslagTillBeslut: section('forslagTillBeslut'),
    beslut: section('beslut'),
    beslutsunderlag: section('beslutsunderlag'),
  };
}
