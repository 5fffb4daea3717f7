import type { Page } from 'playwright-core';

/**
 * Everything a visitor or the page's own scripts could notice of the test intranet page
 * (test/e2e/fixtures/intranet.html): its markup, every element's box, form values, the editable
 * region, the shadow root, the frame and the document's children. Equal before and after means the
 * extension left the page as it was. Runs in the page; any driver's `evaluate` takes it.
 */
export function readIntranetPageState() {
  return {
    html: document.body.innerHTML,
    boxes: [...document.querySelectorAll('body *')].map((el) => {
      const r = el.getBoundingClientRect();
      return `${el.tagName}#${el.id}:${r.x},${r.y},${r.width},${r.height}`;
    }),
    input: (document.getElementById('field-input') as HTMLInputElement).value,
    textarea: (document.getElementById('field-textarea') as HTMLTextAreaElement).value,
    editor: document.getElementById('editor')!.innerHTML,
    shadow: document.querySelector('intranet-notis')!.shadowRoot!.innerHTML,
    frame: (document.getElementById('frame') as HTMLIFrameElement).contentDocument?.body.innerHTML ?? null,
    htmlChildren: [...document.documentElement.children].map((c) => c.localName),
  };
}

/** The state of the page in a Playwright page. */
export function intranetPageState(page: Page) {
  return page.evaluate(readIntranetPageState);
}
