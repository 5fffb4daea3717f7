import { z } from 'zod';
import { IsoDate } from '../model/protocol.ts';
import { DEFAULT_CASE_NUMBER_CONFIG, normaliseCaseNumber, resolveFormats, type CaseNumberConfig } from '../casenumber/index.ts';
import { personKey } from '../text/persons.ts';
import { tallyMemberVotes } from '../text/votes.ts';
import { TEMPLATE_IDS, type TemplateId } from './template.ts';

/**
 * What a clerk fills in for one § entry, from the Word add-in's form or a CLI JSON file.
 * Messages are Swedish because the clerk reads them.
 */

const text = (what: string) =>
  z.string({ error: (issue) => (issue.input === undefined ? `${what} saknas` : `${what} ska vara text`) });
const list = <T extends z.ZodType>(what: string, item: T) => z.array(item, { error: `${what} ska vara en lista` });
const party = () => text('Partiet').trim().min(1, 'Partibeteckningen är tom').max(12, 'Partibeteckningen är för lång');

export const PersonInput = z.object(
  {
    person: text('Namnet').trim().min(1, 'Ange personens namn'),
    party: party().optional(),
  },
  { error: 'Ange personen som { person, party }' },
);
export type PersonInput = z.infer<typeof PersonInput>;

/** What a yrkande asks for. `eget` is an own proposal worded in `proposal`. */
export const YRKANDE_KINDS = ['eget', 'bifall', 'avslag', 'aterremiss', 'bordlaggning'] as const;

export const YrkandeInput = PersonInput.extend({
  kind: z.enum(YRKANDE_KINDS, { error: 'Yrkandets typ ska vara eget, bifall, avslag, aterremiss eller bordlaggning' }).default('eget'),
  /** The proposal's wording; for återremiss and bordläggning the motivering. */
  proposal: text('Yrkandet').trim().default(''),
  supportedBy: list('Stödet för yrkandet', PersonInput).default([]),
});
export type YrkandeInput = z.infer<typeof YrkandeInput>;

/** A proposal the chair puts: the proposal the meeting started from, or a yrkande by its index (0-based). */
export const ProposalRef = z.union([z.literal('liggande'), z.number().int('Yrkandets nummer ska vara ett heltal').nonnegative('Yrkandets nummer kan inte vara negativt')], {
  error: 'Ange "liggande" eller yrkandets nummer',
});
export type ProposalRef = z.infer<typeof ProposalRef>;

export const BeslutsgangInput = z.object({
  /** The answer to the question put first when återremiss or bordläggning is proposed. */
  firstQuestion: z.enum(['avgorsIdag', 'aterremitteras', 'bordlaggs'], {
    error: 'Ange om ärendet avgörs i dag, återremitteras eller bordläggs',
  }).optional(),
  /** The proposal the chair finds the meeting has chosen in the main question. */
  winner: ProposalRef.optional(),
  /**
   * With several yrkanden against liggande förslag: the one the meeting first chose as motförslag
   * (kontraproposition); without it the chair puts all proposals against each other at once.
   */
  motforslag: z.number({ error: 'Ange motförslaget som yrkandets nummer' }).int('Yrkandets nummer ska vara ett heltal').nonnegative('Yrkandets nummer kan inte vara negativt').optional(),
}, { error: 'Beslutsgången ska anges som { firstQuestion, winner, motforslag }' });
export type BeslutsgangInput = z.infer<typeof BeslutsgangInput>;

export const VOTES = ['ja', 'nej', 'avstar'] as const;
export const Vote = z.enum(VOTES, { error: 'Rösten ska vara ja, nej eller avstar' });
export type Vote = z.infer<typeof Vote>;

export const MemberVote = z.object(
  {
    name: text('Namnet').trim().min(1, 'Ange ledamotens namn'),
    party: party().optional(),
    vote: Vote,
  },
  { error: 'Ange ledamotens röst som { name, party, vote }' },
);
export type MemberVote = z.infer<typeof MemberVote>;

const count = z.number({ error: 'Antalet röster ska vara ett tal' }).int('Antalet röster ska vara ett heltal').nonnegative('Antalet röster kan inte vara negativt');

export const VoteCount = z.object({ ja: count, nej: count, avstar: count.default(0) }, { error: 'Röstetalen ska anges som { ja, nej, avstar }' });
export type VoteCount = z.infer<typeof VoteCount>;

export const OmrostningInput = z
  .object({
    ja: ProposalRef,
    nej: ProposalRef,
    /** Totals; for an open vote they may be left out and are counted from `members`. */
    count: VoteCount.optional(),
    members: list('Ledamöternas röster', MemberVote).default([]),
    /** A secret vote records no member votes. */
    sluten: z.boolean({ error: 'Ange sant eller falskt för sluten omröstning' }).default(false),
    /** The chair's casting vote on a tie. */
    utslagsrost: z.enum(['ja', 'nej'], { error: 'Utslagsrösten ska vara ja eller nej' }).optional(),
  }, { error: 'Omröstningen ska anges som { ja, nej, count, members }' })
  .superRefine((o, ctx) => {
    if (o.ja === o.nej) ctx.addIssue({ code: 'custom', path: ['nej'], message: 'Ja- och nej-röst kan inte gälla samma förslag' });
    if (!o.count && o.members.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['count'], message: 'Ange antalet ja-, nej- och avstår-röster eller hur varje ledamot röstade' });
    }
    if (o.sluten && o.members.length > 0) {
      ctx.addIssue({ code: 'custom', path: ['members'], message: 'Vid sluten omröstning antecknas inte hur varje ledamot röstade' });
    }
    const seen = new Set<string>();
    for (const [i, m] of o.members.entries()) {
      const key = personKey(m.name);
      if (seen.has(key)) ctx.addIssue({ code: 'custom', path: ['members', i], message: `${m.name} har röstat två gånger` });
      seen.add(key);
    }
    const totals = o.count ?? tallyMemberVotes(o.members);
    if (o.count && o.members.length > 0) {
      const t = tallyMemberVotes(o.members);
      if (t.ja !== o.count.ja || t.nej !== o.count.nej || t.avstar !== o.count.avstar) {
        ctx.addIssue({
          code: 'custom',
          path: ['count'],
          message: `Summan stämmer inte med ledamöternas röster: ${t.ja} ja, ${t.nej} nej och ${t.avstar} avstår enligt röstlistan`,
        });
      }
    }
    if (totals.ja === totals.nej && !o.utslagsrost) {
      ctx.addIssue({ code: 'custom', path: ['utslagsrost'], message: 'Lika röstetal: ange hur ordförande använde sin utslagsröst' });
    }
  });
export type OmrostningInput = z.infer<typeof OmrostningInput>;

export const ReservationInput = PersonInput.extend({
  /** What follows "reserverar sig mot beslutet", e.g. "till förmån för eget yrkande". */
  reason: text('Motiveringen').trim().min(1, 'Motiveringen är tom').optional(),
});
export type ReservationInput = z.infer<typeof ReservationInput>;

export const JusteringInput = z.object({
  justerare: list('Justerarna', PersonInput).min(1, 'Ange minst en justerare'),
  /** The last day of justering. */
  date: text('Sista dag för justering').pipe(IsoDate),
  /** Where justering takes place; left out when it is signed digitally. */
  place: text('Platsen').trim().min(1, 'Platsen är tom').optional(),
}, { error: 'Justeringen ska anges som { justerare, date, place }' });
export type JusteringInput = z.infer<typeof JusteringInput>;

export const EntryInput = z
  .object({
    type: z.enum(TEMPLATE_IDS, { error: `Okänd paragraftyp, välj en av: ${TEMPLATE_IDS.join(', ')}` }),
    number: z.number({ error: 'Paragrafnumret ska vara ett tal' }).int('Paragrafnumret ska vara ett heltal').nonnegative('Paragrafnumret kan inte vara negativt'),
    /** Empty means the template's standard title. */
    title: text('Rubriken').trim().default(''),
    caseNumbers: list('Diarienumren', text('Diarienumret')).default([]),
    sammanfattning: text('Sammanfattningen').trim().optional(),
    forslagTillBeslut: text('Förslaget till beslut').trim().optional(),
    yrkanden: list('Yrkandena', YrkandeInput).default([]),
    beslutsgang: BeslutsgangInput.default({}),
    omrostning: OmrostningInput.optional(),
    beslut: text('Beslutet').trim().optional(),
    reservationer: list('Reservationerna', ReservationInput).default([]),
    deltarEj: list('De som inte deltar i beslutet', PersonInput).default([]),
    jav: list('De som anmält jäv', PersonInput).default([]),
    protokollsanteckningar: list(
      'Protokollsanteckningarna',
      PersonInput.extend({ text: text('Protokollsanteckningen').trim().min(1, 'Protokollsanteckningen är tom') }),
    ).default([]),
    beslutsunderlag: list('Beslutsunderlagen', text('Beslutsunderlaget').trim().min(1, 'Ett beslutsunderlag är tomt')).default([]),
    justering: JusteringInput.optional(),
    delegationsbeslut: list('Delegationsbesluten', text('Delegationsbeslutet').trim().min(1, 'Ett delegationsbeslut är tomt')).default([]),
    /** The body the item is prepared for, e.g. "Regionstyrelsen" ("… föreslår att regionstyrelsen beslutar"). */
    proposedTo: text('Mottagande organ').trim().min(1, 'Ange vilket organ förslaget går till').optional(),
  }, { error: 'Paragrafens uppgifter ska vara ett objekt' })
  .superRefine((e, ctx) => {
    for (const [i, y] of e.yrkanden.entries()) {
      if ((y.kind === 'eget' || y.kind === 'aterremiss') && !y.proposal) {
        ctx.addIssue({ code: 'custom', path: ['yrkanden', i, 'proposal'], message: `Skriv vad ${y.person} yrkar` });
      }
    }
    const refOk = (ref: ProposalRef | undefined, path: (string | number)[]) => {
      if (typeof ref !== 'number') return;
      const y = e.yrkanden[ref];
      if (!y) ctx.addIssue({ code: 'custom', path, message: `Yrkande nr ${ref + 1} finns inte` });
      else if (y.kind === 'aterremiss' || y.kind === 'bordlaggning' || y.kind === 'bifall') {
        ctx.addIssue({ code: 'custom', path, message: `Yrkande nr ${ref + 1} är inget eget förslag i sakfrågan och kan inte ställas mot liggande förslag` });
      }
    };
    refOk(e.beslutsgang.winner, ['beslutsgang', 'winner']);
    refOk(e.beslutsgang.motforslag, ['beslutsgang', 'motforslag']);
    if (e.omrostning) {
      refOk(e.omrostning.ja, ['omrostning', 'ja']);
      refOk(e.omrostning.nej, ['omrostning', 'nej']);
    }
    const firstQuestionPut = e.yrkanden.some((y) => y.kind === 'aterremiss' || y.kind === 'bordlaggning');
    if (firstQuestionPut && !e.beslutsgang.firstQuestion && e.type !== 'aterremiss') {
      ctx.addIssue({ code: 'custom', path: ['beslutsgang', 'firstQuestion'], message: 'Ange om ärendet avgörs i dag eller återremitteras/bordläggs' });
    }
    if ((e.type === 'yrkanden' || e.type === 'omrostning') && e.yrkanden.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['yrkanden'], message: 'Ange minst ett yrkande som framställdes under sammanträdet' });
    }
    if (e.type === 'omrostning' && !e.omrostning) {
      ctx.addIssue({ code: 'custom', path: ['omrostning'], message: 'Ange omröstningens förslag och resultat' });
    }
    if (e.type === 'aterremiss' && !e.yrkanden.some((y) => y.kind === 'aterremiss')) {
      ctx.addIssue({ code: 'custom', path: ['yrkanden'], message: 'Ange vem som yrkade återremiss och med vilken motivering' });
    }
    if (e.type === 'beredningsarende' && !e.proposedTo) {
      ctx.addIssue({ code: 'custom', path: ['proposedTo'], message: 'Ange vilket organ arbetsutskottet föreslår ska besluta, till exempel Regionstyrelsen' });
    }
    if (e.type === 'val-av-justerare' && !e.justering) {
      ctx.addIssue({ code: 'custom', path: ['justering'], message: 'Ange justerare och sista dag för justering' });
    }
    const absent = new Map([...e.deltarEj, ...e.jav].map((p) => [personKey(p.person), p.person]));
    for (const [i, r] of e.reservationer.entries()) {
      if (absent.has(personKey(r.person))) {
        ctx.addIssue({ code: 'custom', path: ['reservationer', i], message: `${r.person} deltog inte i beslutet och kan inte reservera sig` });
      }
    }
    for (const [i, m] of (e.omrostning?.members ?? []).entries()) {
      if (absent.has(personKey(m.name))) {
        ctx.addIssue({ code: 'custom', path: ['omrostning', 'members', i], message: `${m.name} deltog inte i beslutet och kan inte rösta` });
      }
    }
  })
  // The återremiss template is the case where the meeting sends the matter back.
  .transform((e) =>
    e.type === 'aterremiss' && !e.beslutsgang.firstQuestion ? { ...e, beslutsgang: { ...e.beslutsgang, firstQuestion: 'aterremitteras' as const } } : e,
  );
export type EntryInput = z.infer<typeof EntryInput>;
export type EntryInputRaw = z.input<typeof EntryInput>;

/** An entry of a type with nothing filled in: what the schema's defaults give, whether or not the type then validates. */
export function emptyEntryInput(type: TemplateId, number: number): EntryInput {
  return {
    type,
    number,
    title: '',
    caseNumbers: [],
    yrkanden: [],
    beslutsgang: {},
    reservationer: [],
    deltarEj: [],
    jav: [],
    protokollsanteckningar: [],
    beslutsunderlag: [],
    delegationsbeslut: [],
  };
}

export interface EntryInputIssue {
  path: string;
  message: string;
}

/** Parse what a clerk filled in; on failure every problem with its field path, in Swedish. */
/**
 * The input checked, its case numbers by the organisation's formats (like the schema's own
 * refinements, only once the rest is valid).
 */
export function parseEntryInput(
  raw: unknown,
  caseNumbers: CaseNumberConfig = DEFAULT_CASE_NUMBER_CONFIG,
): { ok: true; input: EntryInput } | { ok: false; issues: EntryInputIssue[] } {
  const r = EntryInput.safeParse(raw);
  if (!r.success) return { ok: false, issues: r.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })) };
  const example = resolveFormats(caseNumbers)[0]?.example;
  const issues = r.data.caseNumbers.flatMap((c, i) =>
    normaliseCaseNumber(c, caseNumbers) ? [] : [{ path: `caseNumbers.${i}`, message: `”${c}” är inget giltigt diarienummer (skriv till exempel ${example})` }],
  );
  return issues.length > 0 ? { ok: false, issues } : { ok: true, input: r.data };
}
