import { z } from 'zod';
import type { CaseNumberConfig } from '../../../core/casenumber/index.ts';
import type { Paragraf } from '../../../core/model/protocol.ts';
import {
  BeslutsgangInput,
  OmrostningInput,
  YrkandeInput,
  fillTemplate,
  parseEntryInput,
  writeBeslutsgang,
  writeOmrostning,
  type BodyName,
  type EntryInput,
  type EntryInputIssue,
  type EntryInputRaw,
  type ProposalRef,
} from '../../../core/templates/index.ts';
import type { EntryDraft, OmrostningDraft, ProposalChoice } from './entry-draft.ts';
import { parsePeople } from './people-field.ts';

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
  const winner = proposalRef(draft.winner);
  return {
    ...(draft.firstQuestion ? { firstQuestion: draft.firstQuestion } : {}),
    ...(winner !== undefined ? { winner } : {}),
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

export type BuiltEntry = { ok: true; input: EntryInput; entry: Paragraf } | { ok: false; issues: EntryInputIssue[] };

/**
 * The filled § entry, with the clerk's edits of the generated sections in place of the
 * generated text. Fails with the core's Swedish messages, each with its field path.
 */
export function buildEntry(draft: EntryDraft, number: number, body: BodyName, caseNumbers?: CaseNumberConfig): BuiltEntry {
  const parsed = parseEntryInput(draftToInput(draft, number), caseNumbers);
  if (!parsed.ok) return parsed;
  const entry = fillTemplate(parsed.input, { body });
  const edited: Partial<Record<string, string | null>> = { beslutsgang: draft.beslutsgangText, omrostning: draft.omrostningText };
  const sections = entry.sections.map((s) => {
    const own = edited[s.kind];
    return own != null && own.trim() ? { ...s, text: own.trim() } : s;
  });
  return { ok: true, input: parsed.input, entry: { ...entry, sections } };
}

