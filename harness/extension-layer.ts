import type { CDPSession, Frame, Page } from 'playwright-core';

/**
 * The extension's layer on a page (the hover card and the keyboard focus ring), read the way the
 * page cannot: its shadow root is closed and its host's name random, so the tests, benchmarks and
 * screenshots reach it through the browser's DevTools protocol. The host is the child of <html>
 * holding a closed shadow root (DOM.getDocument with pierce), and functions run on that root as a
 * DevTools console would (Runtime.callFunctionOn). Clicks go through the real mouse, as a user's do.
 */

type Box = { x: number; y: number; width: number; height: number };

interface DomNode {
  nodeName: string;
  backendNodeId: number;
  documentURL?: string;
  children?: DomNode[];
  shadowRoots?: (DomNode & { shadowRootType?: string })[];
  contentDocument?: DomNode;
}

/** Every document in the tree: the page's and its frames'. */
function* documents(node: DomNode): Generator<DomNode> {
  if (node.nodeName === '#document') yield node;
  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) yield* documents(child);
  if (node.contentDocument) yield* documents(node.contentDocument);
}

/** Our host's closed shadow root in `doc`: a child of <html>, nothing else of the page lives there in a closed root. */
function ownRoot(doc: DomNode): DomNode | undefined {
  const html = doc.children?.find((c) => c.nodeName === 'HTML');
  return html?.children?.flatMap((c) => c.shadowRoots ?? []).find((r) => r.shadowRootType === 'closed');
}

export class ExtensionLayer {
  private readonly page: Page;
  private readonly frame: Frame | null;
  private readonly cdp: CDPSession;
  private readonly rootId: string;

  private constructor(page: Page, frame: Frame | null, cdp: CDPSession, rootId: string) {
    this.page = page;
    this.frame = frame;
    this.cdp = cdp;
    this.rootId = rootId;
  }

  /** The layer of the page, or of one of its same-process frames; waits until the content script has made it. */
  static async of(page: Page, frame: Frame | null = null, timeout = 15_000): Promise<ExtensionLayer> {
    const cdp = await page.context().newCDPSession(page);
    const url = (frame ?? page).url();
    const until = Date.now() + timeout;
    for (;;) {
      const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
      const doc = [...documents(root)].find((d) => d.documentURL === url);
      const shadow = doc && ownRoot(doc);
      if (shadow) {
        const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
        return new ExtensionLayer(page, frame, cdp, object.objectId!);
      }
      if (Date.now() > until) throw new Error(`no extension layer on ${url}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  /** Runs `fn` on the closed shadow root (in the page's main world, reached only through DevTools) and returns its JSON result. */
  async evaluate<A, R>(fn: (root: ShadowRoot, arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    const { result, exceptionDetails } = await this.cdp.send('Runtime.callFunctionOn', {
      objectId: this.rootId,
      functionDeclaration: `function (arg) { return (${fn.toString()})(this, arg); }`,
      arguments: [{ value: arg }],
      returnByValue: true,
      awaitPromise: true,
    });
    if (exceptionDetails) throw new Error(`in the extension layer: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    return result.value as R;
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
    if (!box || !this.frame) return box;
    const offset = (await (await this.frame.frameElement()).boundingBox())!;
    return { ...box, x: box.x + offset.x, y: box.y + offset.y };
  }

  /** Clicks the middle of an element of the layer with the real mouse. */
  async click(selector: string, text?: string): Promise<void> {
    const box = await this.box(selector, text);
    if (!box) throw new Error(`no ${selector}${text ? ` with "${text}"` : ''} in the extension layer`);
    await this.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
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

  /**
   * Runs `work` while the closed root answers to its host's `shadowRoot` in the page's main world,
   * for tools that walk shadow roots only that way (axe-core); `work` gets the host's tag name.
   */
  async whileReadable<T>(work: (hostTag: string) => Promise<T>): Promise<T> {
    const tag = await this.evaluate((root) => {
      Object.defineProperty(root.host, 'shadowRoot', { value: root, configurable: true });
      return root.host.localName;
    });
    try {
      return await work(tag);
    } finally {
      await this.evaluate((root) => delete (root.host as { shadowRoot?: unknown }).shadowRoot);
    }
  }
}
