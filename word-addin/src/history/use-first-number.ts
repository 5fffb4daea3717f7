import { useEffect, useState } from 'preact/hooks';
import { previousMeeting, proposeFirstParagraph, type MeetingIndex, type NumberedMeeting, type NumberingProposal } from '../../../core/history/numbering.ts';
import type { CaseLookup } from './case-lookup.ts';

export type FirstNumber = { kind: 'none' } | { kind: 'proposed'; proposal: NumberingProposal } | { kind: 'unavailable'; message: string };

/** The proposal from the feeds' meetings: the first feed, in the setting's order, that has the body's earlier meeting. */
export function firstNumberFrom(read: { indexes: readonly MeetingIndex[]; failures: readonly string[] }, meeting: NumberedMeeting): FirstNumber {
  if (read.indexes.length === 0) {
    return read.failures.length ? { kind: 'unavailable', message: `${read.failures.join(' ')} Numret föreslås inte från beslutshistoriken.` } : { kind: 'none' };
  }
  const previous = read.indexes.map((index) => previousMeeting(index, meeting)).find((m) => m !== null) ?? null;
  return { kind: 'proposed', proposal: proposeFirstParagraph(meeting, previous) };
}

/**
 * The number the meeting's first § should have by the decision-history feed: the body's last § of
 * its latest meeting this year, plus one, and where that came from (core/history/numbering.ts).
 * With several feeds, the first in the setting that has the body's earlier meeting. Nothing
 * without a feed or a meeting; when no feed could be read, why. The feed is read when the view
 * opens and when the meeting changes.
 */
export function useFirstNumber(lookup: CaseLookup, meeting: NumberedMeeting | null): FirstNumber {
  const [state, setState] = useState<FirstNumber>({ kind: 'none' });
  const body = meeting?.body ?? null;
  const date = meeting?.date ?? null;
  useEffect(() => {
    setState({ kind: 'none' });
    if (!body || !date) return;
    let current = true;
    void lookup.meetingIndexes().then((read) => {
      if (current) setState(firstNumberFrom(read, { body, date }));
    });
    return () => {
      current = false;
    };
  }, [lookup, body, date]);
  return state;
}
