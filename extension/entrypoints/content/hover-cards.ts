import { DEMO_BUILD } from '../../lib/demo-build.ts';
import { referenceAtPoint } from '../../lib/page/hit-test.ts';
import { HoverIntent } from '../../lib/page/hover-intent.ts';
import type { FoundReference } from '../../lib/page/found-reference.ts';
import type { ReferenceUi } from './reference-ui.tsx';
import type { ScannedPage } from './scan-page.ts';

/**
 * Shows a reference's card when the pointer rests on it. Hit-testing replaces event listeners on
 * the references themselves, which do not exist as elements: one passive pointermove listener on
 * the window, read once per frame. Only the user's own pointer counts: events a page's script
 * dispatches (not `isTrusted`) are ignored, so a page cannot open cards to probe the history.
 */
export function hoverCards(doc: Document, page: ScannedPage, ui: ReferenceUi): HoverIntent<FoundReference> {
  const win = doc.defaultView!;
  const intent = new HoverIntent<FoundReference>({
    show: (ref) => {
      if (DEMO_BUILD) performance.mark('protokoll-dnr:intent');
      ui.showCard(ref);
      if (DEMO_BUILD) markPainted(win, ui);
    },
    hide: () => ui.showCard(null),
  });

  let frame = 0;
  let last: PointerEvent | null = null;
  win.addEventListener(
    'pointermove',
    (event) => {
      if (!event.isTrusted) return;
      last = event;
      if (frame) return;
      frame = win.requestAnimationFrame(() => {
        frame = 0;
        if (!last || ui.contains(last.composedPath()[0] as Node)) return;
        intent.over(referenceAtPoint(doc, last.clientX, last.clientY, page.registry, page.shadowRoots));
      });
    },
    { passive: true },
  );
  doc.documentElement.addEventListener('pointerleave', (event) => event.isTrusted && intent.over(null), { passive: true });
  ui.on('cardPointer', (inside) => intent.card(inside));
  return intent;
}

/**
 * Marks when the card has been laid out (the work before its first paint) and when the frame
 * that paints it has gone; the page-card benchmark reads these user-timing marks. The demo build
 * only: a page reads the performance timeline it shares with us, and the marks would tell it that
 * the extension is there and when a card opened.
 */
function markPainted(win: Window, ui: ReferenceUi): void {
  ui.shadow.querySelector('.card')?.getBoundingClientRect();
  performance.mark('protokoll-dnr:laid-out');
  win.requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => performance.mark('protokoll-dnr:painted');
    channel.port2.postMessage(null);
  });
}
