import type { HoverIntent } from '../../lib/page/hover-intent.ts';
import { referenceRects } from '../../lib/page/hit-test.ts';
import type { FoundReference } from '../../lib/page/found-reference.ts';
import type { ReferenceUi } from './reference-ui.tsx';
import type { ScannedPage } from './scan-page.ts';

/** Alt+Shift+D ("diarienummer") moves focus to the references; announced in the popup and README. */
function isShortcut(event: KeyboardEvent): boolean {
  return event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey && event.code === 'KeyD';
}

export interface KeyboardReferences {
  /** Focuses a reference and opens its card; used by the shortcut and by the popup's list. */
  enter(ref: FoundReference): void;
}

/**
 * The keyboard way to references that are highlights, not elements: a shortcut moves focus to a
 * focus ring in our shadow root drawn over the reference nearest the top of the view; the arrow
 * keys move it between references; the card opens on focus and is the ring's description;
 * Escape closes the card, and Escape again gives focus back to where it was. Only the user's own
 * keys count: events a page's script dispatches (not `isTrusted`) are ignored.
 */
export function keyboardReferences(doc: Document, page: ScannedPage, ui: ReferenceUi, intent: HoverIntent<FoundReference>): KeyboardReferences {
  const win = doc.defaultView!;
  let returnTo: Element | null = null;

  const focusOn = (ref: FoundReference) => {
    const rect = referenceRects(ref)[0];
    if (rect && (rect.top < 0 || rect.bottom > win.innerHeight)) win.scrollBy({ top: rect.top - win.innerHeight / 3 });
    ui.setFocus(ref);
    intent.showNow(ref);
  };

  const leave = (restoreFocus: boolean) => {
    if (!ui.focusedReference) return;
    intent.hideNow();
    ui.setFocus(null);
    if (restoreFocus && returnTo instanceof HTMLElement) returnTo.focus({ preventScroll: true });
    returnTo = null;
  };

  const enter = (ref: FoundReference) => {
    if (!ui.focusedReference) returnTo = doc.activeElement;
    focusOn(ref);
  };

  const step = (by: number) => {
    const refs = page.registry.inOrder();
    const current = ui.focusedReference;
    const at = current ? refs.indexOf(current) : -1;
    const next = refs[(at + by + refs.length) % refs.length];
    if (next) focusOn(next);
  };

  win.addEventListener(
    'keydown',
    (event) => {
      if (!event.isTrusted) return;
      if (isShortcut(event)) {
        const refs = page.registry.inOrder();
        const visible = refs.find((r) => (referenceRects(r)[0]?.bottom ?? -1) > 0) ?? refs[0];
        if (!visible) return;
        event.preventDefault();
        enter(visible);
      } else if (event.key === 'Escape' && intent.current && !ui.focusedReference) {
        intent.hideNow();
      }
    },
    { capture: true },
  );

  ui.shadow.addEventListener('focusout', (event) => {
    if (event.isTrusted && !ui.contains((event as FocusEvent).relatedTarget as Node | null)) leave(false);
  });

  // Keys on the focus ring.
  ui.on('proxyKey', (event) => {
    if (!event.isTrusted) return;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowRight':
        step(1);
        break;
      case 'ArrowUp':
      case 'ArrowLeft':
        step(-1);
        break;
      case 'Enter':
      case ' ':
        if (intent.current) intent.hideNow();
        else if (ui.focusedReference) intent.showNow(ui.focusedReference);
        break;
      case 'Escape':
        if (intent.current) intent.hideNow();
        else leave(true);
        break;
      default:
        return;
    }
    event.preventDefault();
    event.stopPropagation();
  });
  return { enter };
}
