import { SECTION_KINDS, type Paragraf, type SectionKind } from '../model/protocol.ts';
import { normaliseCaseNumber } from '../casenumber/index.ts';
import { longSwedishDate } from '../text/dates.ts';
import type { EntryInput, ReservationInput } from './entry-input.ts';
import type { EntryTemplate, TemplateSection } from './template.ts';
import { getTemplate } from './templates.ts';
import { bodyName, upperFirst, type BodyName } from './body-names.ts';
import { whenGiven } from './section-headings.ts';
import { formatPeople, formatPerson } from './person-phrases.ts';
import { placeholder } from './placeholders.ts';
import { aterremissPurpose, sentence, writeYrkanden } from './proposals.ts';
import { chosenProposal, decidedToday, writeBeslutsgang } from './beslutsgang.ts';
import { writeOmrostning } from './omrostning.ts';

export interface FillContext {
  /** The body that meets, by name ("Regionstyrelsens arbetsutskott") or with its name forms. */
  body: string | BodyName;
}

/** Fill `{slot}`s; a slot without a value becomes a placeholder the checker will find. */
export function fillSlots(phrase: string, slots: Readonly<Record<string, string | undefined>>): string {
  return phrase.replace(/\{(\p{L}+)\}/gu, (_, name: string) => slots[name] ?? placeholder(`Ange ${name}`));
}

/** "Arbetsutskottet föreslår att regionstyrelsen beslutar", the line that opens a proposal to another body. */
export function proposalLead(body: BodyName, to: BodyName): string {
  return `${upperFirst(body.definite)} föreslår att ${to.reference} beslutar`;
}

const HAS_LEAD = /föreslår\s+(?:att\s+)?\S+(?:\s+\S+){0,5}\s+beslutar/i;

/** The decision text a yrkande becomes when the meeting chooses it. */
function decisionFromYrkande(input: EntryInput, index: number): string {
  const y = input.yrkanden[index]!;
  if (y.kind === 'avslag') return 'Förslaget avslås.';
  const text = y.proposal.trim();
  return text.includes('\n') ? text : sentence(upperFirst(text.replace(/^att\s+/i, '')));
}

function writeBeslut(input: EntryInput, template: EntryTemplate, slots: Record<string, string | undefined>): string {
  if (input.beslut) return input.beslut;
  if (!decidedToday(input)) {
    if (input.beslutsgang.firstQuestion === 'bordlaggs') return 'Ärendet bordläggs.';
    const motion = input.yrkanden.find((y) => y.kind === 'aterremiss');
    return motion ? `Ärendet återremitteras för att ${aterremissPurpose(motion)}.` : 'Ärendet återremitteras.';
  }
  const chosen = chosenProposal(input);
  if (typeof chosen === 'number') return decisionFromYrkande(input, chosen);
  if (template.phrases.beslut) return fillSlots(template.phrases.beslut, slots);
  return input.forslagTillBeslut ?? placeholder('Skriv beslut');
}

function writeReservationer(reservationer: readonly ReservationInput[]): string {
  // People who reserve for the same reason share one sentence, as clerks write it.
  const groups: { reason: string | undefined; people: ReservationInput[] }[] = [];
  for (const r of reservationer) {
    const last = groups[groups.length - 1];
    if (last && last.reason === r.reason) last.people.push(r);
    else groups.push({ reason: r.reason, people: [r] });
  }
  return groups
    .map((g) => sentence(`${formatPeople(g.people)} reserverar sig mot beslutet${g.reason ? ` ${g.reason.replace(/\.$/, '')}` : ''}`))
    .join('\n');
}

/** The text of each section the input has something for, by kind. */
function sectionTexts(input: EntryInput, template: EntryTemplate, body: BodyName): Partial<Record<SectionKind, string>> {
  const to = input.proposedTo ? bodyName(input.proposedTo) : null;
  const j = input.justering;
  const slots: Record<string, string | undefined> = {
    organ: body.definite,
    Organ: upperFirst(body.definite),
    mottagare: to?.reference,
    justerare: j ? formatPeople(j.justerare) : undefined,
    justeringsdatum: j ? longSwedishDate(j.date) : undefined,
    justeringstid: j
      ? j.place
        ? `Justeringen sker på ${j.place} senast den ${longSwedishDate(j.date)}.`
        : `Justeringen sker digitalt senast den ${longSwedishDate(j.date)}.`
      : undefined,
    delegationsbeslut: input.delegationsbeslut.length > 0 ? input.delegationsbeslut.join('\n') : undefined,
  };
  const phrase = (kind: SectionKind) => {
    const p = template.phrases[kind];
    return p === undefined ? undefined : fillSlots(p, slots);
  };
  // A proposal to another body opens with "Arbetsutskottet föreslår att regionstyrelsen beslutar".
  const proposing = (text: string) => (to && !HAS_LEAD.test(text) ? `${proposalLead(body, to)}\n${text}` : text);

  // Sammanfattning and Förslag till beslut are written when the clerk wrote them or the template has them.
  const has = (kind: SectionKind) => template.sections.some((s) => s.kind === kind);
  const out: Partial<Record<SectionKind, string>> = {
    beslut: decidedToday(input) ? proposing(writeBeslut(input, template, slots)) : writeBeslut(input, template, slots),
  };
  if (input.sammanfattning !== undefined || has('sammanfattning')) {
    out.sammanfattning = input.sammanfattning ?? phrase('sammanfattning') ?? placeholder('Skriv sammanfattning');
  }
  if (input.forslagTillBeslut !== undefined || has('forslagTillBeslut')) {
    out.forslagTillBeslut = proposing(input.forslagTillBeslut ?? phrase('forslagTillBeslut') ?? placeholder('Skriv förslag till beslut'));
  }
  if (input.yrkanden.length > 0) {
    out.yrkanden = writeYrkanden(input.yrkanden);
    out.beslutsgang = writeBeslutsgang(input, body);
  }
  if (input.omrostning) out.omrostning = writeOmrostning(input.omrostning, input.yrkanden, body);
  if (input.reservationer.length > 0) out.reservationer = writeReservationer(input.reservationer);
  if (input.deltarEj.length > 0) out.deltarEj = `${formatPeople(input.deltarEj)} deltar inte i beslutet.`;
  if (input.protokollsanteckningar.length > 0) {
    out.protokollsanteckning = input.protokollsanteckningar.map((p) => `${formatPerson(p)} lämnar följande protokollsanteckning: ${p.text}`).join('\n\n');
  }
  if (input.jav.length > 0) out.jav = `${formatPeople(input.jav)} anmäler jäv och deltar inte i handläggningen av ärendet.`;
  if (input.beslutsunderlag.length > 0) out.beslutsunderlag = input.beslutsunderlag.join('\n');
  return out;
}

/** The template's sections plus any the input brings that the template lacks, in protocol order. */
function sectionPlan(template: EntryTemplate, texts: Partial<Record<SectionKind, string>>): TemplateSection[] {
  const plan = template.sections.filter((s) => s.presence === 'always' || texts[s.kind] !== undefined);
  for (const kind of SECTION_KINDS) {
    if (kind === 'other' || texts[kind] === undefined || plan.some((s) => s.kind === kind)) continue;
    plan.push(whenGiven(kind));
  }
  const order = (k: SectionKind) => SECTION_KINDS.indexOf(k);
  return plan.sort((a, b) => order(a.kind) - order(b.kind));
}

/**
 * A filled § entry as a `Paragraf` of the protocol model. Line numbers are those of
 * `renderParagraph`'s text, so findings on a generated entry point at the right line.
 */
export function fillTemplate(input: EntryInput, ctx: FillContext): Paragraf {
  const template = getTemplate(input.type);
  const body = typeof ctx.body === 'string' ? bodyName(ctx.body) : ctx.body;
  const texts = sectionTexts(input, template, body);
  const caseNumbers = input.caseNumbers.map((c) => normaliseCaseNumber(c) ?? c);
  let line = caseNumbers.length > 0 ? 4 : 3;
  const sections = sectionPlan(template, texts).map((s) => {
    const text = texts[s.kind] ?? '';
    const section = { kind: s.kind, heading: s.heading, text, line };
    line += text.split('\n').length + 2;
    return section;
  });
  return {
    number: input.number,
    title: input.title || template.defaultTitle || placeholder('Skriv rubrik'),
    caseNumbers,
    sections,
    line: 1,
  };
}

/** The entry as plain protocol text: "§ 41 Title", the case numbers, then each heading and its text. */
export function renderParagraph(p: Paragraf): string {
  const head = [`§ ${p.number} ${p.title}`];
  if (p.caseNumbers.length > 0) head.push(p.caseNumbers.join(', '));
  return [head.join('\n'), ...p.sections.map((s) => `${s.heading}\n${s.text}`)].join('\n\n') + '\n';
}
