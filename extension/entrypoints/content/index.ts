import { defineContentScript } from 'wxt/utils/define-content-script';
import { CONTENT_SCRIPT } from '../../lib/content-script-declaration.ts';
import { LOOPBACK_PATTERNS } from '../../lib/demo-build.ts';
import { diariumUrl } from '../../lib/extension-settings.ts';
import { shadowRootOfWithClosed } from '../../lib/page/closed-shadow-roots.ts';
import { adoptHighlightStyle } from '../../lib/page/highlight-style.ts';
import { ask, onDataChanged } from '../../lib/messaging.ts';
import { servePopupRequests } from './popup-requests.ts';
import { startPage } from './start-page.ts';

export default defineContentScript({
  // The loopback sites of the demo build (wxt.config.ts drops them from the production package);
  // every other site, an organisation's included, is registered at runtime by the background.
  matches: LOOPBACK_PATTERNS,
  allFrames: CONTENT_SCRIPT.allFrames,
  matchAboutBlank: CONTENT_SCRIPT.matchAboutBlank,
  runAt: CONTENT_SCRIPT.runAt,
  // WXT would otherwise announce each start to the page with a window.postMessage naming the extension's id.
  noScriptStartedPostMessage: true,
  async main() {
    adoptHighlightStyle(document);
    const settingsReply = ask({ type: 'getSettings' });
    if (document.readyState === 'loading') await new Promise((r) => document.addEventListener('DOMContentLoaded', r, { once: true }));
    const reply = await settingsReply;
    let { settings } = reply;
    const started = startPage(document, {
      config: reply.caseNumbers,
      diariumUrl: (caseNumber) => diariumUrl(settings.diariumUrlTemplate, caseNumber),
      fetchHistories: async (caseNumbers) => (await ask({ type: 'histories', caseNumbers })).histories,
      shadowRootOf: shadowRootOfWithClosed(),
    });
    // Frames each run their own copy; the popup asks the tab once and hears from every frame.
    servePopupRequests(started.page, started.cache, started.keyboard, window === window.top);
    onDataChanged(async (what) => {
      // A changed case-number format applies from the next page load: rescanning would be a second full pass.
      if (what === 'settings') settings = (await ask({ type: 'getSettings' })).settings;
      else await started.cache.refresh(started.page.registry.canonicalNumbers());
    });
  },
});
