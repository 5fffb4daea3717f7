/**
 * Elements that continue a line of text rather than start a new block. Decided by tag, not by
 * `getComputedStyle`, because reading styles during a scan forces style recalculation on a big page.
 */
const INLINE_TAGS = new Set([
  'A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'CODE', 'DATA', 'DFN', 'EM', 'FONT', 'I', 'INS', 'DEL', 'KBD',
  'LABEL', 'MARK', 'Q', 'S', 'SAMP', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U', 'VAR', 'NOBR',
]);

export function isInlineElement(el: Element): boolean {
  return INLINE_TAGS.has(el.tagName);
}

/** The nearest ancestor (or self) that starts a block: the unit a changed text is rescanned in. */
export function blockContainer(node: Node): Element | Document | DocumentFragment {
  let cur: Node = node.nodeType === Node.TEXT_NODE ? node.parentNode ?? node : node;
  while (cur.nodeType === Node.ELEMENT_NODE && isInlineElement(cur as Element) && cur.parentNode) cur = cur.parentNode;
  return cur as Element | Document | DocumentFragment;
}
