import type { CaseNumberConfig } from '../../../core/casenumber/index.ts';
import { isInlineElement } from './inline-elements.ts';
import { candidatePattern } from './reference-candidates.ts';
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

/** Nothing that can become a case number lacks a digit. */
const HAS_DIGIT = /\d/;

/**
 * Walks a subtree in document order and hands over the inline text runs that may hold a case
 * number. The browser concatenates the subtree's text in one call (`textContent`, no layout) and
 * the regex engine finds the candidate prefixes in it; the walk then only sums text node lengths
 * (a number, no string made) to learn which nodes hold a candidate, and reads text and builds a
 * run around those few nodes alone. Resumable: `walk` stops when `timeUp()` says so and continues
 * from the same node on the next call, so a big page is scanned in slices that never block the
 * main thread for long. The offsets hold only while the subtree is unchanged, so a change seen
 * between slices makes the walker read the text again from where it stands.
 */
export class TextRunWalker {
  private readonly root: Node;
  private readonly walker: TreeWalker;
  private readonly around: TreeWalker;
  private readonly editable: Set<Element>;
  private readonly pattern: RegExp;
  private readonly onShadowRoot: (root: ShadowRoot) => void;
  private readonly observer: MutationObserver;
  private changed = false;
  private next: Node | null = null;
  /** The subtree's text from `next` on, where `next` starts at `at`, and the next candidate's offset in it. */
  private text = '';
  private at = 0;
  private candidate = Infinity;
  private lastRun: TextRun | null = null;

  constructor(root: Element | Document | DocumentFragment, config: CaseNumberConfig, onShadowRoot: (root: ShadowRoot) => void) {
    this.root = root.nodeType === Node.DOCUMENT_NODE ? (root as Document).documentElement : root;
    this.onShadowRoot = onShadowRoot;
    this.pattern = candidatePattern(config);
    const doc = this.root.ownerDocument!;
    this.walker = doc.createTreeWalker(this.root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    this.around = doc.createTreeWalker(this.root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    this.editable = new Set((this.root as ParentNode).querySelectorAll(EDITABLE_SELECTOR));
    this.observer = new MutationObserver(() => (this.changed = true));
    this.observer.observe(this.root, { childList: true, subtree: true, characterData: true });
    const shadow = this.root.nodeType === Node.ELEMENT_NODE ? (this.root as Element).shadowRoot : null;
    if (shadow) onShadowRoot(shadow);
    this.restart();
  }

  /** Returns true when the subtree is finished. */
  walk(emit: (run: TextRun) => void, timeUp: () => boolean): boolean {
    if (this.changed && this.next) this.reread();
    let node = this.next;
    let at = this.at;
    let steps = 0;
    while (node) {
      if (node.nodeType === Node.TEXT_NODE) {
        const end = at + (node as Text).length;
        if (this.candidate < end) {
          this.emitRunAround(node as Text, emit);
          this.candidate = this.candidateFrom(end);
        }
        at = end;
      } else {
        const shadow = (node as Element).shadowRoot;
        if (shadow && !this.isSkipped(node)) this.onShadowRoot(shadow);
      }
      node = this.walker.nextNode();
      if ((++steps & 255) === 0 && timeUp()) break;
    }
    this.next = node;
    this.at = at;
    if (node) return false;
    this.observer.disconnect();
    return true;
  }

  private restart(): void {
    this.walker.currentNode = this.root;
    this.next = this.walker.nextNode();
    this.lastRun = null;
    this.readText(this.root.textContent ?? '');
  }

  /**
   * After a change: the text from the node the walk stands on to the end of the subtree. If that
   * node has been removed, the walk starts over (the registry ignores references it already has).
   */
  private reread(): void {
    this.changed = false;
    this.observer.takeRecords();
    if (!this.root.contains(this.next)) return this.restart();
    const range = this.root.ownerDocument!.createRange();
    range.setStartBefore(this.next!);
    range.setEnd(this.root, this.root.childNodes.length);
    this.readText(range.toString());
  }

  private readText(text: string): void {
    this.text = text;
    this.at = 0;
    this.candidate = this.candidateFrom(0);
  }

  private candidateFrom(offset: number): number {
    this.pattern.lastIndex = offset;
    return this.pattern.exec(this.text)?.index ?? Infinity;
  }

  /** Hands over the run `node` belongs to, unless it was handed over already or holds no digit. */
  private emitRunAround(node: Text, emit: (run: TextRun) => void): void {
    if (this.lastRun?.nodes.includes(node) || this.isSkipped(node)) return;
    const block = this.blockOf(node);
    const nodes: Text[] = [node];
    this.around.currentNode = node;
    for (let n = this.around.previousNode(); n && this.continuesRun(n, block); n = this.around.previousNode()) {
      if (n.nodeType === Node.TEXT_NODE) nodes.unshift(n as Text);
    }
    this.around.currentNode = node;
    for (let n = this.around.nextNode(); n && this.continuesRun(n, block); n = this.around.nextNode()) {
      if (n.nodeType === Node.TEXT_NODE) nodes.push(n as Text);
    }
    const starts: number[] = [];
    let text = '';
    for (const n of nodes) {
      starts.push(text.length);
      text += n.data;
    }
    const run = { nodes, starts, text };
    this.lastRun = run;
    if (HAS_DIGIT.test(text)) emit(run);
  }

  /**
   * Whether a node next to a run's text in document order belongs to the same line: an element
   * that is not skipped (a `<br>`, or an inline element entered or left), or text of the same block
   * not inside a skipped element. A nested block's text ends the run, as does anything skipped.
   */
  private continuesRun(node: Node, block: Node | null): boolean {
    if (node.nodeType !== Node.TEXT_NODE) return !this.isSkippedElement(node as Element);
    return this.blockOf(node) === block;
  }

  /** The block a text node's line belongs to, or null when an element on the way is skipped. */
  private blockOf(node: Node): Node | null {
    let cur = node.parentNode!;
    while (cur !== this.root && cur.nodeType === Node.ELEMENT_NODE && isInlineElement(cur as Element)) {
      if (this.isSkippedElement(cur as Element)) return null;
      cur = cur.parentNode!;
    }
    return cur.nodeType === Node.ELEMENT_NODE && this.isSkippedElement(cur as Element) ? null : cur;
  }

  /** Whether a node is in (or is) a skipped element within the subtree. */
  private isSkipped(node: Node): boolean {
    for (let cur: Node | null = node; cur && cur !== this.root; cur = cur.parentNode) {
      if (cur.nodeType === Node.ELEMENT_NODE && this.isSkippedElement(cur as Element)) return true;
    }
    return false;
  }

  private isSkippedElement(el: Element): boolean {
    return hasSkippedTag(el) || (this.editable.size > 0 && this.editable.has(el));
  }
}

/** The (node, offset) a run offset falls on; an offset at a node boundary belongs to the node it starts. */
export function positionInRun(run: TextRun, offset: number, isEnd: boolean): { node: Text; offset: number } {
  let i = run.starts.length - 1;
  while (i > 0 && (isEnd ? run.starts[i]! >= offset : run.starts[i]! > offset)) i--;
  return { node: run.nodes[i]!, offset: offset - run.starts[i]! };
}
