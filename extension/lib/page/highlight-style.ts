import { HIGHLIGHT_NAME } from './own-names.ts';

/**
 * The look of a reference: a tint behind the text, translucent so that it reads on light and
 * dark pages alike and the page's own text colour stays. No underline: a text decoration in a
 * highlight makes Chromium recompute the ink overflow of every text box in the document whenever
 * the highlight changes (on each scroll that brings references into view), where a background
 * costs next to nothing. Added as an adopted style sheet, so
 * the page's markup is not touched; shadow roots need their own copy because styles do not cross them.
 */
const RULE = `::highlight(${HIGHLIGHT_NAME}) {
  background-color: rgb(255 200 0 / 0.4);
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
