import type { CaseNumberConfig } from '../../../core/casenumber/index.ts';
import { isInlineElement } from './inline-elements.ts';
import { candidatePattern } from './reference-candidates.ts';
import { EDITABLE_SELECTOR, hasSkippedTag, isInsideSkipped } from './skipped-elements.ts';
import type { ViewportSpan } from './viewport-span.ts';

/**
 * The text of one line of inline content, concatenated across elements so that
 * `<b>RS</b>&nbsp;2215-2024` reads as one string; `starts[i]` is where `nodes[i]` begins in `text`.
 */
export interface TextRun {
  nodes: Text[];
  starts: number[];
  text: string;
}

/** The shadow root an element hosts that the scan may enter (`el.shadowRoot`, the open ones, unless an extension can see more). */
export type ShadowRootOf = (el: Element) => ShadowRoot | null;

export const openShadowRootOf: ShadowRootOf = (el) => el.shadowRoot;

/** Nothing that can become a case number lacks a digit. */
const HAS_DIGIT = /\d/;

/** How many text nodes a span walk takes between looks at where it stands (a look is a layout read). */
const SPAN_LOOK_EVERY = 32;

/**
 * Walks a subtree in document order and hands over the inline text runs that may hold a case
 * number. Two passes, each with a walker that stops only at the nodes it needs: the text nodes,
 * where one test of each node's text for a prefix picks the few worth a run; then the elements,
 * for the shadow roots they host. Cheaper than stopping at every node once, and than reading the subtree's
 * whole text first. Resumable: `walk` stops when `timeUp()` says so and continues from the same
 * node on the next call, so a big page is scanned in slices that never block the main thread for
 * long. Tree walkers follow changes made between slices; should the node the walk stands on be
 * taken out of the subtree, the pass starts over (the registry ignores references it has).
 *
 * Given a viewport span, it walks only the text the viewport shows, from the span's start until
 * the span says the walk is below it: the references a reader sees, found before the rest.
 */
export class TextRunWalker {
  private readonly root: Node;
  private readonly texts: TreeWalker;
  private readonly elements: TreeWalker;
  private readonly around: TreeWalker;
  private readonly editable: Set<Element>;
  /** The ancestors of the last text node found outside skipped elements, from the top down to its parent. */
  private readonly cleanAncestors: Element[] = [];
  /** The elements a climb asked about, nearest first; kept for reuse, as a climb happens per candidate. */
  private readonly climbed: Element[] = [];
  private readonly pattern: RegExp;
  private readonly onShadowRoot: (root: ShadowRoot) => void;
  private readonly shadowRootOf: ShadowRootOf;
  private readonly span: ViewportSpan | undefined;
  private textsDone = false;
  private lastRun: TextRun | null = null;

  constructor(
    root: Element | Document | DocumentFragment,
    config: CaseNumberConfig,
    onShadowRoot: (root: ShadowRoot) => void,
    shadowRootOf: ShadowRootOf,
    span?: ViewportSpan,
  ) {
    this.root = root.nodeType === Node.DOCUMENT_NODE ? (root as Document).documentElement : root;
    this.onShadowRoot = onShadowRoot;
    this.shadowRootOf = shadowRootOf;
    this.pattern = candidatePattern(config);
    const doc = this.root.ownerDocument!;
    this.texts = doc.createTreeWalker(this.root, NodeFilter.SHOW_TEXT);
    this.elements = doc.createTreeWalker(this.root, NodeFilter.SHOW_ELEMENT);
    this.around = doc.createTreeWalker(this.root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    this.editable = new Set((this.root as ParentNode).querySelectorAll(EDITABLE_SELECTOR));
    this.span = span;
    if (span) {
      this.texts.currentNode = span.from;
      return;
    }
    const shadow = this.root.nodeType === Node.ELEMENT_NODE ? shadowRootOf(this.root as Element) : null;
    if (shadow) onShadowRoot(shadow);
  }

  /** Returns true when the subtree (or the span) is finished. */
  walk(emit: (run: TextRun) => void, timeUp: () => boolean): boolean {
    if (!this.textsDone) this.textsDone = this.walkTexts(emit, timeUp);
    return this.textsDone && (this.span !== undefined || this.walkElements(timeUp));
  }

  private walkTexts(emit: (run: TextRun) => void, timeUp: () => boolean): boolean {
    const { texts, pattern, span } = this;
    if (!this.root.contains(texts.currentNode)) texts.currentNode = this.root;
    let steps = 0;
    for (let node = texts.nextNode() as Text | null; node; node = texts.nextNode() as Text | null) {
      if (pattern.test(node.data)) this.emitRunAround(node, emit);
      ++steps;
      if (span && steps % SPAN_LOOK_EVERY === 0 && span.isPast(node)) return true;
      if ((steps & 255) === 0 && timeUp()) return false;
    }
    return true;
  }

  private walkElements(timeUp: () => boolean): boolean {
    const { elements, shadowRootOf } = this;
    if (!this.root.contains(elements.currentNode)) elements.currentNode = this.root;
    let steps = 0;
    for (let el = elements.nextNode() as Element | null; el; el = elements.nextNode() as Element | null) {
      const shadow = shadowRootOf(el);
      if (shadow && !isInsideSkipped(el)) this.onShadowRoot(shadow);
      if ((++steps & 1023) === 0 && timeUp()) return false;
    }
    return true;
  }

  /** Hands over the run `node` belongs to, unless it was handed over already or holds no digit. */
  private emitRunAround(node: Text, emit: (run: TextRun) => void): void {
    if (this.lastRun?.nodes.includes(node) || this.isInSkipped(node)) return;
    const run = isLoneText(node) ? { nodes: [node], starts: [0], text: node.data } : this.runAround(node);
    this.lastRun = run;
    if (HAS_DIGIT.test(run.text)) emit(run);
  }

  private runAround(node: Text): TextRun {
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
    return { nodes, starts, text };
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

  /**
   * Whether a text node is inside a skipped element. The climb stops at the first ancestor shared
   * with the last text node found outside one (text in document order shares most of them), so it
   * usually asks one or two elements, and finds the shared one by comparing a handful of elements
   * rather than keeping a map of every element asked about.
   */
  private isInSkipped(node: Text): boolean {
    const known = this.cleanAncestors;
    const climbed = this.climbed;
    climbed.length = 0;
    let shared = -1;
    for (let el = node.parentElement; el; el = el.parentElement) {
      shared = known.lastIndexOf(el);
      if (shared >= 0) break;
      if (this.isSkippedElement(el)) return true;
      climbed.push(el);
    }
    known.length = shared + 1;
    for (let i = climbed.length - 1; i >= 0; i--) known.push(climbed[i]!);
    return false;
  }

  private isSkippedElement(el: Element): boolean {
    return hasSkippedTag(el) || (this.editable.size > 0 && this.editable.has(el));
  }
}

/** Text that is its block's only child, as in most table cells and many paragraphs: its run is itself. */
export function isLoneText(node: Text): boolean {
  const parent = node.parentNode;
  return (
    !node.previousSibling &&
    !node.nextSibling &&
    parent?.nodeType === Node.ELEMENT_NODE &&
    !isInlineElement(parent as Element)
  );
}

/**
 * The node (by index in the run) and offset a run offset falls on. A start at a node boundary
 * belongs to the node it starts, an end to the node it ends.
 */
export function positionInRun(run: TextRun, offset: number, isEnd: boolean): { index: number; offset: number } {
  let i = run.starts.length - 1;
  while (i > 0 && (isEnd ? run.starts[i]! >= offset : run.starts[i]! > offset)) i--;
  return { index: i, offset: offset - run.starts[i]! };
}
