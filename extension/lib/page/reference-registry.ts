import type { FoundReference } from './found-reference.ts';
import { compareTreePaths, treePath } from './tree-order.ts';
import { VisibleHighlight } from './visible-highlight.ts';

/**
 * All references on the page, painted as a highlight so the host's DOM is never rewritten, and
 * indexed by text node for hit-testing and for dropping stale ones.
 */
export class ReferenceRegistry {
  private readonly byNode = new Map<Text, FoundReference[]>();
  private readonly all = new Set<FoundReference>();
  private readonly highlight: VisibleHighlight;
  private readonly listeners = new Set<() => void>();

  constructor(highlightRegistry: HighlightRegistry = CSS.highlights) {
    this.highlight = new VisibleHighlight(highlightRegistry);
  }

  add(refs: readonly FoundReference[]): void {
    if (!refs.length) return;
    for (const ref of refs) {
      const first = ref.nodes[0]!;
      const atFirst = this.byNode.get(first);
      // A block rescanned after a mutation may already have been reached by the walk in progress.
      if (atFirst?.some((r) => r.nodes[0] === first && r.startOffset === ref.startOffset)) continue;
      this.all.add(ref);
      this.highlight.add(ref);
      if (atFirst) atFirst.push(ref);
      else this.byNode.set(first, [ref]);
      for (let i = 1; i < ref.nodes.length; i++) {
        const list = this.byNode.get(ref.nodes[i]!);
        if (list) list.push(ref);
        else this.byNode.set(ref.nodes[i]!, [ref]);
      }
    }
    this.changed();
  }

  /** Drops every reference that touches a text node in `root` (or `root` itself). */
  removeWithin(root: Node): void {
    let removed = false;
    const drop = (node: Text) => {
      const list = this.byNode.get(node);
      if (!list) return;
      for (const ref of list) removed = this.delete(ref) || removed;
    };
    if (root.nodeType === Node.TEXT_NODE) drop(root as Text);
    else {
      const doc = root.ownerDocument ?? (root as Document);
      const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) drop(n as Text);
    }
    if (removed) this.changed();
  }

  private delete(ref: FoundReference): boolean {
    if (!this.all.delete(ref)) return false;
    this.highlight.delete(ref);
    for (const node of ref.nodes) {
      const list = this.byNode.get(node);
      if (!list) continue;
      const rest = list.filter((r) => r !== ref);
      if (rest.length) this.byNode.set(node, rest);
      else this.byNode.delete(node);
    }
    return true;
  }

  /** Paints (near the viewport) the references added since the last call; see VisibleHighlight.paintAdded. */
  paintAdded(): void {
    this.highlight.paintAdded();
  }

  /** The reference covering (node, offset), if any. */
  at(node: Node, offset: number): FoundReference | null {
    const list = this.byNode.get(node as Text);
    if (!list) return null;
    for (const ref of list) {
      if (node === ref.nodes[0] && offset < ref.startOffset) continue;
      if (node === ref.nodes[ref.nodes.length - 1] && offset > ref.endOffset) continue;
      return ref;
    }
    return null;
  }

  /** References in document order (shadow-root and late content sorted in where they sit). */
  inOrder(): FoundReference[] {
    const paths = new Map([...this.all].map((ref) => [ref, treePath(ref.nodes[0]!)]));
    return [...this.all].sort((a, b) => compareTreePaths(paths.get(a)!, paths.get(b)!) || a.startOffset - b.startOffset);
  }

  canonicalNumbers(): string[] {
    return [...new Set([...this.all].map((r) => r.canonical))];
  }

  get size(): number {
    return this.all.size;
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(): void {
    for (const l of this.listeners) l();
  }
}
