import { z } from 'zod';
import { IsoDate } from '../model/protocol.ts';
import { sourceName, type CaseHistory, type HistorySource } from './model.ts';
import { readFeed, type FeedSource } from './read-feed.ts';
import { bodyInSentence } from './status.ts';

/**
 * § numbers usually run through the year per body: a meeting's first § follows the last § of the
 * body's previous meeting that year. The decision-history feed knows the body's earlier meetings,
 * though only their §§ with a case number and a decision: a last § without one is not in it.
 */

/** The meeting to number: its body and date. */
export const NumberedMeeting = z.object({ body: z.string().trim().min(1, 'organet saknas'), date: IsoDate });
export type NumberedMeeting = z.infer<typeof NumberedMeeting>;

/** A body's meeting in the feed and its highest § there. */
export interface PreviousMeeting {
  body: string;
  date: string;
  lastParagraph: number;
  /** Where that § was read from. */
  source: HistorySource;
}

/** The feed's meetings by body and date: what numbering needs of a feed, small enough to keep. */
export type MeetingIndex = Map<string, PreviousMeeting>;

// The same body however the protocols' line breaks and capitals wrote its name.
const bodyKey = (body: string) => body.toLocaleLowerCase('sv').replace(/\s+/g, ' ').trim();

/** Adds the meetings of `cases` to `index`; called once per shard, the index grows with meetings, not §§. */
export function indexMeetings(cases: Iterable<CaseHistory>, index: MeetingIndex = new Map()): MeetingIndex {
  for (const c of cases) {
    for (const e of c.entries) {
      const key = `${bodyKey(e.body)}|${e.date}`;
      const known = index.get(key);
      if (!known || e.paragraph > known.lastParagraph) index.set(key, { body: e.body, date: e.date, lastParagraph: e.paragraph, source: e.source });
    }
  }
  return index;
}

/** Every meeting of a feed: all shards are read, since a body's §§ are spread over all of them. */
export async function readMeetingIndex(source: FeedSource): Promise<MeetingIndex> {
  const index: MeetingIndex = new Map();
  await readFeed(source, { shards: (m) => m.shards, onShard: (shard) => void indexMeetings(shard.cases, index) });
  return index;
}

/** The body's latest meeting before this one in the same year, or null. */
export function previousMeeting(index: MeetingIndex, meeting: NumberedMeeting): PreviousMeeting | null {
  const body = bodyKey(meeting.body);
  const year = meeting.date.slice(0, 4);
  let best: PreviousMeeting | null = null;
  for (const m of index.values()) {
    if (m.date >= meeting.date || !m.date.startsWith(year) || bodyKey(m.body) !== body) continue;
    if (!best || m.date > best.date) best = m;
  }
  return best;
}

export interface NumberingProposal {
  /** The number the meeting's first § should have. */
  next: number;
  previous: PreviousMeeting | null;
  /** Where the number came from, in Swedish, for the clerk. */
  reason: string;
}

/** The number the meeting's first § should have, and where it came from. */
export function proposeFirstParagraph(meeting: NumberedMeeting, previous: PreviousMeeting | null): NumberingProposal {
  const body = bodyInSentence(meeting.body);
  if (!previous) {
    return {
      next: 1,
      previous: null,
      reason: `Beslutshistoriken har inget tidigare protokoll från ${meeting.date.slice(0, 4)} för ${body}: numreringen börjar på § 1.`,
    };
  }
  const next = previous.lastParagraph + 1;
  return {
    next,
    previous,
    reason: `Förra protokollet för ${body} i beslutshistoriken, ${previous.date}, slutar på § ${previous.lastParagraph} (${sourceName(previous.source)}): nästa nummer är § ${next}.`,
  };
}
