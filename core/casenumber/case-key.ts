/** Dashes a text or a PDF writes between the parts of a case number. */
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;
const SUB_NUMBER = /:\d+/g;

function digitRuns(text: string): number {
  return text.match(/\d+/g)?.length ?? 0;
}

/**
 * The look-up key of a case number written any way: what the history, the feed's shards and every
 * look-up key on, while the number as written is kept for display. Spaces are dropped, dashes read
 * as `-`, letters as capitals, and a sub-number (`:N`, a document of the case) is dropped when the
 * rest is still a whole number: `ABC-2024-00009:3` and `RS 269:1-2020` are the cases
 * `ABC-2024-00009` and `RS 269-2020`, while in `KS KF/2023:325` the part after the colon is the serial.
 */
export function caseKey(written: string): string {
  const folded = written.replace(/\s+/g, '').replace(DASHES, '-').toLocaleUpperCase('sv');
  const subs = [...folded.matchAll(SUB_NUMBER)];
  for (const sub of subs.reverse()) {
    const rest = folded.slice(0, sub.index) + folded.slice(sub.index + sub[0].length);
    if (digitRuns(rest) >= 2) return rest;
  }
  return folded;
}
