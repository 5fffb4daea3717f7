import type { CaseNumberConfig } from '../../../core/casenumber/index.ts';
import { adoptHighlightStyle } from '../../lib/page/highlight-style.ts';
import { watchMutations } from '../../lib/page/mutation-watcher.ts';
import { PageScanner } from '../../lib/page/page-scanner.ts';
import { ReferenceRegistry } from '../../lib/page/reference-registry.ts';
import type { ShadowRootOf } from '../../lib/page/text-runs.ts';
import { viewportSpan } from '../../lib/page/viewport-span.ts';

export interface ScannedPage {
  registry: ReferenceRegistry;
  /** Shadow roots met so far, for hit-testing inside them. */
  shadowRoots: ShadowRoot[];
  /** Resolves when the references the viewport shows are found and handed to the highlight. */
  visible: Promise<void>;
  /** Resolves when the first full pass is done (later content keeps arriving through the observers). */
  firstPass: Promise<void>;
  stop(): void;
}

/**
 * Finds the case numbers of a document and keeps finding them as the page changes: the initial
 * scan runs in slices, the text in view first, so that what the reader sees is marked in the next
 * frame while the rest of a long page follows; later content is scanned where it lands, shadow
 * roots (the open ones, and closed ones where `shadowRootOf` sees them) are scanned and observed
 * like the document. Nothing in the host's DOM is written.
 */
export function scanPage(doc: Document, config: CaseNumberConfig, shadowRootOf?: ShadowRootOf): ScannedPage {
  const registry = new ReferenceRegistry(doc.defaultView?.CSS.highlights ?? CSS.highlights);
  const shadowRoots: ShadowRoot[] = [];
  const observers: MutationObserver[] = [];
  let firstPassDone: () => void = () => {};
  const firstPass = new Promise<void>((resolve) => (firstPassDone = resolve));
  let visibleDone: () => void = () => {};
  const visible = new Promise<void>((resolve) => (visibleDone = resolve));

  const observe = (root: Document | ShadowRoot) =>
    observers.push(
      watchMutations(root, {
        stale: (node) => registry.removeWithin(node),
        rescan: (node) => scanner.enqueue(node),
      }),
    );

  const scanner: PageScanner = new PageScanner({
    config,
    shadowRootOf,
    found: (refs) => registry.add(refs),
    shadowRoot: (root) => {
      if (shadowRoots.includes(root)) return;
      shadowRoots.push(root);
      adoptHighlightStyle(root);
      observe(root);
      scanner.enqueue(root);
    },
    visible: () => {
      registry.paintAdded();
      visibleDone();
    },
    idle: () => {
      registry.paintAdded();
      visibleDone();
      firstPassDone();
    },
  });

  adoptHighlightStyle(doc);
  observe(doc);
  const span = viewportSpan(doc);
  if (span) scanner.scanVisibleFirst(doc.body!, span);
  scanner.enqueue(doc.body ?? doc.documentElement);
  return {
    registry,
    shadowRoots,
    visible,
    firstPass,
    stop: () => observers.forEach((o) => o.disconnect()),
  };
}
