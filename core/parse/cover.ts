import type { Paragraph, Protocol } from '../model/protocol.ts';
import { findDate } from '../text/dates.ts';
import { findPeopleWithParty, splitNameList } from '../text/persons.ts';
import type { SourceLine } from './source-lines.ts';

type Cover = Pick<Protocol, 'body' | 'date' | 'place' | 'attendance' | 'justerare' | 'justeringDate'>;

const BODY_WORD = /(?:nämnd|styrelse|utskott|fullmäktige|beredning|styrgrupp|råd|kommitté|direktion|förbund)/i;

/** Cover-page labels; a label stands alone or is followed by its value on the same line. */
const LABELS = {
  place: /^(?:plats och tid|tid och plats|plats|sammanträdesplats|lokal)\b:?\s*/i,
  date: /^(?:sammanträdesdatum|datum|mötesdatum)\b:?\s*/i,
  beslutande: /^(?:beslutande(?: ledamöter)?|närvarande ledamöter|ledamöter)\b:?\s*/i,
  tjanstgorande: /^tjänstgörande ersättare\b:?\s*/i,
  ersattare: /^(?:ersättare|närvarande ersättare|icke tjänstgörande ersättare)\b:?\s*/i,
  ovriga: /^(?:övriga (?:närvarande|deltagare)|övriga|närvarande tjänstepersoner|tjänstepersoner)\b:?\s*/i,
  justerare: /^(?:justerare|justerande|utses att justera)\b:?\s*/i,
  justering: /^(?:justeringens plats och tid|justeringens tid och plats|justering(?:sdatum)?|tid för justering)\b:?\s*/i,
  other: /^(?:underskrifter|sekreterare|ordförande|paragrafer|innehåll|innehållsförteckning|anslag|bevis|organ|förvaringsplats|sammanträdets öppnande)\b:?\s*/i,
} as const;
type Label = keyof typeof LABELS;

function labelOf(text: string): { label: Label; value: string } | null {
  for (const label of Object.keys(LABELS) as Label[]) {
    const m = LABELS[label].exec(text);
    if (m && (m[0].length === text.length || /:\s*$/.test(m[0]) || label === 'justering' || label === 'place')) {
      return { label, value: text.slice(m[0].length).trim() };
    }
  }
  return null;
}

/** Groups the cover page's lines under their labels. */
function coverFields(lines: readonly SourceLine[]): Map<Label, string[]> {
  const fields = new Map<Label, string[]>();
  let current: Label | null = null;
  for (const l of lines) {
    if (l.furniture) continue;
    const t = l.text.trim();
    if (!t) continue;
    const labelled = labelOf(t);
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

function names(values: string[] | undefined): string[] {
  if (!values?.length) return [];
  return splitNameList(values.join('\n'));
}

/** Justerare and the justering date from a "Val av justerare" entry. */
function fromValAvJusterare(paragraphs: readonly Paragraph[]): { justerare: string[]; date: string | null } {
  const p = paragraphs.find((x) => /justera/i.test(x.title));
  if (!p) return { justerare: [], date: null };
  const text = p.sections.map((s) => s.text).join('\n');
  const sentence = text.match(/[^.]*justera[^.]*\./i)?.[0] ?? text;
  const justerare = findPeopleWithParty(sentence).map((m) => m.name);
  const when = text.match(/justering(?:en)?[^.]*?(?:senast|den|sker|äger rum)[^.]*/i)?.[0];
  return { justerare, date: when ? (findDate(when)?.iso ?? null) : null };
}

export function readCover(
  lines: readonly SourceLine[],
  paragraphs: readonly Paragraph[],
  header: { body: string; date: string } | null,
): Cover {
  const fields = coverFields(lines);
  const firstLines = lines.filter((l) => !l.furniture && l.text.trim()).slice(0, 12).map((l) => l.text.trim());
  const body = header?.body ?? firstLines.find((t) => BODY_WORD.test(t) && t.length < 80 && !/\d{4}/.test(t)) ?? null;
  const date =
    header?.date ??
    findDate(fields.get('date')?.join(' ') ?? '')?.iso ??
    findDate(fields.get('place')?.join(' ') ?? '')?.iso ??
    findDate(firstLines.join(' '))?.iso ??
    null;
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

  const fromEntry = fromValAvJusterare(paragraphs);
  const coverJusterare = names(fields.get('justerare'));
  const justering = fields.get('justering')?.join(' ');
  return {
    body,
    date,
    place,
    attendance,
    justerare: coverJusterare.length ? coverJusterare : fromEntry.justerare,
    justeringDate: (justering ? findDate(justering)?.iso : null) ?? fromEntry.date,
  };
}
