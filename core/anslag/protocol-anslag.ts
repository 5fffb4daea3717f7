import { z } from 'zod';
import { meetingProfile } from '../check/meeting-profile.ts';
import type { Protocol } from '../model/protocol.ts';
import { omedelbarJustering } from '../parse/omedelbar-justering.ts';
import { describeIssues, swedishErrors } from '../swedish-issues.ts';
import { longSwedishDate } from '../text/dates.ts';
import { CalendarDate } from './anslag-dates.ts';
import { readAnslagBlock } from './anslag-block.ts';
import { anslagNotice, AnslagNoticeInput, type AnslagNotice } from './notice.ts';

/** What the clerk says beyond the protocol: the day it was justerat and posted, and where it is kept. */
export const ProtocolAnslagOptions = z.object({
  justerat: CalendarDate.optional(),
  uppsatt: CalendarDate.optional(),
  forvaringsplats: z.string().trim().min(1).optional(),
});
export type ProtocolAnslagOptions = z.infer<typeof ProtocolAnslagOptions>;

export type ProtocolAnslag =
  | {
      ok: true;
      /** The notice of the protocol's justering, then one for the §§ justerade at the meeting, where there are such. */
      notices: AnslagNotice[];
      /** Where a date or the place came from, and what is missing, in Swedish. */
      notes: string[];
    }
  | { ok: false; reason: string };

/** Why a protocol gives no notice; `justerat` is left for the caller to ask in its own words (a flag, a field). */
export const MISSING_JUSTERING = 'Protokollet anger inte när det justerades.';

/**
 * The justering notices of a protocol: from the justering date given, else the protocol's own (the
 * meeting's date where the whole protocol is justerat at once). §§ justerade at the meeting get a
 * notice of their own, dated from the meeting, and are left out of the protocol's notice, since
 * their appeal period runs from their own notice. `sourceText` supplies what the protocol's
 * anslag/bevis block states (posting day, where the protocol is kept).
 */
export function protocolAnslag(protocol: Protocol, sourceText: string | null, options: ProtocolAnslagOptions = {}): ProtocolAnslag {
  const { body, date } = protocol;
  if (!body) return { ok: false, reason: 'Protokollet anger inte vilket organ som sammanträdde.' };
  if (!date) return { ok: false, reason: 'Protokollet anger inte sammanträdesdatumet.' };
  if (!protocol.paragrafer.length) return { ok: false, reason: 'Protokollet har inga paragrafer.' };

  const notes: string[] = [];
  const profile = meetingProfile(body);
  if (profile.id !== 'kommunallagen') notes.push(`Anslaget behövs bara för beslut som kan överklagas enligt kommunallagen: ${profile.reason}.`);
  const immediate = omedelbarJustering(protocol);
  const stated = immediate.protocol ? date : protocol.justeringDate;
  const justerat = options.justerat ?? stated;
  if (!justerat) return { ok: false, reason: MISSING_JUSTERING };
  if (!options.justerat) {
    notes.push(
      immediate.protocol
        ? `Protokollet justerades omedelbart vid sammanträdet den ${longSwedishDate(date)}.`
        : `Justeringsdatumet ${justerat} är hämtat ur protokollet; ange ett annat om protokollet justerades en annan dag.`,
    );
  }
  const block = sourceText === null ? null : readAnslagBlock(sourceText);
  const forvaringsplats = options.forvaringsplats ?? block?.forvaringsplats ?? null;
  if (!forvaringsplats) notes.push('Protokollet anger inte var det förvaras: fyll i förvaringsplatsen i anslaget (kommunallagen 8 kap. 12 §).');
  const written = block?.uppsatt?.date;
  // The block's day belongs to the justering the protocol states; one before the justering given is another justering's.
  const fromBlock = written && written >= justerat ? written : undefined;
  if (!options.uppsatt && written) {
    notes.push(
      fromBlock
        ? `Anslagets uppsättande ${written} är hämtat ur protokollets anslag/bevis.`
        : `Protokollets anslag/bevis anger uppsättande ${written}, före justeringen ${justerat}: det datumet används inte.`,
    );
  }
  const uppsatt = options.uppsatt ?? fromBlock;

  const immediateNumbers = new Set(immediate.paragrafer.map((p) => p.number));
  const rest = protocol.paragrafer.map((p) => p.number).filter((n) => !immediateNumbers.has(n));
  const inputs: AnslagNoticeInput[] = [
    ...(rest.length ? [{ body, meetingDate: date, paragrafer: rest, forvaringsplats, justerat, uppsatt }] : []),
    ...(immediateNumbers.size ? [{ body, meetingDate: date, paragrafer: [...immediateNumbers], forvaringsplats, justerat: date, omedelbar: true }] : []),
  ];
  const notices: AnslagNotice[] = [];
  for (const input of inputs) {
    const parsed = AnslagNoticeInput.safeParse(input, { error: swedishErrors });
    if (!parsed.success) return { ok: false, reason: `${describeIssues(parsed.error)}.` };
    notices.push(anslagNotice(parsed.data));
  }
  return { ok: true, notices, notes: [...notes, ...notices.flatMap((n) => n.dates.notes)] };
}
