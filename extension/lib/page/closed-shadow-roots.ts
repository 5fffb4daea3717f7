import { browser } from 'wxt/browser';
import { openShadowRootOf, type ShadowRootOf } from './text-runs.ts';

type ClosedRootReader = (el: HTMLElement) => ShadowRoot | null;

/**
 * How this browser shows an extension a closed shadow root: Chromium through `dom`, Firefox
 * through an Element property that only extensions' content scripts have.
 */
function closedRootReader(): ClosedRootReader | null {
  const dom = (browser as { dom?: { openOrClosedShadowRoot?: (el: HTMLElement) => unknown } }).dom;
  if (dom?.openOrClosedShadowRoot) return (el) => (dom.openOrClosedShadowRoot!(el) as ShadowRoot | null) ?? null;
  if ('openOrClosedShadowRoot' in Element.prototype) return (el) => (el as HTMLElement & { openOrClosedShadowRoot: ShadowRoot | null }).openOrClosedShadowRoot;
  return null;
}

/**
 * The shadow root an element hosts, closed ones included. Closed roots are asked of custom
 * elements only (a hyphen in the name): web components are where pages close their roots, and
 * asking the extension API of each of a page's tens of thousands of elements would cost the scan
 * more than it walks.
 */
export function shadowRootOfWithClosed(): ShadowRootOf {
  const closed = closedRootReader();
  if (!closed) return openShadowRootOf;
  return (el) => el.shadowRoot ?? (el.localName.includes('-') && el instanceof HTMLElement ? closed(el) : null);
}
