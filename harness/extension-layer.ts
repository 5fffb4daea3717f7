import type { CDPSession, Frame, Page } from 'playwright-core';
import { LayerQueries } from './layer-queries.ts';

/**
 * The extension's layer on a page (the hover card and the keyboard focus ring), read the way the
 * page cannot: its shadow root is closed and its host's name random, so the tests, benchmarks and
 * screenshots reach it through the browser's DevTools protocol. The host is the child of <html>
 * holding a closed shadow root (DOM.getDocument with pierce), and functions run on that root as a
 * DevTools console would (Runtime.callFunctionOn). Clicks go through the real mouse, as a user's do.
 */

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

export class ExtensionLayer extends LayerQueries {
  private readonly page: Page;
  private readonly frame: Frame | null;
  private readonly cdp: CDPSession;
  private readonly rootId: string;

  private constructor(page: Page, frame: Frame | null, cdp: CDPSession, rootId: string) {
    super();
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
  override async evaluate<A, R>(fn: (root: ShadowRoot, arg: A) => R | Promise<R>, arg?: A): Promise<R> {
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

  protected override async documentOffset(): Promise<{ x: number; y: number }> {
    if (!this.frame) return { x: 0, y: 0 };
    return (await (await this.frame.frameElement()).boundingBox())!;
  }

  /** Clicks the middle of an element of the layer with the real mouse. */
  async click(selector: string, text?: string): Promise<void> {
    const box = await this.box(selector, text);
    if (!box) throw new Error(`no ${selector}${text ? ` with "${text}"` : ''} in the extension layer`);
    await this.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
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
