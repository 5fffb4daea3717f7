import type { CaseNumberConfig } from '../../../core/casenumber/index.ts';
import type { ShadowRootOf } from '../../lib/page/text-runs.ts';
import { HistoryCache, type FetchHistories } from './history-cache.ts';
import { hoverCards } from './hover-cards.ts';
import { keyboardReferences, type KeyboardReferences } from './keyboard-references.ts';
import { ReferenceUi } from './reference-ui.tsx';
import { scanPage, type ScannedPage } from './scan-page.ts';

export interface PageDeps {
  config: CaseNumberConfig;
  diariumUrl: (caseNumber: string) => string | null;
  fetchHistories: FetchHistories;
  /** Which shadow roots the scan may enter; the open ones when not given. */
  shadowRootOf?: ShadowRootOf;
}

export interface StartedPage {
  page: ScannedPage;
  cache: HistoryCache;
  keyboard: KeyboardReferences;
}

/** Prefetch waits this long after the last batch of new references, so a page's references go in one message. */
const PREFETCH_DEBOUNCE_MS = 50;

/** Wires the features of one document together: scan, prefetch, hover cards, keyboard. */
export function startPage(doc: Document, deps: PageDeps): StartedPage {
  const page = scanPage(doc, deps.config, deps.shadowRootOf);
  const cache = new HistoryCache(deps.fetchHistories);
  const ui = new ReferenceUi(doc, { cache, diariumUrl: deps.diariumUrl });
  const keyboard = keyboardReferences(doc, page, ui, hoverCards(doc, page, ui));

  const prefetch = () => cache.prefetch(page.registry.canonicalNumbers()).catch((e: unknown) => console.warn('protokoll: historiken kunde inte hämtas', e));
  let timer = 0;
  page.firstPass.then(() => {
    prefetch();
    // Late content: one message per burst of new references, not one per reference.
    page.registry.onChange(() => {
      clearTimeout(timer);
      timer = window.setTimeout(prefetch, PREFETCH_DEBOUNCE_MS);
    });
  });
  return { page, cache, keyboard };
}
