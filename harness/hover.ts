import type { LayerQueries } from './layer-queries.ts';

/** What of a page, Playwright's (Chromium) or puppeteer's (Firefox), the pointer needs. */
export interface PointerPage {
  evaluate<A, R>(fn: (arg: A) => R, arg: A): Promise<R>;
  mouse: { move(x: number, y: number, options?: { steps?: number }): Promise<void> };
}

/**
 * Rests the pointer on the first occurrence of `text` on the page (the middle of its first
 * character) and waits for the extension's hover card in `layer`. Returns where the text is.
 */
export async function hoverCaseNumber(page: PointerPage, layer: Pick<LayerQueries, 'waitFor'>, text: string): Promise<{ x: number; y: number; width: number; height: number }> {
  const at = await page.evaluate((text) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const i = n.textContent!.indexOf(text);
      if (i < 0) continue;
      const range = document.createRange();
      range.setStart(n, i);
      range.setEnd(n, i + text.length);
      // Near the top, so the card has the room below it.
      window.scrollBy(0, range.getClientRects()[0]!.top - 140);
      // The first line's box: a number wrapped over two lines has a union box between them.
      const r = range.getClientRects()[0]!;
      return { x: r.left, y: r.top, width: r.width, height: r.height };
    }
    throw new Error(`"${text}" finns inte på sidan`);
  }, text);
  await page.mouse.move(2, 2);
  await layer.waitFor('.card', 'detached');
  await page.mouse.move(at.x + 4, at.y + at.height / 2, { steps: 4 });
  await layer.waitFor('.card', 'visible');
  return at;
}

/**
 * A point over the start of a closed shadow root's text: its text is out of a test's reach as it is
 * out of the page's, so the point is the host's left edge, scrolled to the middle of the view.
 */
export function closedHostStart(page: Pick<PointerPage, 'evaluate'>, hostId: string): Promise<{ x: number; y: number }> {
  return page.evaluate((id) => {
    const host = document.getElementById(id)!;
    host.scrollIntoView({ block: 'center' });
    const r = host.getBoundingClientRect();
    return { x: r.left + 8, y: r.top + r.height / 2 };
  }, hostId);
}
