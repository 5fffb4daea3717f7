import { caseKey } from '../../../core/casenumber/case-key.ts';
import { serveContent, serveFrameContent } from '../../lib/messaging.ts';
import type { PageReference } from '../../lib/messages.ts';
import type { HistoryCache } from './history-cache.ts';
import type { KeyboardReferences } from './keyboard-references.ts';
import type { ScannedPage } from './scan-page.ts';

/**
 * The list of the page's references the popup shows, one row per case (by case key, shown as first
 * written), and opening one of them from there. Every frame serves it; the top frame answers, the frames below it report (see serveFrameContent).
 */
export function servePopupRequests(page: ScannedPage, cache: HistoryCache, keyboard: KeyboardReferences, isTop: boolean): () => void {
  return (isTop ? serveContent : serveFrameContent)({
    pageReferences: () => {
      const rows = new Map<string, PageReference>();
      for (const ref of page.registry.inOrder()) {
        const key = caseKey(ref.canonical);
        const row = rows.get(key);
        if (row) row.count++;
        else rows.set(key, { caseNumber: ref.canonical, count: 1, known: Boolean(cache.get(ref.canonical)) });
      }
      return { references: [...rows.values()] };
    },
    showReference: ({ caseNumber }) => {
      const key = caseKey(caseNumber);
      const ref = page.registry.inOrder().find((r) => caseKey(r.canonical) === key);
      if (ref) keyboard.enter(ref);
      return { shown: Boolean(ref) };
    },
  });
}
