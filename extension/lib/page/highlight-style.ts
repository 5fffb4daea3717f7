import { HIGHLIGHT_NAME } from './visible-highlight.ts';

/**
 * The look of a reference: a dotted underline and a faint tint, nothing that changes layout
 * (highlight pseudo-elements cannot change layout anyway). Added as an adopted style sheet, so
 * the page's markup is not touched; shadow roots need their own copy because styles do not cross them.
 */
const RULE = `::highlight(${HIGHLIGHT_NAME}) {
  background-color: rgb(255 214 0 / 0.28);
  text-decoration: underline dotted rgb(120 80 0);
  text-decoration-thickness: 2px;
  text-underline-offset: 3px;
}`;

const adopted = new WeakSet<Document | ShadowRoot>();

/**
 * Adds the highlight style to a document or shadow root, once. A new document-level sheet makes
 * the browser recalculate the style of every element, so the content script does this at
 * document_start, before there are elements, not after a big page has rendered.
 */
export function adoptHighlightStyle(root: Document | ShadowRoot): void {
  if (adopted.has(root)) return;
  adopted.add(root);
  const win = (root instanceof Document ? root.defaultView : root.ownerDocument.defaultView) ?? window;
  const sheet = new win.CSSStyleSheet();
  sheet.replaceSync(RULE);
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
