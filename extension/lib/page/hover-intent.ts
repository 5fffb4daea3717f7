/** The pointer rests on a target this long before its card shows: long enough that passing over shows nothing, in the range Wikipedia's page previews use. */
export const SHOW_DELAY_MS = 300;
/** Grace period after the pointer leaves target and card, so it can cross the gap into the card. */
export const HIDE_DELAY_MS = 300;

/** The card: none, shown while the pointer is on its target or on it, or leaving once the pointer has gone. */
type CardState<T> =
  | { phase: 'idle' }
  | { phase: 'shown'; target: T; inCard: boolean }
  | { phase: 'leaving'; target: T; hideTimer: number };

/**
 * Where hover intent stands, in the states of Wikipedia's page previews. While the pointer rests
 * on a target whose card is not shown yet (pending), the card underneath goes on as it was: a card
 * shown for another target stays until the new one shows, and may still hide.
 */
type HoverState<T> = CardState<T> | { phase: 'pending'; target: T; showTimer: number; under: CardState<T> };

export interface HoverIntentOptions<T> {
  /** The card shows after this many milliseconds; SHOW_DELAY_MS when not given. */
  showDelay?: number;
  /** The card hides this many milliseconds after the pointer left; HIDE_DELAY_MS when not given. */
  hideDelay?: number;
  show: (target: T) => void;
  hide: () => void;
  setTimer?: (fn: () => void, ms: number) => number;
  clearTimer?: (id: number) => void;
}

/**
 * Hover intent in the manner of Wikipedia's page previews: passing over a target shows nothing;
 * resting on it shows the card after a delay; leaving it or the card hides the card only after a
 * grace period, which entering either cancels.
 */
export class HoverIntent<T> {
  private readonly options: Required<HoverIntentOptions<T>>;
  private state: HoverState<T> = { phase: 'idle' };

  constructor(options: HoverIntentOptions<T>) {
    this.options = {
      showDelay: SHOW_DELAY_MS,
      hideDelay: HIDE_DELAY_MS,
      setTimer: (fn, ms) => window.setTimeout(fn, ms),
      clearTimer: (id) => window.clearTimeout(id),
      ...options,
    };
  }

  /** The target whose card is shown, or null. */
  get current(): T | null {
    const card = this.cardState();
    return card.phase === 'idle' ? null : card.target;
  }

  /** The target now under the pointer, or null; call on every pointer move. */
  over(target: T | null): void {
    if (target === null) {
      this.setCard(this.leave(this.cardState()));
      return;
    }
    if (this.state.phase === 'pending' && target === this.state.target) return;
    const card = this.cardState();
    if (card.phase !== 'idle' && target === card.target) {
      this.setCard(this.stay(card, card.phase === 'shown' && card.inCard));
      return;
    }
    this.setCard(card);
    const showTimer = this.options.setTimer(() => this.showNow(target), this.options.showDelay);
    this.state = { phase: 'pending', target, showTimer, under: card };
  }

  /** Pointer entered (true) or left (false) the card. */
  card(inside: boolean): void {
    let card = this.cardState();
    if (inside) card = this.stay(card, true);
    else if (card.phase === 'shown') card = this.leave({ ...card, inCard: false });
    if (this.state.phase === 'pending') this.state = { ...this.state, under: card };
    else this.state = card;
  }

  /** Show at once, as on keyboard focus. */
  showNow(target: T): void {
    const card = this.cardState();
    this.cancelTimers();
    this.state = { phase: 'shown', target, inCard: card.phase === 'shown' && card.inCard };
    this.options.show(target);
  }

  /** Hide at once, as on Escape. */
  hideNow(): void {
    const card = this.cardState();
    this.cancelTimers();
    this.state = { phase: 'idle' };
    if (card.phase !== 'idle') this.options.hide();
  }

  /** The card's own state, under a pending show. */
  private cardState(): CardState<T> {
    return this.state.phase === 'pending' ? this.state.under : this.state;
  }

  /** Makes `card` the whole state, cancelling a pending show. */
  private setCard(card: CardState<T>): void {
    if (this.state.phase === 'pending') this.options.clearTimer(this.state.showTimer);
    this.state = card;
  }

  private cancelTimers(): void {
    const card = this.cardState();
    if (card.phase === 'leaving') this.options.clearTimer(card.hideTimer);
    if (this.state.phase === 'pending') this.options.clearTimer(this.state.showTimer);
  }

  /** The card kept: a running hide is cancelled. */
  private stay(card: CardState<T>, inCard: boolean): CardState<T> {
    if (card.phase === 'idle') return card;
    if (card.phase === 'leaving') this.options.clearTimer(card.hideTimer);
    return { phase: 'shown', target: card.target, inCard };
  }

  /** The card after the pointer left its target or the card itself: it hides after the grace period unless the pointer is in it. */
  private leave(card: CardState<T>): CardState<T> {
    if (card.phase !== 'shown' || card.inCard) return card;
    const hideTimer = this.options.setTimer(() => this.hideNow(), this.options.hideDelay);
    return { phase: 'leaving', target: card.target, hideTimer };
  }
}
