import type { FoundReference } from './found-reference.ts';
import type { ReferenceRegistry } from './reference-registry.ts';

/** Live range over a reference, for geometry (static ranges have none). */
export function liveRange(ref: FoundReference): Range {
  const range = ref.nodes[0]!.ownerDocument.createRange();
  range.setStart(ref.nodes[0]!, ref.startOffset);
  range.setEnd(ref.nodes[ref.nodes.length - 1]!, ref.endOffset);
  return range;
}

/** The reference's line boxes; a reference broken over two lines has two. */
export function referenceRects(ref: FoundReference): DOMRect[] {
  return [...liveRange(ref).getClientRects()];
}

/**
 * The box of the reference's first line: the union of its boxes on that line, so that a
 * reference split over `<b>HSN</b>&nbsp;1002-2024` gets one box, not one per element.
 */
export function referenceFirstLine(ref: FoundReference): DOMRect | null {
  const rects = referenceRects(ref).filter((r) => r.width > 0);
  const first = rects[0];
  if (!first) return null;
  let { left, right, top, bottom } = first;
  for (const r of rects) {
    if (Math.abs(r.top - first.top) > first.height / 2) continue;
    left = Math.min(left, r.left);
    right = Math.max(right, r.right);
    top = Math.min(top, r.top);
    bottom = Math.max(bottom, r.bottom);
  }
  return new DOMRect(left, top, right - left, bottom - top);
}

const SLOP = 1;

/**
 * The reference under a viewport point. The caret position says which character is nearest;
 * the range's own boxes confirm the point is on the text and not in the margin beside a line.
 */
export function referenceAtPoint(
  doc: Document,
  x: number,
  y: number,
  registry: ReferenceRegistry,
  shadowRoots: ShadowRoot[],
): FoundReference | null {
  const caret = doc.caretPositionFromPoint(x, y, { shadowRoots });
  if (!caret) return null;
  const ref = registry.at(caret.offsetNode, caret.offset);
  if (!ref) return null;
  for (const r of referenceRects(ref)) {
    if (x >= r.left - SLOP && x <= r.right + SLOP && y >= r.top - SLOP && y <= r.bottom + SLOP) return ref;
  }
  return null;
}
