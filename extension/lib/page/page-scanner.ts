import type { CaseNumberConfig } from '../../../core/casenumber/index.ts';
import { findReferencesInRuns } from './find-references.ts';
import type { FoundReference } from './found-reference.ts';
import { openShadowRootOf, TextRunWalker, type ShadowRootOf, type TextRun } from './text-runs.ts';
import type { ViewportSpan } from './viewport-span.ts';

/**
 * Walking time per slice. Each slice then searches the runs it collected and registers the
 * references, which on a cold page takes about as long again: together well under the 50 ms of a
 * long task (the page-scan benchmark measures the longest). Smaller slices cost more in total, as
 * a frame is rendered between slices.
 */
const SLICE_MS = 8;

/** What can be scanned: an element, a document or a shadow root. */
export type ScanRoot = Element | Document | DocumentFragment;

export interface PageScannerOptions {
  config: CaseNumberConfig;
  found: (refs: FoundReference[]) => void;
  /** An open shadow root met during the walk; the caller scans and observes it. */
  shadowRoot: (root: ShadowRoot) => void;
  /** Which shadow root an element hosts; the open ones when not given. */
  shadowRootOf?: ShadowRootOf;
  /** Called when the viewport span given to `scanVisibleFirst` is done, and its references found. */
  visible?: () => void;
  /** Called each time the queue runs dry. */
  idle?: () => void;
}

/**
 * Scans queued subtrees in time slices. Each root is walked once; roots inside another queued
 * root are not walked twice. A viewport span goes before everything queued, and its slice ends
 * with it, so that the next frame can paint what the reader sees.
 */
export class PageScanner {
  private readonly options: PageScannerOptions;
  private readonly queue: ScanRoot[] = [];
  private walker: TextRunWalker | null = null;
  private span: { root: Element; span: ViewportSpan } | null = null;
  private walkingSpan = false;
  private scheduled = false;
  private readonly channel = new MessageChannel();

  constructor(options: PageScannerOptions) {
    this.options = options;
    this.channel.port1.onmessage = () => this.slice();
  }

  /** Scans the text the viewport shows (within `root`) before anything queued. */
  scanVisibleFirst(root: Element, span: ViewportSpan): void {
    this.span = { root, span };
    this.schedule();
  }

  enqueue(root: ScanRoot): void {
    if (this.queue.some((q) => q === root || q.contains(root))) return;
    for (let i = this.queue.length - 1; i >= 0; i--) if (root.contains(this.queue[i]!)) this.queue.splice(i, 1);
    this.queue.push(root);
    this.schedule();
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    // A message task yields to input and rendering between slices, unlike a microtask, and is not throttled like setTimeout.
    this.channel.port2.postMessage(null);
  }

  private slice(): void {
    this.scheduled = false;
    const end = performance.now() + SLICE_MS;
    const visibleDone = this.work(() => performance.now() >= end);
    if (!this.walker && !this.span && !this.queue.length) this.options.idle?.();
    else if (!visibleDone) this.schedule();
    else {
      // The rest waits until the frame that paints the view has been rendered, not behind another slice.
      this.scheduled = true;
      requestAnimationFrame(() => this.channel.port2.postMessage(null));
    }
  }

  /** Returns true when the viewport span was finished in this slice. */
  private work(timeUp: () => boolean): boolean {
    const runs: TextRun[] = [];
    const emit = (run: TextRun) => runs.push(run);
    let visibleDone = false;
    while (!timeUp()) {
      if (!this.walker && !this.startNext()) break;
      if (!this.walker!.walk(emit, timeUp)) continue;
      this.walker = null;
      if (this.walkingSpan) {
        this.walkingSpan = false;
        visibleDone = true;
        break;
      }
    }
    const found = findReferencesInRuns(runs, this.options.config);
    if (found.length) this.options.found(found);
    if (visibleDone) this.options.visible?.();
    return visibleDone;
  }

  private startNext(): boolean {
    const { config, shadowRoot, shadowRootOf = openShadowRootOf } = this.options;
    if (this.span) {
      this.walker = new TextRunWalker(this.span.root, config, shadowRoot, shadowRootOf, this.span.span);
      this.walkingSpan = true;
      this.span = null;
      return true;
    }
    const next = this.queue.shift();
    if (next) this.walker = new TextRunWalker(next, config, shadowRoot, shadowRootOf);
    return next !== undefined;
  }
}
