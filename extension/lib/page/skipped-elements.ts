import { OWN_HOST_TAG } from './own-names.ts';

/** Elements whose text is code, form state or the user's own editing: never searched, never touched. */
const SKIPPED_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'input',
  'select',
  'option',
  'button',
  'iframe',
  'object',
  'svg',
  'math',
  'canvas',
  'head',
  'title',
]);

/** Editable regions, found at once with the browser's own matching rather than asked of every element. */
export const EDITABLE_SELECTOR = '[contenteditable]:not([contenteditable="false"])';

/** Whether an element's tag (or our own host's) is one whose text is never searched. */
export function hasSkippedTag(el: Element): boolean {
  const name = el.localName;
  return SKIPPED_TAGS.has(name) || name === OWN_HOST_TAG;
}

export function isSkippedElement(el: Element): boolean {
  if (hasSkippedTag(el)) return true;
  const editable = el.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}

/** The same test as a selector, so the browser climbs the ancestors in one call. */
const SKIPPED_SELECTOR = [...SKIPPED_TAGS, OWN_HOST_TAG, EDITABLE_SELECTOR].join(',');

/** Whether a node is in (or is) a skipped element, such as text typed into an editable region. */
export function isInsideSkipped(node: Node): boolean {
  const el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  return el?.closest(SKIPPED_SELECTOR) != null;
}
