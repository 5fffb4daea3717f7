import type { PageReference } from '../../lib/messages.ts';

/** A row of the popup's list: a case on the page, and the frame it is opened in. */
export interface PageReferenceRow extends PageReference {
  frameId: number;
}

/** The top frame's id in a tab, in Chrome and Firefox alike. */
export const TOP_FRAME = 0;

/**
 * One row per case over all the tab's frames: the top frame's cases first, in page order, then
 * the other frames' in the order they reported. A case found in several frames counts all its
 * places, is known if any frame's cache knows it, and is opened in the first frame that has it.
 */
export function mergeFrameReferences(frames: ReadonlyMap<number, readonly PageReference[]>): PageReferenceRow[] {
  const ids = [...frames.keys()].sort((a, b) => Number(b === TOP_FRAME) - Number(a === TOP_FRAME));
  const rows = new Map<string, PageReferenceRow>();
  for (const frameId of ids) {
    for (const ref of frames.get(frameId)!) {
      const row = rows.get(ref.caseNumber);
      if (!row) rows.set(ref.caseNumber, { ...ref, frameId });
      else {
        row.count += ref.count;
        row.known ||= ref.known;
      }
    }
  }
  return [...rows.values()];
}
