import { z } from 'zod';
import { longSwedishDate } from '../text/dates.ts';
import { paragraphRange } from '../text/paragraph-range.ts';
import { anslagDates, CalendarDate, type AnslagDates } from './anslag-dates.ts';

export const AnslagNoticeInput = z
  .object({
    body: z.string().trim().min(1, 'organet saknas'),
    meetingDate: CalendarDate,
    paragrafer: z.array(z.number().int().nonnegative()).min(1, 'ange minst en paragraf'),
    /** Where the justerade protocol can be read (KL 8 kap. 12 §); null where nobody has said. */
    forvaringsplats: z.string().trim().min(1).nullable(),
    justerat: CalendarDate,
    uppsatt: CalendarDate.optional(),
    /** The §§ were justerade at the meeting, on their own. */
    omedelbar: z.boolean().default(false),
  })
  .refine((n) => n.justerat >= n.meetingDate, { path: ['justerat'], message: 'justeringen kan inte ske före sammanträdet' })
  .refine((n) => n.uppsatt === undefined || n.uppsatt >= n.justerat, { path: ['uppsatt'], message: 'anslaget kan inte sättas upp före justeringen' });
export type AnslagNoticeInput = z.input<typeof AnslagNoticeInput>;

export interface AnslagNotice {
  /** "Tillkännagivande av justering", or for §§ justerade at the meeting "Tillkännagivande av omedelbar justering av § 7". */
  heading: string;
  /** How the §§ were justerade, one sentence: "Protokollet justerades den 14 mars 2025." */
  justeringLine: string;
  /** "§§ 41–50". */
  paragrafer: string;
  /** The notice's fields in the order the anslagstavla shows them. */
  fields: { label: string; value: string }[];
  /** The notice as it is posted: heading, fields and the sentence on how to appeal. */
  text: string;
  dates: AnslagDates;
}

const PLACE_MISSING = '[ange var protokollet förvaras]';

/** The notice of a justering for the anslagstavla, with the dates the law gives it. */
/** Throws a ZodError on input that breaks the schema: validate with `AnslagNoticeInput.safeParse` first for the Swedish reasons. */
export function anslagNotice(input: AnslagNoticeInput): AnslagNotice {
  const n = AnslagNoticeInput.parse(input);
  const dates = anslagDates({ justerat: n.justerat, uppsatt: n.uppsatt });
  const paragrafer = paragraphRange(n.paragrafer);
  const heading = n.omedelbar ? `Tillkännagivande av omedelbar justering av ${paragrafer}` : 'Tillkännagivande av justering';
  const justeringLine = n.omedelbar
    ? `${paragrafer} justerades omedelbart vid sammanträdet den ${longSwedishDate(n.justerat)}.`
    : `Protokollet justerades den ${longSwedishDate(n.justerat)}.`;
  const fields = [
    { label: 'Organ', value: n.body },
    { label: 'Sammanträdesdatum', value: n.meetingDate },
    { label: 'Paragrafer', value: paragrafer },
    { label: 'Justerat', value: dates.justerat },
    { label: 'Förvaringsplats för protokollet', value: n.forvaringsplats ?? PLACE_MISSING },
    { label: 'Anslaget sätts upp', value: dates.uppsatt },
    { label: 'Anslaget tas ned', value: dates.nedtagande },
    { label: 'Sista dag att överklaga', value: dates.sistaDagAttOverklaga.date },
  ];
  const text = [
    heading,
    '',
    justeringLine,
    '',
    ...fields.map((f) => `${f.label}: ${f.value}`),
    '',
    `Justeringen tillkännages genom detta anslag från den ${longSwedishDate(dates.uppsatt)}. Den som vill överklaga ` +
      `ett beslut genom laglighetsprövning (kommunallagen 13 kap.) ska ge in överklagandet till förvaltningsrätten ` +
      `senast den ${longSwedishDate(dates.sistaDagAttOverklaga.date)}.`,
    '',
  ].join('\n');
  return { heading, justeringLine, paragrafer, fields, text, dates };
}
