import type { CaseNumberConfig } from '../../../core/casenumber/index.ts';
import { findReferencesInRuns } from './find-references.ts';
import type { PageReference } from './page-reference.ts';
import { TextRunWalker, type TextRun } from './text-runs.ts';

/**
 * Walking time per slice. The first slice of a subtree also reads its whole text (about 10 ms for
 * a 2 MB page); each slice then searches what it collected and registers the ranges, which on a
 * cold page takes about as long again: together well under the 50 ms of a long task, even on a
 * busy machine. Smaller slices cost more in total, as a frame is rendered between slices.
 */
const SLICE_MS = 8;

/** What can be scanned: an element, a document or a shadow root. */
export type ScanRoot = Element | Document | DocumentFragment;

export interface PageScannerOptions {
  config: CaseNumberConfig;
  found: (refs: PageReference[]) => void;
  /** An open shadow root met during the walk; the caller scans and observes it. */
  shadowRoot: (root: ShadowRoot) => void;
  /** Called each time the queue runs dry. */
  idle?: () => void;
}

/**
 * Scans queued subtrees in time slices. Each root is walked once; roots inside another queued
 * root are not walked twice.
 */
export class PageScanner {
  private readonly options: PageScannerOptions;
  private readonly queue: ScanRoot[] = [];
  private walker: TextRunWalker | null = null;
  private scheduled = false;
  private readonly channel = new MessageChannel();

  constructor(options: PageScannerOptions) {
    this.options = options;
    this.channel.port1.onmessage = () => this.slice();
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
    this.work(() => performance.now() >= end);
    if (this.walker || this.queue.length) this.schedule();
    else this.options.idle?.();
  }

  private work(timeUp: () => boolean): void {
    const runs: TextRun[] = [];
    const emit = (run: TextRun) => runs.push(run);
    while (!timeUp()) {
      if (!this.walker) {
        const next = this.queue.shift();
        if (!next) break;
        this.walker = new TextRunWalker(next, this.options.config, this.options.shadowRoot);
      }
      if (this.walker.walk(emit, timeUp)) this.walker = null;
    }
    const found = findReferencesInRuns(runs, this.options.config);
    if (found.length) this.options.found(found);
  }
}
