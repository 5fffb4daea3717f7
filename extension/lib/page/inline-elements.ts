/**
 * Elements that continue a line of text rather than start a new block. Decided by local name (an interned string, where `tagName`
 * makes an upper-case copy on every read), not by `getComputedStyle`, because reading styles during a scan forces style recalculation on a big page.
 */
const INLINE_TAGS = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'dfn', 'em', 'font', 'i', 'ins', 'del', 'kbd',
  'label', 'mark', 'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'nobr',
]);

export function isInlineElement(el: Element): boolean {
  return INLINE_TAGS.has(el.localName);
}

/** The nearest ancestor (or self) that starts a block: the unit a changed text is rescanned in. */
export function blockContainer(node: Node): Element | Document | DocumentFragment {
  let cur: Node = node.nodeType === Node.TEXT_NODE ? node.parentNode ?? node : node;
  while (cur.nodeType === Node.ELEMENT_NODE && isInlineElement(cur as Element) && cur.parentNode) cur = cur.parentNode;
  return cur as Element | Document | DocumentFragment;
}
