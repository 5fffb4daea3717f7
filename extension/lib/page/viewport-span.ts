/**
 * The stretch of a document's text the viewport shows, for scanning it before the rest: where it
 * starts in document order, and a test for having walked past its bottom.
 */
export interface ViewportSpan {
  /** An element at the viewport's top edge (the body when the page is not scrolled). */
  from: Element;
  /** Called now and then with the text node the walk stands on; true once it is below the viewport. */
  isPast(text: Text): boolean;
}

/**
 * Two looks below the viewport in a row end the span, so that one element placed out of flow
 * (an absolutely positioned box, a footer moved up by CSS) does not end it early. What the span
 * misses in a layout that does not follow document order, the full scan after it finds.
 */
const LOOKS_PAST = 2;

export function viewportSpan(doc: Document): ViewportSpan | null {
  const view = doc.defaultView;
  const body = doc.body;
  if (!view || !body) return null;
  let from: Element = body;
  if (view.scrollY > 0) {
    const node = doc.caretPositionFromPoint(view.innerWidth / 2, 0)?.offsetNode;
    const el = node && (node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement);
    if (el && body.contains(el)) from = el;
  }
  const bottom = view.innerHeight;
  let past = 0;
  return {
    from,
    isPast(text) {
      const top = text.parentElement?.getBoundingClientRect().top ?? 0;
      past = top > bottom ? past + 1 : 0;
      return past >= LOOKS_PAST;
    },
  };
}
