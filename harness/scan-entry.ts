import { DEFAULT_CASE_NUMBER_CONFIG } from '../core/casenumber/index.ts';
import { scanPage } from '../extension/entrypoints/content/scan-page.ts';
import { adoptHighlightStyle } from '../extension/lib/page/highlight-style.ts';
import { liveRange, referenceAtPoint } from '../extension/lib/page/hit-test.ts';
import { HIGHLIGHT_NAME } from '../extension/lib/page/own-names.ts';

/** What a page test or benchmark reaches through `window.protokollScan`. */
const api = {
  start: (doc: Document = document) => scanPage(doc, DEFAULT_CASE_NUMBER_CONFIG),
  adoptStyle: (doc: Document = document) => adoptHighlightStyle(doc),
  config: DEFAULT_CASE_NUMBER_CONFIG,
  /** The highlight's name, random for each page as in the extension. */
  highlightName: HIGHLIGHT_NAME,
  liveRange,
  referenceAtPoint,
};
(window as unknown as { protokollScan: typeof api }).protokollScan = api;
export type ProtokollScan = typeof api;
