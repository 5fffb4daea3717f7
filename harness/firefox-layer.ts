import type { Browser, Frame, Page } from 'puppeteer-core';
import { LayerQueries } from './layer-queries.ts';

/**
 * The extension's layer on a page in Firefox, read as extension-layer.ts reads it in Chromium but
 * over WebDriver BiDi: a node serialized with `includeShadowTree: "all"` carries its closed shadow
 * root, whose shared id a function then runs on in the page (script.callFunction).
 */

/** The raw BiDi command channel puppeteer-core drives Firefox with; its typings leave it out of the public Browser. */
interface BidiChannel {
  send(method: string, params: object): Promise<{ result: BidiResult }>;
}
interface BidiResult {
  type: 'success' | 'exception';
  result?: { type: string; value?: unknown };
  exceptionDetails?: { text: string };
}
interface SerializedNode {
  type: string;
  value?: { shadowRoot?: { sharedId: string; value?: { mode?: string } } | null };
}

export class FirefoxLayer extends LayerQueries {
  private readonly bidi: BidiChannel;
  /** The browsing context (the page's or its frame's) the layer lives in. */
  private readonly context: string;
  private readonly frame: Frame | null;
  private readonly rootId: string;

  private constructor(bidi: BidiChannel, context: string, frame: Frame | null, rootId: string) {
    super();
    this.bidi = bidi;
    this.context = context;
    this.frame = frame;
    this.rootId = rootId;
  }

  /** The layer of the page, or of one of its frames; waits until the content script has made it. */
  static async of(browser: Browser, page: Page, frame: Frame | null = null, timeout = 15_000): Promise<FirefoxLayer> {
    const bidi = (browser as unknown as { connection: BidiChannel }).connection;
    // A puppeteer frame's (internal) id is its BiDi browsing context.
    const context = (frame ?? page.mainFrame()) as unknown as { _id: string };
    const until = Date.now() + timeout;
    for (;;) {
      const { result } = await bidi.send('script.callFunction', {
        functionDeclaration: '() => [...document.documentElement.children]',
        target: { context: context._id },
        awaitPromise: false,
        resultOwnership: 'none',
        serializationOptions: { includeShadowTree: 'all', maxDomDepth: 0 },
      });
      const children = (result.result?.value ?? []) as SerializedNode[];
      // Our host is the child of <html> with a closed root: nothing else of the page lives there in one.
      const root = children.map((c) => c.value?.shadowRoot).find((r) => r?.value?.mode === 'closed');
      if (root) return new FirefoxLayer(bidi, context._id, frame, root.sharedId);
      if (Date.now() > until) throw new Error(`no extension layer on ${(frame ?? page).url()}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  override async evaluate<A, R>(fn: (root: ShadowRoot, arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    // The argument and the result cross as JSON text, as DevTools' returnByValue would carry them.
    const { result } = await this.bidi.send('script.callFunction', {
      functionDeclaration: `async function (arg) { return JSON.stringify(await (${fn.toString()})(this, JSON.parse(arg))) ?? 'null'; }`,
      this: { sharedId: this.rootId },
      arguments: [{ type: 'string', value: JSON.stringify(arg ?? null) }],
      target: { context: this.context },
      awaitPromise: true,
      resultOwnership: 'none',
    });
    if (result.type === 'exception') throw new Error(`in the extension layer: ${result.exceptionDetails?.text}`);
    return JSON.parse(result.result!.value as string) as R;
  }

  protected override async documentOffset(): Promise<{ x: number; y: number }> {
    if (!this.frame) return { x: 0, y: 0 };
    const box = await (await this.frame.frameElement())!.boundingBox();
    return { x: box!.x, y: box!.y };
  }
}
