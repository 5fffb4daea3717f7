/**
 * One case number found on the page, as plain offsets: no range object is made for it until it
 * is painted or hovered, so a page with thousands of references costs the host's DOM nothing.
 */
export interface FoundReference {
  canonical: string;
  raw: string;
  /** Every text node the reference touches, first to last, for dropping it when one of them changes. */
  nodes: Text[];
  /** Where it starts in the first node and ends in the last. */
  startOffset: number;
  endOffset: number;
}

/** The reference as a static range, which the host's DOM does not keep up to date (and so pays nothing for). */
export function staticRange(ref: FoundReference): StaticRange {
  return new StaticRange({
    startContainer: ref.nodes[0]!,
    startOffset: ref.startOffset,
    endContainer: ref.nodes[ref.nodes.length - 1]!,
    endOffset: ref.endOffset,
  });
}
