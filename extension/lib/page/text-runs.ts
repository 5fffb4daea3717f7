import { isInlineElement } from './inline-elements.ts';
import { isSkippedElement } from './skipped-elements.ts';

/**
 * The text of one line of inline content, concatenated across elements so that
 * `<b>RS</b>&nbsp;2215-2024` reads as one string; `starts[i]` is where `nodes[i]` begins in `text`.
 */
export interface TextRun {
  nodes: Text[];
  starts: number[];
  text: string;
}

/** Nothing that can become a case number lacks a digit: most runs are dismissed by this alone. */
const HAS_DIGIT = /\d/;

/**
 * Walks a subtree in document order and hands over its inline text runs. Resumable: `walk` stops
 * when `timeUp()` says so and continues from the same node on the next call, so that a big page is
 * scanned in slices that never block the main thread for long.
 */
export class TextRunWalker {
  private readonly root: Node;
  private readonly onShadowRoot: (root: ShadowRoot) => void;
  private cur: Node | null;
  private pending: Text[] = [];

  constructor(root: Node, onShadowRoot: (root: ShadowRoot) => void) {
    this.root = root;
    this.onShadowRoot = onShadowRoot;
    this.cur = root;
  }

  /** Returns true when the subtree is finished. */
  walk(emit: (run: TextRun) => void, timeUp: () => boolean): boolean {
    let cur = this.cur;
    let steps = 0;
    while (cur) {
      if ((++steps & 255) === 0 && timeUp()) break;
      let descend = false;
      if (cur.nodeType === Node.TEXT_NODE) {
        this.pending.push(cur as Text);
      } else if (cur.nodeType === Node.ELEMENT_NODE) {
        const el = cur as Element;
        if (isSkippedElement(el)) {
          this.flush(emit);
        } else {
          if (el.shadowRoot) this.onShadowRoot(el.shadowRoot);
          if (!isInlineElement(el)) this.flush(emit);
          descend = el.firstChild !== null;
        }
      } else if (cur.nodeType === Node.DOCUMENT_NODE || cur.nodeType === Node.DOCUMENT_FRAGMENT_NODE) {
        descend = cur.firstChild !== null;
      }
      cur = descend ? cur.firstChild : this.advance(cur, emit);
    }
    this.cur = cur;
    if (!cur) this.flush(emit);
    return cur === null;
  }

  /** Next node after `node`'s subtree, closing the runs of the blocks it climbs out of. */
  private advance(node: Node, emit: (run: TextRun) => void): Node | null {
    let cur: Node | null = node;
    while (cur && cur !== this.root && !cur.nextSibling) {
      cur = cur.parentNode;
      if (cur && cur.nodeType === Node.ELEMENT_NODE && !isInlineElement(cur as Element)) this.flush(emit);
    }
    // A node taken out of the document while we paused has no way back to the root: stop there.
    if (!cur || cur === this.root) return null;
    return cur.nextSibling;
  }

  private flush(emit: (run: TextRun) => void): void {
    const nodes = this.pending;
    if (!nodes.length) return;
    this.pending = [];
    if (nodes.length === 1) {
      const text = nodes[0]!.data;
      if (HAS_DIGIT.test(text)) emit({ nodes, starts: [0], text });
      return;
    }
    const starts: number[] = [];
    let text = '';
    for (const n of nodes) {
      starts.push(text.length);
      text += n.data;
    }
    if (HAS_DIGIT.test(text)) emit({ nodes, starts, text });
  }
}

/** The (node, offset) a run offset falls on; an offset at a node boundary belongs to the node it starts. */
export function positionInRun(run: TextRun, offset: number, isEnd: boolean): { node: Text; offset: number } {
  let i = run.starts.length - 1;
  while (i > 0 && (isEnd ? run.starts[i]! >= offset : run.starts[i]! > offset)) i--;
  return { node: run.nodes[i]!, offset: offset - run.starts[i]! };
}
