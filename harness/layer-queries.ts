/**
 * Questions the tests, benchmarks and screenshots ask of the extension's layer on a page (the
 * closed shadow root holding the hover card and the keyboard focus ring), whichever protocol
 * reaches it: DevTools in Chromium (extension-layer.ts), WebDriver BiDi in Firefox
 * (firefox-layer.ts). Each runs a function on the root, as a DevTools console would.
 */

export type Box = { x: number; y: number; width: number; height: number };

export abstract class LayerQueries {
  /** Runs `fn` on the closed shadow root (in the page, reached only through the protocol) and returns its JSON result. */
  abstract evaluate<A, R>(fn: (root: ShadowRoot, arg: A) => R | Promise<R>, arg?: A): Promise<R>;

  /** Where the layer's document sits in the page's viewport: the frame's offset, none for the page itself. */
  protected async documentOffset(): Promise<{ x: number; y: number }> {
    return { x: 0, y: 0 };
  }

  /** The host element's tag name (random for each page). */
  hostTag(): Promise<string> {
    return this.evaluate((root) => root.host.localName);
  }

  /** The text of the first element matching `selector`, or null when there is none. */
  text(selector = '.card'): Promise<string | null> {
    return this.evaluate((root, s) => root.querySelector(s)?.textContent ?? null, selector);
  }

  /** The texts of every element matching `selector`. */
  texts(selector: string): Promise<string[]> {
    return this.evaluate((root, s) => [...root.querySelectorAll(s)].map((e) => e.textContent ?? ''), selector);
  }

  count(selector: string): Promise<number> {
    return this.evaluate((root, s) => root.querySelectorAll(s).length, selector);
  }

  attribute(selector: string, name: string): Promise<string | null> {
    return this.evaluate((root, [s, n]) => root.querySelector(s)?.getAttribute(n) ?? null, [selector, name] as const);
  }

  /** The resolved `href` of every link matching `selector`. */
  hrefs(selector = 'a[href]'): Promise<string[]> {
    return this.evaluate((root, s) => [...root.querySelectorAll<HTMLAnchorElement>(s)].map((a) => a.href), selector);
  }

  /** The focused element inside the layer, as "aria-label|aria-describedby", or null. */
  focused(): Promise<string | null> {
    return this.evaluate((root) => {
      const el = root.activeElement;
      return el ? `${el.getAttribute('aria-label')}|${el.getAttribute('aria-describedby') ?? ''}` : null;
    });
  }

  /**
   * The page-viewport box of the first element matching `selector` whose text contains `text`
   * (any such element when not given), or null.
   */
  async box(selector: string, text?: string): Promise<Box | null> {
    const box = await this.evaluate(
      (root, [s, t]) => {
        const el = [...root.querySelectorAll(s)].find((e) => t === null || (e.textContent ?? '').includes(t));
        if (!el) return null;
        const r = el.getBoundingClientRect();
        return { x: r.x, y: r.y, width: r.width, height: r.height };
      },
      [selector, text ?? null] as const,
    );
    if (!box) return null;
    const offset = await this.documentOffset();
    return { ...box, x: box.x + offset.x, y: box.y + offset.y };
  }

  /** Waits until an element matching `selector` is shown (has a box) or is gone. */
  async waitFor(selector: string, state: 'visible' | 'detached', timeout = 10_000): Promise<void> {
    const until = Date.now() + timeout;
    for (;;) {
      const box = await this.box(selector);
      if (state === 'visible' ? box !== null && box.width > 0 && box.height > 0 : box === null) return;
      if (Date.now() > until) throw new Error(`${selector} not ${state} in the extension layer after ${timeout} ms`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}
