import { blockContainer } from './inline-elements.ts';
import { EDITABLE_SELECTOR, hasSkippedTag } from './skipped-elements.ts';

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
 * Walks a subtree in document order and hands over its inline text runs. The browser's own
 * TreeWalker does the walking and its own selector matching finds the editable regions, which
 * is far faster than stepping through the DOM and asking each element from script. Resumable:
 * `walk` stops when `timeUp()` says so and continues from the same node on the next call, so
 * that a big page is scanned in slices that never block the main thread for long.
 */
export class TextRunWalker {
  private readonly walker: TreeWalker;
  private readonly editable: Set<Element>;
  private readonly onShadowRoot: (root: ShadowRoot) => void;
  private next: Node | null;
  private pending: Text[] = [];
  /** The block the pending text belongs to: text nodes of one block, one after another, make one run. */
  private pendingBlock: Node | null = null;
  private lastParent: Node | null = null;

  constructor(root: Element | Document | DocumentFragment, onShadowRoot: (root: ShadowRoot) => void) {
    this.onShadowRoot = onShadowRoot;
    const doc = root.nodeType === Node.DOCUMENT_NODE ? (root as Document) : root.ownerDocument!;
    this.walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    this.editable = new Set(root.querySelectorAll(EDITABLE_SELECTOR));
    const shadow = root.nodeType === Node.ELEMENT_NODE ? (root as Element).shadowRoot : null;
    if (shadow) onShadowRoot(shadow);
    this.next = this.walker.nextNode();
  }

  /** Returns true when the subtree is finished. */
  walk(emit: (run: TextRun) => void, timeUp: () => boolean): boolean {
    let node = this.next;
    let steps = 0;
    while (node) {
      if (node.nodeType === Node.TEXT_NODE) {
        const parent = node.parentNode;
        if (parent !== this.lastParent) {
          this.lastParent = parent;
          const block = blockContainer(parent!);
          if (block !== this.pendingBlock) {
            this.flush(emit);
            this.pendingBlock = block;
          }
        }
        this.pending.push(node as Text);
        node = this.walker.nextNode();
      } else if (hasSkippedTag(node as Element) || (this.editable.size && this.editable.has(node as Element))) {
        this.flush(emit);
        this.lastParent = null;
        node = this.afterSubtree();
      } else {
        const shadow = (node as Element).shadowRoot;
        if (shadow) this.onShadowRoot(shadow);
        node = this.walker.nextNode();
      }
      if ((++steps & 255) === 0 && timeUp()) break;
    }
    this.next = node;
    if (node) return false;
    this.flush(emit);
    return true;
  }

  /** The first node after the current node's subtree. */
  private afterSubtree(): Node | null {
    for (;;) {
      const sibling = this.walker.nextSibling();
      if (sibling) return sibling;
      if (!this.walker.parentNode()) return null;
    }
  }

  /** Hands over the pending run if it has a digit; the pending list is reused when it has not (most runs). */
  private flush(emit: (run: TextRun) => void): void {
    const nodes = this.pending;
    this.pendingBlock = null;
    if (!nodes.length) return;
    if (nodes.length === 1) {
      const text = nodes[0]!.data;
      if (HAS_DIGIT.test(text)) {
        this.pending = [];
        emit({ nodes, starts: [0], text });
      } else nodes.length = 0;
      return;
    }
    let text = '';
    for (const n of nodes) text += n.data;
    if (!HAS_DIGIT.test(text)) {
      nodes.length = 0;
      return;
    }
    this.pending = [];
    const starts: number[] = [];
    let at = 0;
    for (const n of nodes) {
      starts.push(at);
      at += n.data.length;
    }
    emit({ nodes, starts, text });
  }

}

/** The (node, offset) a run offset falls on; an offset at a node boundary belongs to the node it starts. */
export function positionInRun(run: TextRun, offset: number, isEnd: boolean): { node: Text; offset: number } {
  let i = run.starts.length - 1;
  while (i > 0 && (isEnd ? run.starts[i]! >= offset : run.starts[i]! > offset)) i--;
  return { node: run.nodes[i]!, offset: offset - run.starts[i]! };
}
