import { render } from 'preact';
import { caseKey } from '../../../core/casenumber/case-key.ts';
import css from '../../components/hover-card.css?inline';
import { ReferenceLayer, type Anchor } from '../../components/reference-layer.tsx';
import { referenceFirstLine } from '../../lib/page/hit-test.ts';
import type { FoundReference } from '../../lib/page/found-reference.ts';
import { OWN_HOST_TAG } from '../../lib/page/own-names.ts';
import type { HistoryCache } from './history-cache.ts';

export interface ReferenceUiOptions {
  cache: HistoryCache;
  diariumUrl: (caseNumber: string) => string | null;
}

/** What happens in our layer that hover intent and the keyboard code act on. */
export interface ReferenceUiEvents {
  /** The pointer entered (true) or left (false) the card. */
  cardPointer: boolean;
  /** A key pressed on the focus ring. */
  proxyKey: KeyboardEvent;
}

type Listeners = { [E in keyof ReferenceUiEvents]: ((value: ReferenceUiEvents[E]) => void)[] };

function anchorOf(ref: FoundReference): Anchor | null {
  const rect = referenceFirstLine(ref);
  if (!rect) return null;
  return { caseNumber: ref.canonical, rect };
}

/**
 * Our own corner of the page: a custom element appended to <html> (outside <body>, which
 * frameworks own) holding a closed shadow root, so the page's CSS cannot reach the card, the
 * card's CSS cannot reach the page, and the page's scripts cannot read the card: its history is
 * the extension's, not the page's. The element's name is random (own-names.ts).
 */
export class ReferenceUi {
  readonly host: HTMLElement;
  readonly shadow: ShadowRoot;
  private readonly container: HTMLElement;
  private readonly options: ReferenceUiOptions;
  private readonly listeners: Listeners = { cardPointer: [], proxyKey: [] };
  private card: FoundReference | null = null;
  private focus: FoundReference | null = null;
  private frame = 0;

  constructor(doc: Document, options: ReferenceUiOptions) {
    this.options = options;
    this.host = doc.createElement(OWN_HOST_TAG);
    this.shadow = this.host.attachShadow({ mode: 'closed' });
    const style = doc.createElement('style');
    style.textContent = css;
    this.container = doc.createElement('div');
    this.shadow.append(style, this.container);
    doc.documentElement.append(this.host);
    const follow = () => {
      if (!this.card && !this.focus) return;
      cancelAnimationFrame(this.frame);
      this.frame = requestAnimationFrame(() => this.render());
    };
    doc.defaultView?.addEventListener('scroll', follow, { capture: true, passive: true });
    doc.defaultView?.addEventListener('resize', follow, { passive: true });
    options.cache.onAnswer((numbers) => {
      const card = this.card && caseKey(this.card.canonical);
      if (card && numbers.some((n) => caseKey(n) === card)) this.render();
    });
  }

  get cardReference(): FoundReference | null {
    return this.card;
  }

  get focusedReference(): FoundReference | null {
    return this.focus;
  }

  showCard(ref: FoundReference | null): void {
    this.card = ref;
    this.render();
  }

  setFocus(ref: FoundReference | null): void {
    this.focus = ref;
    this.render();
    if (ref) this.shadow.querySelector<HTMLButtonElement>('.focus-proxy')?.focus({ preventScroll: true });
  }

  /** Calls `listener` whenever `event` happens in our layer. */
  on<E extends keyof ReferenceUiEvents>(event: E, listener: (value: ReferenceUiEvents[E]) => void): void {
    this.listeners[event].push(listener);
  }

  private emit<E extends keyof ReferenceUiEvents>(event: E, value: ReferenceUiEvents[E]): void {
    for (const listener of this.listeners[event]) listener(value);
  }

  /** Whether a node (an event target, a focus target) is part of our layer. */
  contains(node: Node | null): boolean {
    return node !== null && (node === this.host || this.shadow.contains(node));
  }

  render(): void {
    const card = this.card && anchorOf(this.card);
    const focus = this.focus && anchorOf(this.focus);
    render(
      <ReferenceLayer
        card={
          card && this.card
            ? {
                ...card,
                history: this.options.cache.get(this.card.canonical),
                diariumUrl: this.options.diariumUrl(this.card.canonical),
              }
            : null
        }
        focus={focus}
        onCardPointer={(inside) => this.emit('cardPointer', inside)}
        onProxyKey={(event) => this.emit('proxyKey', event)}
      />,
      this.container,
    );
  }
}
