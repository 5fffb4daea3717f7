import { referenceAtPoint } from '../../lib/page/hit-test.ts';
import { HoverIntent } from '../../lib/page/hover-intent.ts';
import type { FoundReference } from '../../lib/page/found-reference.ts';
import type { ReferenceUi } from './reference-ui.tsx';
import type { ScannedPage } from './scan-page.ts';

/**
 * Shows a reference's card when the pointer rests on it. Hit-testing replaces event listeners on
 * the references themselves, which do not exist as elements: one passive pointermove listener on
 * the window, read once per frame.
 */
export function hoverCards(doc: Document, page: ScannedPage, ui: ReferenceUi): HoverIntent<FoundReference> {
  const win = doc.defaultView!;
  const intent = new HoverIntent<FoundReference>({
    show: (ref) => {
      performance.mark('protokoll-dnr:intent');
      ui.showCard(ref);
      markPainted(win, ui);
    },
    hide: () => ui.showCard(null),
  });

  let frame = 0;
  let last: PointerEvent | null = null;
  win.addEventListener(
    'pointermove',
    (event) => {
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
  doc.documentElement.addEventListener('pointerleave', () => intent.over(null), { passive: true });
  ui.on('cardPointer', (inside) => intent.card(inside));
  return intent;
}

/**
 * Marks when the card has been laid out (the work before its first paint) and when the frame
 * that paints it has gone; the page-card benchmark reads these user-timing marks.
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
