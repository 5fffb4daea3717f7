import { blockContainer } from './inline-elements.ts';
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

interface ParentInfo {
  /** The block the text belongs to: text nodes in one block, one after another, make one run. */
  block: Node;
  skip: boolean;
}

/**
 * Walks a subtree in document order and hands over its inline text runs. The browser's own
 * TreeWalker does the walking (far faster than stepping through the DOM from script); what a
 * text node belongs to is worked out once per parent element. Resumable: `walk` stops when
 * `timeUp()` says so and continues from the same node on the next call, so that a big page is
 * scanned in slices that never block the main thread for long.
 */
export class TextRunWalker {
  private readonly root: Node;
  private readonly walker: TreeWalker;
  private readonly onShadowRoot: (root: ShadowRoot) => void;
  private readonly skipOf = new Map<Node, boolean>();
  private pending: Text[] = [];
  private pendingBlock: Node | null = null;
  private lastParent: Node | null = null;
  private lastInfo: ParentInfo | null = null;
  private done = false;

  constructor(root: Node, onShadowRoot: (root: ShadowRoot) => void) {
    this.root = root;
    this.onShadowRoot = onShadowRoot;
    const doc = root.nodeType === Node.DOCUMENT_NODE ? (root as Document) : root.ownerDocument!;
    this.walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  }

  /** Returns true when the subtree is finished. */
  walk(emit: (run: TextRun) => void, timeUp: () => boolean): boolean {
    if (this.done) return true;
    const walker = this.walker;
    let steps = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.nodeType === Node.TEXT_NODE) {
        const parent = node.parentNode!;
        const info = parent === this.lastParent && this.lastInfo ? this.lastInfo : this.infoOf(parent);
        if (info.skip) {
          this.flush(emit);
        } else {
          if (info.block !== this.pendingBlock) {
            this.flush(emit);
            this.pendingBlock = info.block;
          }
          this.pending.push(node as Text);
        }
      } else {
        const shadow = (node as Element).shadowRoot;
        if (shadow) this.onShadowRoot(shadow);
      }
      if ((++steps & 255) === 0 && timeUp()) return false;
    }
    this.flush(emit);
    this.done = true;
    return true;
  }

  private infoOf(parent: Node): ParentInfo {
    const info = { block: blockContainer(parent), skip: this.skipped(parent) };
    this.lastParent = parent;
    this.lastInfo = info;
    return info;
  }

  /** Whether an element or one of its ancestors up to the root is skipped; remembered per element. */
  private skipped(node: Node): boolean {
    const known = this.skipOf.get(node);
    if (known !== undefined) return known;
    let skip = false;
    if (node.nodeType === Node.ELEMENT_NODE && isSkippedElement(node as Element)) skip = true;
    else if (node !== this.root && node.parentNode) skip = this.skipped(node.parentNode);
    this.skipOf.set(node, skip);
    return skip;
  }

  private flush(emit: (run: TextRun) => void): void {
    const nodes = this.pending;
    this.pendingBlock = null;
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
