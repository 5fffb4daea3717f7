import type { PageReference } from './page-reference.ts';

/** The name our highlight is registered under; styled with `::highlight(protokoll-dnr)`. */
export const HIGHLIGHT_NAME = 'protokoll-dnr';

/** How far outside the viewport references are already painted, so scrolling shows them at once. */
const ROOT_MARGIN = '100% 0px';

/**
 * Paints references through the CSS Custom Highlight API, but only those near the viewport.
 * Chromium revalidates every range of a highlight on each frame the highlight changes, which on a
 * page with thousands of references costs a long task; an IntersectionObserver on the references'
 * blocks (observing, not touching them) keeps the highlight to the few hundred that can be seen.
 */
export class VisibleHighlight {
  private readonly highlight = new Highlight();
  private readonly byElement = new Map<Element, Set<PageReference>>();
  private readonly blockOf = new Map<PageReference, Element>();
  private readonly visible = new Set<Element>();
  private readonly observer: IntersectionObserver;
  private readonly toObserve: Element[] = [];

  constructor(registry: HighlightRegistry) {
    registry.set(HIGHLIGHT_NAME, this.highlight);
    this.observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          const refs = this.byElement.get(entry.target);
          if (entry.isIntersecting) this.visible.add(entry.target);
          else this.visible.delete(entry.target);
          if (!refs) continue;
          for (const ref of refs) {
            if (entry.isIntersecting) this.highlight.add(ref.range);
            else this.highlight.delete(ref.range);
          }
        }
      },
      { rootMargin: ROOT_MARGIN },
    );
  }

  add(ref: PageReference): void {
    const first = ref.nodes[0]!;
    const block = first.parentElement ?? shadowHost(first);
    if (!block) return;
    this.blockOf.set(ref, block);
    const refs = this.byElement.get(block);
    if (refs) refs.add(ref);
    else {
      this.byElement.set(block, new Set([ref]));
      this.toObserve.push(block);
    }
    if (this.visible.has(block)) this.highlight.add(ref.range);
  }

  delete(ref: PageReference): void {
    const block = this.blockOf.get(ref);
    if (!block) return;
    this.blockOf.delete(ref);
    this.highlight.delete(ref.range);
    const refs = this.byElement.get(block);
    refs?.delete(ref);
    if (refs && !refs.size) {
      this.byElement.delete(block);
      this.visible.delete(block);
      this.observer.unobserve(block);
    }
  }

  /**
   * Starts watching the elements of references added since the last call. Called when a scan
   * pass is done rather than per slice: every change to the observed set or the highlight costs
   * the next rendered frame, and frames between slices should cost nothing.
   */
  observeAdded(): void {
    for (const el of this.toObserve.splice(0)) if (this.byElement.has(el)) this.observer.observe(el);
  }
}

/** The host of the shadow root a node sits directly in (text that is a shadow root's own child). */
function shadowHost(node: Node): Element | null {
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}
