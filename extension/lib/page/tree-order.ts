/**
 * Document order across shadow roots (the DOM's "shadow-including tree order": a host, then its
 * shadow tree, then its children). compareDocumentPosition cannot give it: nodes in different
 * trees are "disconnected", ordered as the browser likes; Chromium happens to follow the hosts,
 * Firefox does not, and its order is not even consistent for a sort.
 */

/** The node's place: the outermost host first, down to the node, each in the tree of the one before. */
export function treePath(node: Node): Node[] {
  const path = [node];
  for (let root = node.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) path.unshift(root.host);
  return path;
}

/** Negative when the node at path `a` comes first, positive when the one at `b` does, 0 for the same node. */
export function compareTreePaths(a: readonly Node[], b: readonly Node[]): number {
  for (let i = 0; i < a.length && i < b.length; i++) {
    if (a[i] === b[i]) continue;
    // The first difference lies in one tree: the document's, or the shadow tree of the host before it.
    const pos = a[i]!.compareDocumentPosition(b[i]!);
    return pos & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : pos & Node.DOCUMENT_POSITION_PRECEDING ? 1 : 0;
  }
  return a.length - b.length;
}
