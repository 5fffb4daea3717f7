import type { CaseNumberConfig } from '../../../core/casenumber/index.ts';
import { findReferencesInRuns } from './find-references.ts';
import type { FoundReference } from './found-reference.ts';
import { openShadowRootOf, TextRunWalker, type ShadowRootOf, type TextRun } from './text-runs.ts';
import type { ViewportSpan } from './viewport-span.ts';

/**
 * Time per slice, the search and registering included (see RUNS_PER_SEARCH), so that a slice ends
 * when its time is up rather than as long again after: well under the 50 ms of a long task (the
 * page-scan benchmark measures the longest). Longer slices measured no faster.
 */
const SLICE_MS = 12;

/**
 * Time per slice while the frame that paints the view is still to come: the wait for it (up to a
 * frame's interval) is spent scanning on, in slices short enough to delay that frame by a few
 * milliseconds at most.
 */
const SLICE_BEFORE_FRAME_MS = 3;

/**
 * The walk stops to search the runs it collected once there are this many: one call to the finder
 * for many runs, and a search short enough (about a millisecond) that the slice's time covers it.
 */
const RUNS_PER_SEARCH = 256;

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
  /** Between the viewport span's last slice and the frame that paints it. */
  private awaitingFrame = false;
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
    const end = performance.now() + (this.awaitingFrame ? SLICE_BEFORE_FRAME_MS : SLICE_MS);
    if (this.work(() => performance.now() >= end)) {
      this.awaitingFrame = true;
      requestAnimationFrame(() => (this.awaitingFrame = false));
    }
    if (!this.walker && !this.span && !this.queue.length) this.options.idle?.();
    else this.schedule();
  }

  /** Returns true when the viewport span was finished in this slice. */
  private work(timeUp: () => boolean): boolean {
    const runs: TextRun[] = [];
    const emit = (run: TextRun) => runs.push(run);
    const stop = () => runs.length >= RUNS_PER_SEARCH || timeUp();
    let visibleDone = false;
    while (!timeUp()) {
      if (!this.walker && !this.startNext()) break;
      const done = this.walker!.walk(emit, stop);
      if (runs.length >= RUNS_PER_SEARCH) this.search(runs.splice(0));
      if (!done) continue;
      this.walker = null;
      if (this.walkingSpan) {
        this.walkingSpan = false;
        visibleDone = true;
        break;
      }
    }
    this.search(runs);
    if (visibleDone) this.options.visible?.();
    return visibleDone;
  }

  private search(runs: readonly TextRun[]): void {
    const found = findReferencesInRuns(runs, this.options.config);
    if (found.length) this.options.found(found);
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
