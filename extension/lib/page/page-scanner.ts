import type { CaseNumberConfig } from '../../../core/casenumber/index.ts';
import { findReferencesInRun } from './find-references.ts';
import type { PageReference } from './page-reference.ts';
import { TextRunWalker, type TextRun } from './text-runs.ts';

/**
 * Work per slice: half the 50 ms that counts as a long task, leaving room for a regex run or a
 * batch of ranges that overshoots. Smaller slices cost more in total, as the browser renders a
 * frame between slices.
 */
const SLICE_MS = 25;

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
  private readonly queue: Node[] = [];
  private walker: TextRunWalker | null = null;
  private walking: Node | null = null;
  private scheduled = false;
  private readonly channel = new MessageChannel();

  constructor(options: PageScannerOptions) {
    this.options = options;
    this.channel.port1.onmessage = () => this.slice();
  }

  enqueue(root: Node): void {
    if (this.queue.some((q) => q === root || q.contains(root))) return;
    for (let i = this.queue.length - 1; i >= 0; i--) if (root.contains(this.queue[i]!)) this.queue.splice(i, 1);
    this.queue.push(root);
    this.schedule();
  }

  /** Scans everything queued right now, in one go: for tests and benchmarks that measure the scan itself. */
  drain(): void {
    while (this.walker || this.queue.length) this.work(() => false);
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
    const found: PageReference[] = [];
    const emit = (run: TextRun) => {
      for (const ref of findReferencesInRun(run, this.options.config)) found.push(ref);
    };
    while (!timeUp()) {
      if (!this.walker) {
        const next = this.queue.shift();
        if (!next) break;
        this.walking = next;
        this.walker = new TextRunWalker(next, this.options.shadowRoot);
      }
      if (this.walker.walk(emit, timeUp)) {
        this.walker = null;
        this.walking = null;
      }
    }
    if (found.length) this.options.found(found);
  }

  /** Whether `node` is already covered by pending work (so a mutation there needs no extra pass). */
  covers(node: Node): boolean {
    return this.queue.some((q) => q.contains(node));
  }

  get busy(): boolean {
    return this.walking !== null || this.queue.length > 0;
  }
}
