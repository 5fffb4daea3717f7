/**
 * How the content script runs: the options of its entrypoint (and so of the manifest's entry in
 * the demo build) and of its registration at runtime for the sites a user or administrator adds,
 * which is the only way it reaches a page in the production package.
 */
export const CONTENT_SCRIPT = {
  /** WXT's bundle of entrypoints/content. */
  js: ['content-scripts/content.js'],
  /** Frames too, including those without a URL of their own (about:blank, srcdoc) that the site made. */
  allFrames: true,
  matchAboutBlank: true,
  // Started early only to add the highlight style before the page has elements (see highlight-style.ts).
  runAt: 'document_start',
} as const;
