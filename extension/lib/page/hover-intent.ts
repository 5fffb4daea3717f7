export interface HoverIntentOptions<T> {
  /** Pointer rests on a target this long before the card shows. */
  showDelay: number;
  /** Grace period after the pointer leaves target and card, so it can cross the gap into the card. */
  hideDelay: number;
  show: (target: T) => void;
  hide: () => void;
  setTimer?: (fn: () => void, ms: number) => number;
  clearTimer?: (id: number) => void;
}

/**
 * Hover intent in the manner of Wikipedia's page previews: passing over a reference shows
 * nothing; resting on it shows the card after a delay; leaving it or the card hides the card only
 * after a grace period, which entering either cancels.
 */
export class HoverIntent<T> {
  private readonly o: Required<HoverIntentOptions<T>>;
  private pending: T | null = null;
  private shown: T | null = null;
  private inCard = false;
  private showTimer: number | null = null;
  private hideTimer: number | null = null;

  constructor(options: HoverIntentOptions<T>) {
    this.o = {
      setTimer: (fn, ms) => window.setTimeout(fn, ms),
      clearTimer: (id) => window.clearTimeout(id),
      ...options,
    };
  }

  /** The target now under the pointer, or null; call on every pointer move. */
  over(target: T | null): void {
    if (target === null) {
      this.cancelShow();
      if (this.shown !== null && !this.inCard) this.scheduleHide();
      return;
    }
    if (target === this.shown) {
      this.cancelShow();
      this.cancelHide();
      return;
    }
    if (target === this.pending) return;
    this.cancelShow();
    this.pending = target;
    this.showTimer = this.o.setTimer(() => {
      this.showTimer = null;
      this.pending = null;
      this.showNow(target);
    }, this.o.showDelay);
  }

  /** Pointer entered (true) or left (false) the card. */
  card(inside: boolean): void {
    this.inCard = inside;
    if (inside) this.cancelHide();
    else if (this.shown !== null) this.scheduleHide();
  }

  /** Show at once, as on keyboard focus. */
  showNow(target: T): void {
    this.cancelShow();
    this.cancelHide();
    this.shown = target;
    this.o.show(target);
  }

  /** Hide at once, as on Escape. */
  hideNow(): void {
    this.cancelShow();
    this.cancelHide();
    if (this.shown === null) return;
    this.shown = null;
    this.inCard = false;
    this.o.hide();
  }

  get current(): T | null {
    return this.shown;
  }

  private scheduleHide(): void {
    if (this.hideTimer !== null) return;
    this.hideTimer = this.o.setTimer(() => {
      this.hideTimer = null;
      this.hideNow();
    }, this.o.hideDelay);
  }

  private cancelShow(): void {
    if (this.showTimer !== null) this.o.clearTimer(this.showTimer);
    this.showTimer = null;
    this.pending = null;
  }

  private cancelHide(): void {
    if (this.hideTimer !== null) this.o.clearTimer(this.hideTimer);
    this.hideTimer = null;
  }
}
