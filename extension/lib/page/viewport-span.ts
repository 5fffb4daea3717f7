/**
 * The stretch of a document's text the viewport shows, for scanning it before the rest: where it
 * starts in document order, and a test for having walked past its bottom.
 */
export interface ViewportSpan {
  /** An element at the viewport's top edge, under any fixed or sticky header (the body when the page is not scrolled). */
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

/** How many pinned boxes stacked at the top (a site bar over a page header) are looked under. */
const PINNED_LAYERS = 3;

export function viewportSpan(doc: Document): ViewportSpan | null {
  const view = doc.defaultView;
  const body = doc.body;
  if (!view || !body) return null;
  const top = view.scrollY > 0 ? scrollingTopOfView(doc, view) : null;
  const from = top && body.contains(top) ? top : body;
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

/**
 * The element at the top of the view that scrolls with the page. A fixed or sticky header sits
 * there on most intranets, and its text comes first in the document: starting at it would walk
 * everything above the view. So the look goes on just below each pinned box.
 */
function scrollingTopOfView(doc: Document, view: Window): Element | null {
  let y = 0;
  for (let layer = 0; layer <= PINNED_LAYERS && y < view.innerHeight; layer++) {
    const node = doc.caretPositionFromPoint(view.innerWidth / 2, y)?.offsetNode;
    const el = node && (node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement);
    if (!el) return null;
    const pinned = pinnedBox(el, view);
    if (!pinned) return el;
    y = pinned.getBoundingClientRect().bottom + 1;
  }
  return null;
}

/** The fixed or sticky element `el` is in, if any: a few style reads, on a page whose style is up to date after loading. */
function pinnedBox(el: Element, view: Window): Element | null {
  for (let cur: Element | null = el; cur; cur = cur.parentElement) {
    const { position } = view.getComputedStyle(cur);
    if (position === 'fixed' || position === 'sticky') return cur;
  }
  return null;
}
