import { z } from 'zod';

/** ISO calendar date, `YYYY-MM-DD`. */
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'datum ska skrivas ÅÅÅÅ-MM-DD');

/** The kinds of section a § entry is built from, in the order the fixtures use them. */
export const SECTION_KINDS = [
  'sammanfattning',
  'forslagTillBeslut',
  'yrkanden',
  'beslutsgang',
  'omrostning',
  'beslut',
  'reservationer',
  'deltarEj',
  'protokollsanteckning',
  'sarskiltYttrande',
  'jav',
  'beslutsunderlag',
  'other',
] as const;
export const SectionKind = z.enum(SECTION_KINDS);
export type SectionKind = z.infer<typeof SectionKind>;

export const Section = z.object({
  kind: SectionKind,
  /** The heading as written, so that `other` sections keep their own name. */
  heading: z.string(),
  text: z.string(),
  /** 1-based line of the heading in the source text. */
  line: z.number().int().positive(),
});
export type Section = z.infer<typeof Section>;

export const Paragraf = z.object({
  number: z.number().int().nonnegative(),
  title: z.string(),
  /**
   * The entry's case numbers in the order they appear: a labelled number (`Dnr …`) as written,
   * without its label or a trailing classification code; a number found by the organisation's
   * formats in its canonical form. Look-ups key on `caseKey` (core/casenumber), not on this text.
   */
  caseNumbers: z.array(z.string()),
  sections: z.array(Section),
  /** 1-based line of the § heading in the source text. */
  line: z.number().int().positive(),
  /** Lines under the title that look like case numbers but do not parse in the configured formats. */
  malformedCaseNumbers: z.array(z.string()).optional(),
  /** 1-based page in the source document, where the source has pages. */
  page: z.number().int().positive().optional(),
});
export type Paragraf = z.infer<typeof Paragraf>;

export const TocEntry = z.object({
  number: z.number().int().nonnegative(),
  title: z.string(),
  line: z.number().int().positive(),
});
export type TocEntry = z.infer<typeof TocEntry>;

/** One person of the attendance list as written there: `Per Holm (L), §§ 12-14`. */
export const RollEntry = z.object({
  name: z.string(),
  party: z.string().nullable(),
  /** The §§ the person took part in; null for the whole meeting. */
  paragrafer: z.array(z.number().int().nonnegative()).nullable(),
});
export type RollEntry = z.infer<typeof RollEntry>;

/** A serving ersättare and the member in whose place they serve (`ersätter`, `tjänstgör för`), where the list says. */
export const Replacement = RollEntry.extend({ ersatter: z.string().nullable() });
export type Replacement = z.infer<typeof Replacement>;

/**
 * The attendance list read line by line (core/parse/attendance.ts): who holds the seats present
 * and who serves in whose place, with their §§. Only where every line of the list reads as one
 * person; a layout read with less confidence leaves it out.
 */
export const Roll = z.object({
  ledamoter: z.array(RollEntry),
  tjanstgorande: z.array(Replacement),
});
export type Roll = z.infer<typeof Roll>;

export const Attendance = z.object({
  beslutande: z.array(z.string()),
  /** Ersättare who serve in a member's place and so take part in decisions. */
  tjanstgorandeErsattare: z.array(z.string()).optional(),
  ersattare: z.array(z.string()),
  ovriga: z.array(z.string()),
});
export type Attendance = z.infer<typeof Attendance>;

export const Protocol = z.object({
  /** The body (organ) that met, e.g. "Regionstyrelsens arbetsutskott". */
  body: z.string().nullable(),
  date: IsoDate.nullable(),
  place: z.string().nullable(),
  attendance: Attendance.nullable(),
  /** The attendance list line by line, where it reads with confidence (see `Roll`). */
  roll: Roll.optional(),
  justerare: z.array(z.string()),
  /** The date by which (or on which) the protocol is justerat. */
  justeringDate: IsoDate.nullable(),
  /** The table of contents, when the protocol has one. */
  toc: z.array(TocEntry).nullable(),
  /**
   * Whether the text holds the protocol's cover page (attendance, justerare, justering). False for
   * a single § text or an extract without a head, whose whole-protocol facts the text cannot show;
   * absent where the source does not say (a Word document being written).
   */
  hasCover: z.boolean().optional(),
  /**
   * True where the text says it is an extract (`Protokollsutdrag`, `Utdrag ur protokoll`, `Rätt
   * utdraget intygar`): it holds only the chosen §§, whatever labels its head repeats from the cover.
   */
  extract: z.boolean().optional(),
  paragrafer: z.array(Paragraf),
});
export type Protocol = z.infer<typeof Protocol>;
