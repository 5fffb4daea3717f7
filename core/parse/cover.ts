import type { Paragraf, Protocol } from '../model/protocol.ts';
import { findDate } from '../text/dates.ts';
import { findPeopleWithParty, splitNameList } from '../text/persons.ts';
import { bodyNameIn, expandBodyAbbreviation, unshout } from './body-name.ts';
import type { SourceLine } from './source-lines.ts';
import { COLUMN_GAP } from './markup.ts';

type Cover = Pick<Protocol, 'body' | 'date' | 'place' | 'attendance' | 'justerare' | 'justeringDate' | 'hasCover'>;

/** Cover-page labels; a label stands alone or is followed by its value on the same line. */
const LABELS = {
  // Before `place`: `Plats och tid för justering` begins as the meeting's `Plats och tid` does.
  justering: /^(?:justeringens plats och tid|justeringens tid och plats|plats och tid för justering|tid och plats för justering|justering(?:ens|sdatum)?|tid för justering)\b:?\s*/i,
  place: /^(?:plats och tid|tid och plats|plats|sammanträdesplats|lokal)\b:?\s*/i,
  date: /^(?:sammanträdesdatum|sammanträdets datum|sammanträde|datum|mötesdatum)\b:?\s*/i,
  body: /^(?:beslutande organ|organ|nämnd|instans)\b:?\s*/i,
  beslutande: /^(?:beslutande(?: ledamöter)?|närvarande ledamöter|ledamöter)\b:?\s*/i,
  tjanstgorande: /^tjänstgörande ersättare\b:?\s*/i,
  ersattare: /^(?:ersättare|närvarande ersättare|icke tjänstgörande ersättare)\b:?\s*/i,
  ovriga: /^(?:övriga (?:närvarande|deltagare)|övriga|närvarande tjänstepersoner|tjänstepersoner)\b:?\s*/i,
  justerare: /^(?:justerare|justerande|utses att justera|protokolljusterare|protokollsjusterare|justeras av)\b:?\s*/i,
  other: /^(?:underskrifter|sekreterare|ordförande|paragrafer|innehåll|innehållsförteckning|anslag|bevis|organ|förvaringsplats|sammanträdets öppnande)\b:?\s*/i,
} as const;
type Label = keyof typeof LABELS;

/** Labels whose value may follow without a colon (`Utses att justera Per Ek (S)`, `Plats och tid Stadshuset`). */
const VALUE_WITHOUT_COLON = new Set<Label>(['justering', 'place', 'justerare', 'body', 'beslutande', 'ovriga']);

function labelOf(text: string): { label: Label; value: string; length: number } | null {
  for (const label of Object.keys(LABELS) as Label[]) {
    const m = LABELS[label].exec(text);
    if (m && (m[0].length === text.length || /:\s*$/.test(m[0]) || VALUE_WITHOUT_COLON.has(label))) {
      return { label, value: text.slice(m[0].length).trim(), length: m[0].length };
    }
  }
  return null;
}

/**
 * A label the layout broke over two lines (`Justeringens` ⏎ `plats och tid: …`): the label read
 * from both, where the first line is a label alone and the whole label reaches into the second.
 */
function wrappedLabel(alone: string | null, text: string): ReturnType<typeof labelOf> {
  if (alone === null) return null;
  const joined = labelOf(`${alone} ${text}`);
  return joined && joined.length > alone.length + 1 ? joined : null;
}

/**
 * Labels whose value is a line or two: a blank line ends it, so that what follows unlabelled (a
 * running header on a cover without page breaks) is not read as more of it.
 */
const ENDS_AT_BLANK = new Set<Label>(['justerare']);

/** Groups the cover page's lines under their labels. */
function coverFields(lines: readonly SourceLine[]): Map<Label, string[]> {
  const fields = new Map<Label, string[]>();
  let current: Label | null = null;
  let alone: string | null = null;
  for (const l of lines) {
    if (l.furniture) continue;
    const t = l.plain;
    if (!t) {
      if (current && ENDS_AT_BLANK.has(current) && fields.get(current)!.length) current = null;
      continue;
    }
    const wrapped = wrappedLabel(alone, t);
    const labelled = wrapped ?? labelOf(t);
    alone = labelled && !labelled.value ? t : null;
    if (labelled) {
      current = labelled.label;
      if (!fields.has(current)) fields.set(current, []);
      if (labelled.value) fields.get(current)!.push(labelled.value);
    } else if (current) {
      fields.get(current)!.push(t);
    }
  }
  return fields;
}

/** The people of a field; a line laid out in columns (signatures side by side) holds one per column. */
function names(values: string[] | undefined): string[] {
  if (!values?.length) return [];
  return [...new Set(splitNameList(values.map((v) => v.split(COLUMN_GAP).join('\n')).join('\n')))];
}

/**
 * Texts of single §§ without a cover that head their decisions with the body's name
 * (`Kommunfullmäktiges beslut`): that body, where all such headings agree.
 */
function bodyOfDecisions(paragrafer: readonly Paragraf[]): string | null {
  const named = new Set<string>();
  for (const p of paragrafer) {
    for (const s of p.sections) {
      const m = s.kind === 'beslut' ? /^(.+?)s beslut$/i.exec(s.heading) : null;
      const name = m ? bodyNameIn(unshout(m[1]!)) : null;
      if (name) named.add(name.charAt(0).toLocaleUpperCase('sv') + name.slice(1));
    }
  }
  return named.size === 1 ? [...named][0]! : null;
}

/** `Kommunstyrelsen har behandlat ärendet den 27 mars 2024, § 79.` */
const HANDLED_BY = /^(\p{Lu}[\p{L} -]*?(?:styrelsen|styrelsens arbetsutskott|arbetsutskottet|utskottet))\s+har\s+behandlat\s+ärendet\b/gmu;

/**
 * Texts of single §§ without a cover or page headers (an export of single §§) still say which body
 * prepared each case: a case that a styrelse has handled is decided by fullmäktige, one that an
 * arbetsutskott has handled by its own board. Null unless every entry that says so agrees.
 */
function bodyAfterPreparation(paragrafer: readonly Paragraf[]): string | null {
  const next = new Set<string>();
  for (const p of paragrafer) {
    for (const s of p.sections) {
      for (const m of s.text.matchAll(HANDLED_BY)) {
        const handler = m[1]!.toLowerCase();
        if (/^(?:kommun|region)styrelsen$/.test(handler)) next.add(handler.startsWith('kommun') ? 'Kommunfullmäktige' : 'Regionfullmäktige');
      }
    }
  }
  return next.size === 1 ? [...next][0]! : null;
}

/** Justerare and the justering date from a "Val av justerare" entry. */
function fromValAvJusterare(paragrafer: readonly Paragraf[]): { justerare: string[]; date: string | null } {
  const p = paragrafer.find((x) => /justera/i.test(x.title));
  if (!p) return { justerare: [], date: null };
  const text = p.sections.map((s) => s.text).join('\n');
  const sentence = text.match(/[^.]*justera[^.]*\./i)?.[0] ?? text;
  const justerare = findPeopleWithParty(sentence).map((m) => m.name);
  const when = text.match(/justering(?:en)?[^.]*?(?:senast|den|sker|äger rum)[^.]*/i)?.[0];
  return { justerare, date: when ? (findDate(when)?.iso ?? null) : null };
}

/** Labels only a cover page has: who met, who justerar, when. An extract or a single § has none. */
const COVER_LABELS: readonly Label[] = ['justerare', 'justering'];

/** The body that met: as the cover labels it, else as the page headers or the cover's first lines name it. */
/**
 * Whether the text holds the protocol's cover: a cover label, or a protocol heading with its date
 * before the first entry. An extract (`Protokollsutdrag`) or a bare § text has neither.
 */
function hasCoverPage(coverLines: readonly SourceLine[], fields: Map<Label, string[]>): boolean {
  if (COVER_LABELS.some((label) => fields.has(label))) return true;
  const texts = coverLines.map((l) => l.plain);
  if (texts.some((t) => /utdrag/i.test(t))) return false;
  return texts.some((t) => /^(?:sammanträdes)?protokoll\b/i.test(t)) && texts.some((t) => /^(?:sammanträdesdatum|datum)\b/i.test(t));
}

function readBody(fields: Map<Label, string[]>, lines: readonly SourceLine[], coverEnd: number, header: { body: string } | null): string | null {
  const labelled = fields.get('body')?.map((v) => bodyNameIn(v) ?? (/^\p{Lu}{2,6}$/u.test(v) ? v : null)).find(Boolean);
  const fromHeaders = () => {
    const counts = new Map<string, number>();
    for (const l of lines) {
      if (!l.furniture && l.n > coverEnd) continue;
      for (const column of l.plain.split(COLUMN_GAP)) {
        const name = bodyNameIn(column);
        if (name) counts.set(name, (counts.get(name) ?? 0) + (l.furniture ? 2 : 1));
      }
    }
    return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  };
  const body = labelled ?? (header && bodyNameIn(header.body)) ?? fromHeaders() ?? inlineOrgan(lines.slice(0, coverEnd));
  return body ? expandBodyAbbreviation(body, lines) : null;
}

/** `… Organ Kommunstyrelsens arbetsutskott Sammanträdesdatum 2024-05-02 …`: a cover whose labels a converter ran into one line. */
const INLINE_ORGAN = /(?<![\p{L}])(?:beslutande\s+)?organ\s*:?\s+(.+?)(?=\s+(?:sammanträdesdatum|datum|tid|plats|justering|paragrafer|anslag|protokollet)\b|\s*$)/iu;

function inlineOrgan(coverLines: readonly SourceLine[]): string | null {
  for (const l of coverLines) {
    const m = l.plain.length > 12 ? INLINE_ORGAN.exec(l.plain) : null;
    const name = m ? bodyNameIn(m[1]!) : null;
    if (name) return name;
  }
  return null;
}

/** A date label's value: on its own line (`Sammanträdesdatum: 2024-03-14`) or on the next lines under it. */
function labelledDate(lines: readonly SourceLine[], label: RegExp): string | null {
  for (let i = 0; i < lines.length; i++) {
    const columns = lines[i]!.plain.split(COLUMN_GAP);
    const at = columns.findIndex((c) => label.test(c));
    if (at < 0) continue;
    const same = findDate(columns.slice(at).join(' '))?.iso;
    if (same) return same;
    for (let j = i + 1, seen = 0; j < lines.length && seen < 2; j++) {
      const t = lines[j]!.plain;
      if (!t) continue;
      seen++;
      // The value under the label: a date alone, or the running header `Body 2025-03-11`.
      const d = t.length <= 100 && !NOT_THE_MEETING.test(t) ? findDate(t) : null;
      if (d) return d.iso;
    }
  }
  return null;
}

/** Dates of justering and anslag on a cover are not the meeting's date. */
const NOT_THE_MEETING = /justera|justering|anslag|uppsätt|nedtag|tas ned|sätts upp|underskrift/i;

function readDate(fields: Map<Label, string[]>, lines: readonly SourceLine[], coverEnd: number, header: { date: string } | null): string | null {
  const cover = lines.slice(0, coverEnd);
  // The fallbacks below read the whole text: asked only when the cover itself does not say.
  let headers: SourceLine[] | undefined;
  const pageHeaders = () => (headers ??= lines.filter((l) => l.furniture));
  const firstLines = () => cover.filter((l) => !l.furniture && l.plain && !NOT_THE_MEETING.test(l.text)).slice(0, 12);
  return (
    labelledDate(cover, /^(?:sammanträdesdatum|sammanträdets datum|sammanträde|mötesdatum|datum)\b:?/i) ??
    findDate(fields.get('place')?.join(' ') ?? '')?.iso ??
    header?.date ??
    labelledDate(pageHeaders(), /^(?:sammanträdesdatum|datum)\b:?/i) ??
    findDate(firstLines().map((l) => l.plain).join(' '))?.iso ??
    findDate(pageHeaders().map((l) => l.plain).filter((t) => !NOT_THE_MEETING.test(t)).join(' '))?.iso ??
    null
  );
}

/**
 * Reads the cover page (the lines before the first entry or the table of contents) and, where the
 * text has no cover, what its page headers say. Nothing is taken from a § text but the justering
 * of a "Val av justerare" entry.
 */
export function readCover(
  lines: readonly SourceLine[],
  coverEnd: number,
  paragrafer: readonly Paragraf[],
  header: { body: string; date: string } | null,
): Cover {
  const coverLines = lines.slice(0, coverEnd);
  const fields = coverFields(coverLines);
  const body = readBody(fields, lines, coverEnd, header) ?? bodyOfDecisions(paragrafer) ?? bodyAfterPreparation(paragrafer);
  const date = readDate(fields, lines, coverEnd, header);
  const placeText = fields.get('place')?.join(', ') ?? null;
  const place = placeText ? placeText.replace(/,?\s*(?:den\s+)?\d{4}-\d{2}-\d{2}.*$/, '').replace(/,?\s*kl\.?\s.*$/i, '').trim() || null : null;

  const beslutande = names(fields.get('beslutande'));
  const tjanstgorande = names(fields.get('tjanstgorande'));
  const ersattare = names(fields.get('ersattare'));
  const ovriga = names(fields.get('ovriga'));
  const attendance =
    beslutande.length || tjanstgorande.length || ersattare.length || ovriga.length
      ? { beslutande, ...(tjanstgorande.length ? { tjanstgorandeErsattare: tjanstgorande } : {}), ersattare, ovriga }
      : null;

  const fromEntry = fromValAvJusterare(paragrafer);
  const coverJusterare = names(fields.get('justerare'));
  const justering = fields.get('justering')?.join(' ');
  return {
    body,
    date,
    place,
    attendance,
    justerare: coverJusterare.length ? coverJusterare : fromEntry.justerare,
    justeringDate: (justering ? findDate(justering)?.iso : null) ?? fromEntry.date,
    hasCover: hasCoverPage(coverLines, fields),
  };
}
