import { longSwedishDate } from '../text/dates.ts';

/** The heading of the section a § justerad omedelbart is signed in; the parser reads it as a section of its own. */
export const OMEDELBAR_JUSTERING_HEADING = 'Omedelbar justering';

const SIGNATURE = '________________________';

/**
 * The justering of a § justerad omedelbart, written into the § so that it can be signed at the
 * meeting: when it was justerad, and a line for the ordförande's and the justerare's signatures.
 * It names no § number (a number typed into the text would not follow renumbering) and starts no
 * line with "Justerare", which the cover's reader would take for the protocol's justerare.
 */
export function omedelbarJusteringLines(meetingDate: string): string[] {
  return [`Paragrafen justerades omedelbart vid sammanträdet den ${longSwedishDate(meetingDate)}.`, `Ordförandes och justerandes signaturer: ${SIGNATURE} ${SIGNATURE}`];
}

/** Whether a § already has its justering written: the section, or the sentence the lines begin with. */
export const hasOmedelbarJustering = (sections: readonly { heading: string; text: string }[]): boolean =>
  sections.some((s) => s.heading.trim().toLowerCase() === OMEDELBAR_JUSTERING_HEADING.toLowerCase() || /justerades omedelbart vid sammanträdet/i.test(s.text));
