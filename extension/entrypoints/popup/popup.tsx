import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { MergedCaseHistory } from '../../../core/history/merge-feeds.ts';
import type { PageReference } from '../../lib/messages.ts';
import { ask, askTab, onFrameReferences } from '../../lib/messaging.ts';
import { SyncStatusView } from '../../lib/ui/sync-status-view.tsx';
import { useSyncStatus } from '../../lib/ui/use-sync-status.ts';
import { mergeFrameReferences, TOP_FRAME, type PageReferenceRow } from './frame-references.ts';
import { SearchResult } from './search-result.tsx';

const SEARCH_DELAY_MS = 200;

/** What the top frame said: nothing yet, its references, or no answer (no content script there). */
type TopFrameState = 'reading' | 'answered' | 'unavailable';

/**
 * The tab the popup is about: the active one, or the one named by `?tab=ID` when the popup is
 * opened as a page of its own (from a keyboard shortcut page or a test), where the active tab is itself.
 */
async function targetTabId(): Promise<number | undefined> {
  const named = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(named) && named > 0) return named;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

export function Popup() {
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<MergedCaseHistory[] | null>(null);
  const [searchError, setSearchError] = useState<string | null>(null);
  const [tabId, setTabId] = useState<number | null>(null);
  const [topFrame, setTopFrame] = useState<TopFrameState>('reading');
  const [frames, setFrames] = useState<ReadonlyMap<number, PageReference[]>>(new Map());
  const [diariumTemplate, setDiariumTemplate] = useState('');
  const status = useSyncStatus();
  const searchSeq = useRef(0);

  useEffect(() => {
    void ask({ type: 'getSettings' }).then(({ settings }) => setDiariumTemplate(settings.diariumUrlTemplate));
    let stop = () => {};
    void (async () => {
      const tabId = await targetTabId();
      if (tabId === undefined) return setTopFrame('unavailable');
      setTabId(tabId);
      const heard = (frameId: number, references: PageReference[]) => setFrames((was) => new Map(was).set(frameId, references));
      // Listening before asking: a frame may report before the top frame's answer arrives.
      stop = onFrameReferences(tabId, heard);
      try {
        heard(TOP_FRAME, (await askTab(tabId, { type: 'pageReferences' })).references);
        setTopFrame('answered');
      } catch {
        setTopFrame('unavailable');
      }
    })();
    return () => stop();
  }, []);

  useEffect(() => {
    const q = query.trim();
    if (!q) {
      setResults(null);
      return;
    }
    const seq = ++searchSeq.current;
    const timer = setTimeout(() => {
      ask({ type: 'search', query: q, limit: 20 }).then(
        ({ results }) => seq === searchSeq.current && (setResults(results), setSearchError(null)),
        (error: unknown) => seq === searchSeq.current && setSearchError(error instanceof Error ? error.message : String(error)),
      );
    }, SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [query]);

  async function show(tabId: number, row: PageReferenceRow) {
    await askTab(tabId, { type: 'showReference', caseNumber: row.caseNumber }, row.frameId).catch(() => undefined);
    window.close();
  }

  const rows = mergeFrameReferences(frames);

  return (
    <main>
      <h1>Beslutshistorik</h1>
      <form role="search" onSubmit={(e) => e.preventDefault()}>
        <label for="search">Sök diarienummer eller ord i ärendets rubrik</label>
        <div class="search-row">
          <input
            id="search"
            type="search"
            value={query}
            onInput={(e) => setQuery(e.currentTarget.value)}
            placeholder="RS 2215-2024"
            autoFocus
          />
        </div>
      </form>
      <div aria-live="polite">
        {searchError && <p class="error">Sökningen misslyckades: {searchError}</p>}
        {results && results.length === 0 && <p>Inga ärenden i den lokala historiken matchar sökningen.</p>}
        {results && results.length > 0 && (
          <>
            <h2>Sökresultat ({results.length})</h2>
            <ul class="results">
              {results.map((h) => (
                <SearchResult key={h.caseNumber} history={h} diariumTemplate={diariumTemplate} />
              ))}
            </ul>
          </>
        )}
      </div>

      <h2>På den här sidan</h2>
      {rows.length === 0 && topFrame === 'reading' && <p>Läser sidan …</p>}
      {rows.length === 0 && topFrame === 'unavailable' && <p>Tillägget läser inte den här sidan.</p>}
      {rows.length === 0 && topFrame === 'answered' && <p>Inga diarienummer hittades på sidan.</p>}
      {tabId !== null && rows.length > 0 && (
        <ul class="page-references">
          {rows.map((r) => (
            <li key={r.caseNumber}>
              <button type="button" onClick={() => void show(tabId, r)}>
                {r.caseNumber}
                {r.count > 1 ? ` (${r.count} ställen)` : ''}
                {r.known ? '' : ' – finns inte i historiken'}
              </button>
            </li>
          ))}
        </ul>
      )}
      {rows.length > 0 && (
        <p class="hint">
          På sidan: <kbd>Alt</kbd>+<kbd>Skift</kbd>+<kbd>D</kbd> går till diarienumren, piltangenterna mellan dem och <kbd>Esc</kbd> tillbaka.
        </p>
      )}

      <h2>Synkronisering</h2>
      <SyncStatusView status={status} />
      <button type="button" class="link-button" onClick={() => void browser.runtime.openOptionsPage()}>
        Inställningar och synkronisering
      </button>
    </main>
  );
}
