import { findDate } from '../text/dates.ts';
import { splitLines } from '../text/lines.ts';
import { words } from '../text/words.ts';

/**
 * A protocol's own anslag/bevis block, as the cover writes it: "Datum för anslags uppsättande
 * 2025-03-17", "Anslaget sätts upp: 2024-03-20   Anslaget tas ned: 2024-04-11", "Förvaringsplats
 * för protokollet: Regionens hus", each label with its date on the same line or the next.
 */
const POSTED = words('<(?:datum\\s+för\\s+anslags\\s+uppsättande|anslag(?:et)?\\s+(?:sätts|sattes|har\\s+satts)\\s+upp|anslaget\\s+uppsatt|datum\\s+(?:då|när)\\s+anslaget\\s+(?:sätts|sattes)\\s+upp)>');
const TAKEN_DOWN = words('<(?:datum\\s+för\\s+anslags\\s+nedtagande|anslag(?:et)?\\s+(?:tas|togs)\\s+(?:ned|ner|bort)|anslaget\\s+nedtaget|datum\\s+(?:då|när)\\s+anslaget\\s+(?:tas|togs)\\s+(?:ned|ner|bort))>');
const KEPT = words('<(?:förvaringsplats(?:\\s+för\\s+protokollet)?|protokollets\\s+förvaringsplats)>\\s*:?\\s*');
/** What follows the place on a line that runs on into the next field (a converter's flattened table). */
const AFTER_PLACE = words('\\s+<(?:underskrift|justerandes\\s+sign|utdragsbestyrkande)>.*$');

export interface BlockDate {
  date: string;
  /** 1-based source line of the label. */
  line: number;
}

export interface AnslagBlock {
  uppsatt: BlockDate | null;
  nedtagande: BlockDate | null;
  forvaringsplats: string | null;
}

/** The date written after a label: on its line, else alone on the next line that is not blank. */
function dateAfter(lines: readonly string[], i: number, end: number): string | null {
  const onLine = findDate(lines[i]!.slice(end));
  if (onLine) return onLine.iso;
  const next = lines.slice(i + 1, i + 3).find((l) => l.trim());
  return next && !POSTED.test(next) && !TAKEN_DOWN.test(next) ? (findDate(next)?.iso ?? null) : null;
}

function labelled(lines: readonly string[], label: RegExp): BlockDate | null {
  for (let i = 0; i < lines.length; i++) {
    const m = label.exec(lines[i]!);
    if (!m) continue;
    const date = dateAfter(lines, i, m.index + m[0].length);
    // A label left empty in a draft: the block says nothing yet.
    return date ? { date, line: i + 1 } : null;
  }
  return null;
}

function place(lines: readonly string[]): string | null {
  for (const line of lines) {
    const m = KEPT.exec(line);
    if (!m) continue;
    const value = line.slice(m.index + m[0].length).replace(AFTER_PLACE, '').trim();
    return value || null;
  }
  return null;
}

/** The dates and place the protocol's anslag/bevis block states; null fields where it says nothing. */
/** Every label names the anslag or the förvaringsplats. */
const ANY_LABEL = /anslag|förvaringsplats/i;

export function readAnslagBlock(text: string): AnslagBlock {
  // Most texts hold no block: one search of the whole text, not three patterns on every line.
  if (!ANY_LABEL.test(text)) return { uppsatt: null, nedtagande: null, forvaringsplats: null };
  const lines = splitLines(text);
  return { uppsatt: labelled(lines, POSTED), nedtagande: labelled(lines, TAKEN_DOWN), forvaringsplats: place(lines) };
}
