/** Elements whose text is code, form state or the user's own editing: never searched, never touched. */
const SKIPPED_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'BUTTON',
  'IFRAME',
  'OBJECT',
  'svg',
  'math',
  'CANVAS',
  'HEAD',
  'TITLE',
]);

/** The tag name our own shadow host carries, so we never scan our card. */
export const OWN_HOST_TAG = 'protokoll-dnr-ui';

/** Editable regions, found at once with the browser's own matching rather than asked of every element. */
export const EDITABLE_SELECTOR = '[contenteditable]:not([contenteditable="false"])';

/** Whether an element's tag (or our own host's) is one whose text is never searched. */
export function hasSkippedTag(el: Element): boolean {
  return SKIPPED_TAGS.has(el.tagName) || el.localName === OWN_HOST_TAG;
}

export function isSkippedElement(el: Element): boolean {
  if (hasSkippedTag(el)) return true;
  const editable = el.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}

/** Whether a node is in (or is) a skipped element, such as text typed into an editable region. */
export function isInsideSkipped(node: Node): boolean {
  for (let cur: Node | null = node; cur; cur = cur.parentNode) {
    if (cur.nodeType === Node.ELEMENT_NODE && isSkippedElement(cur as Element)) return true;
  }
  return false;
}
