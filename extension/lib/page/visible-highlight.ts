import { staticRange, type FoundReference } from './found-reference.ts';
import { HIGHLIGHT_NAME } from './own-names.ts';

/** How far outside the viewport references are already painted, so scrolling shows them at once. */
const ROOT_MARGIN = '100% 0px';

/**
 * Up to this many new blocks are placed by reading their boxes at once; more (the bulk of a long
 * page, found after the view was painted) wait for the observer, as reading thousands of boxes
 * takes longer than the observer's first look.
 */
const PLACE_AT_ONCE = 256;

/**
 * Paints references through the CSS Custom Highlight API, but only those near the viewport.
 * Chromium rebuilds its markers for every range of every highlight on each frame a highlight
 * changes, so a page with thousands of references must not have them all
 * in the highlight; an IntersectionObserver on the references' blocks (observing, not touching
 * them) keeps it to the few that can be seen.
 *
 * A few new blocks (those of the text in view, of content that arrived later) are first placed by
 * reading their boxes (layout is clean after a scan, so that is a read, not a layout), which paints
 * the visible ones in the very next frame. The observer takes every block over once the page is
 * idle: its first look at thousands of new targets costs a frame of its own, which is better spent
 * after the references are on screen than before.
 */
export class VisibleHighlight {
  private readonly highlight = new Highlight();
  /** A block's references, in an array: a block holds one or a few, for which a set each costs far more. */
  private readonly byBlock = new Map<Element, FoundReference[]>();
  private readonly blockOf = new Map<FoundReference, Element>();
  private readonly painted = new Map<FoundReference, StaticRange>();
  private readonly visible = new Set<Element>();
  private readonly observer: IntersectionObserver;
  /** Blocks that got their first reference since the last `paintAdded`. */
  private readonly added: Element[] = [];
  /** Blocks placed by their boxes, waiting for the observer. */
  private readonly unobserved: Element[] = [];
  private observeScheduled = false;

  constructor(registry: HighlightRegistry) {
    registry.set(HIGHLIGHT_NAME, this.highlight);
    this.observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) this.setVisible(entry.target, entry.isIntersecting);
      },
      { rootMargin: ROOT_MARGIN },
    );
  }

  add(ref: FoundReference): void {
    const first = ref.nodes[0]!;
    const block = first.parentElement ?? shadowHost(first);
    if (!block) return;
    this.blockOf.set(ref, block);
    const refs = this.byBlock.get(block);
    if (!refs) {
      this.byBlock.set(block, [ref]);
      this.added.push(block);
      return;
    }
    refs.push(ref);
    if (this.visible.has(block)) this.paint(ref);
  }

  delete(ref: FoundReference): void {
    const block = this.blockOf.get(ref);
    if (!block) return;
    this.blockOf.delete(ref);
    this.unpaint(ref);
    const refs = this.byBlock.get(block);
    const at = refs ? refs.indexOf(ref) : -1;
    if (at >= 0) refs!.splice(at, 1);
    if (refs && !refs.length) {
      this.byBlock.delete(block);
      this.visible.delete(block);
      this.observer.unobserve(block);
    }
  }

  /**
   * Paints the references of blocks added since the last call that are near the viewport, and
   * hands the blocks to the observer when the page is next idle. Called when a scan pass is done
   * rather than per slice: every change to the highlight costs the next rendered frame, and frames
   * between slices should cost nothing.
   */
  paintAdded(): void {
    if (!this.added.length) return;
    const view = this.added[0]!.ownerDocument.defaultView!;
    const place = this.added.length <= PLACE_AT_ONCE;
    const height = view.innerHeight;
    const width = view.innerWidth;
    for (const block of this.added.splice(0)) {
      if (!this.byBlock.has(block)) continue;
      this.unobserved.push(block);
      if (!place) continue;
      const box = block.getBoundingClientRect();
      const near = (box.width > 0 || box.height > 0) && box.bottom >= -height && box.top <= 2 * height && box.right >= 0 && box.left <= width;
      if (near) this.setVisible(block, true);
    }
    this.scheduleObserve(view);
  }

  private scheduleObserve(view: Window): void {
    if (this.observeScheduled) return;
    this.observeScheduled = true;
    view.requestIdleCallback(
      () => {
        this.observeScheduled = false;
        for (const block of this.unobserved.splice(0)) if (this.byBlock.has(block)) this.observer.observe(block);
      },
      { timeout: 500 },
    );
  }

  private setVisible(block: Element, visible: boolean): void {
    if (visible === this.visible.has(block)) return;
    if (visible) this.visible.add(block);
    else this.visible.delete(block);
    for (const ref of this.byBlock.get(block) ?? []) {
      if (visible) this.paint(ref);
      else this.unpaint(ref);
    }
  }

  private paint(ref: FoundReference): void {
    if (this.painted.has(ref)) return;
    const range = staticRange(ref);
    this.painted.set(ref, range);
    this.highlight.add(range);
  }

  private unpaint(ref: FoundReference): void {
    const range = this.painted.get(ref);
    if (!range) return;
    this.painted.delete(ref);
    this.highlight.delete(range);
  }
}

/** The host of the shadow root a node sits directly in (text that is a shadow root's own child). */
function shadowHost(node: Node): Element | null {
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}
