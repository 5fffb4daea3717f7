import { describe, expect, it } from 'vitest';
import { HoverIntent } from '../../extension/lib/page/hover-intent.ts';

/** A manual clock: timers fire only when the test advances time. */
function clock() {
  let now = 0;
  let next = 1;
  const timers = new Map<number, { at: number; fn: () => void }>();
  return {
    setTimer: (fn: () => void, ms: number) => {
      timers.set(next, { at: now + ms, fn });
      return next++;
    },
    clearTimer: (id: number) => void timers.delete(id),
    advance(ms: number) {
      now += ms;
      for (const [id, t] of [...timers].sort((a, b) => a[1].at - b[1].at)) {
        if (t.at > now) continue;
        timers.delete(id);
        t.fn();
      }
    },
  };
}

function setup() {
  const c = clock();
  const log: string[] = [];
  const intent = new HoverIntent<string>({
    showDelay: 300,
    hideDelay: 300,
    show: (t) => log.push(`show ${t}`),
    hide: () => log.push('hide'),
    setTimer: c.setTimer,
    clearTimer: c.clearTimer,
  });
  return { c, log, intent };
}

describe('hover intent', () => {
  it('shows nothing while the pointer passes over', () => {
    const { c, log, intent } = setup();
    intent.over('a');
    c.advance(150);
    intent.over(null);
    c.advance(1000);
    expect(log).toEqual([]);
  });

  it('shows after the pointer rests for the delay', () => {
    const { c, log, intent } = setup();
    intent.over('a');
    c.advance(100);
    intent.over('a');
    c.advance(199);
    expect(log).toEqual([]);
    c.advance(1);
    expect(log).toEqual(['show a']);
  });

  it('keeps the card while the pointer crosses into it within the grace period, hides after leaving', () => {
    const { c, log, intent } = setup();
    intent.over('a');
    c.advance(300);
    intent.over(null);
    c.advance(200);
    intent.card(true);
    c.advance(1000);
    expect(log).toEqual(['show a']);
    intent.card(false);
    c.advance(299);
    expect(log).toEqual(['show a']);
    c.advance(1);
    expect(log).toEqual(['show a', 'hide']);
  });

  it('moving back onto the reference cancels the hide', () => {
    const { c, log, intent } = setup();
    intent.over('a');
    c.advance(300);
    intent.over(null);
    c.advance(200);
    intent.over('a');
    c.advance(1000);
    expect(log).toEqual(['show a']);
  });

  it('switches to another reference only after resting on it', () => {
    const { c, log, intent } = setup();
    intent.over('a');
    c.advance(300);
    intent.over('b');
    c.advance(100);
    intent.over('c');
    c.advance(300);
    expect(log).toEqual(['show a', 'show c']);
  });

  it('hides at once on Escape and shows at once on focus', () => {
    const { c, log, intent } = setup();
    intent.showNow('a');
    intent.hideNow();
    c.advance(1000);
    expect(log).toEqual(['show a', 'hide']);
    expect(intent.current).toBeNull();
  });
});
