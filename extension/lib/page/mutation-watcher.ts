import { blockContainer } from './inline-elements.ts';
import type { ScanRoot } from './page-scanner.ts';
import { OWN_HOST_TAG } from './own-names.ts';
import { isInsideSkipped } from './skipped-elements.ts';

export interface MutationWatcherOptions {
  /** A subtree whose text may have changed: forget its references. */
  stale: (node: Node) => void;
  /** A subtree to scan again (a block whose text changed, or newly added content). */
  rescan: (node: ScanRoot) => void;
}

/**
 * Watches a document or shadow root for content that arrives or changes later and reports only
 * the affected subtrees, once per batch of records: never a rescan of the whole page.
 */
export function watchMutations(root: Document | ShadowRoot, options: MutationWatcherOptions): MutationObserver {
  const observer = new MutationObserver((records) => {
    const blocks = new Set<ScanRoot>();
    for (const record of records) {
      if (isOwn(record.target)) continue;
      if (record.type === 'characterData') {
        options.stale(record.target);
        blocks.add(blockContainer(record.target));
        continue;
      }
      for (const node of record.removedNodes) options.stale(node);
      // Text added to or removed from a line changes how the whole line reads.
      if (record.removedNodes.length) blocks.add(blockContainer(record.target));
      for (const node of record.addedNodes) {
        if (isOwn(node) || (node.nodeType !== Node.ELEMENT_NODE && node.nodeType !== Node.TEXT_NODE)) continue;
        blocks.add(blockContainer(node));
      }
    }
    for (const block of blocks) {
      if (!block.isConnected || isInsideSkipped(block)) continue;
      options.stale(block);
      options.rescan(block);
    }
  });
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  return observer;
}

function isOwn(node: Node): boolean {
  return node.nodeType === Node.ELEMENT_NODE && (node as Element).localName === OWN_HOST_TAG;
}
