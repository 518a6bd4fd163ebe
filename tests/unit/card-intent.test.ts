import { beforeEach, describe, expect, it } from 'vitest';
import { CardIntent, type CardAction, type CardTimings } from '../../lib/card-intent/card-intent';
import { SETTLE_MS } from '../../lib/card-intent/pointer-speed';

/** A mark under the pointer, and the line of it there (what the page script hands in). */
interface TestHit {
  mark: { termId: string };
  line: number;
}

const ms = { termId: 'ms' };
const dmt = { termId: 'dmt' };
const onMs: TestHit = { mark: ms, line: 1 };
const onDmt: TestHit = { mark: dmt, line: 3 };

const DWELL_MS = 150;
const GRACE_MS = 300;

/**
 * The machine on a pretend page: a fake clock, one timer that wakes it at `wakeAt`, a card that
 * opens and closes at once, and a pointer over `under` (what a hit-test finds, asked for by `look`).
 * Every action the machine answers is kept in `done`.
 */
class FakePage {
  now = 1000;
  timings: CardTimings = { dwellMs: DWELL_MS, graceMs: GRACE_MS };
  cardOpen = false;
  /** The card shows only when `cardArrives` is called (its entry comes from the background), not at once. */
  cardLoadsLate = false;
  readonly done: CardAction<TestHit>[] = [];
  readonly intent = new CardIntent<TestHit>(
    () => this.now,
    () => this.timings,
  );
  private under: TestHit | undefined;
  private x = 0;

  /** The pointer moves `px` to the right over `ms` milliseconds and comes to be over `hit`; that frame's hit-test follows. */
  move(hit: TestHit | undefined, { px = 2, ms = 16 } = {}): void {
    this.wait(ms);
    this.x += px;
    this.under = hit;
    this.run(this.intent.pointerMoved({ x: this.x, y: 0, time: this.now }));
    this.run(this.intent.pointerOver(hit, this.cardOpen));
  }

  /** A fast sweep: about 5 px per ms, well above reading speed. */
  sweep(hit: TestHit | undefined): void {
    this.move(hit, { px: 80, ms: 16 });
  }

  /** Lets time pass, waking the machine at each of its deadlines as the page script's timer does. */
  wait(ms: number): void {
    const until = this.now + ms;
    for (let at = this.intent.wakeAt; at !== undefined && at <= until; at = this.intent.wakeAt) {
      this.now = at;
      this.run(this.intent.wake());
    }
    this.now = until;
  }

  enterCard(): void {
    this.run(this.intent.pointerOnCard(true));
  }

  leaveCard(): void {
    this.run(this.intent.pointerOnCard(false));
  }

  click(hit: TestHit | undefined): void {
    this.run(this.intent.clicked(hit, this.cardOpen));
  }

  escape(): void {
    this.run(this.intent.escapePressed(this.cardOpen));
  }

  /** A card opened by the page script itself (keyboard navigation, a looked-up selection). */
  openedElsewhere(mark: TestHit['mark'] | undefined): void {
    this.run(this.intent.cardOpened(mark, true));
    this.cardOpen = true;
  }

  /** The late card's entry has come: it shows now. */
  cardArrives(): void {
    this.cardOpen = true;
  }

  /** The card's close button. */
  closeButton(): void {
    this.run(this.intent.close());
  }

  private run(actions: CardAction<TestHit>[]): void {
    for (const action of actions) {
      this.done.push(action);
      if (action.type === 'open') this.cardOpen = !this.cardLoadsLate;
      if (action.type === 'close') this.cardOpen = false;
      if (action.type === 'look') this.run(this.intent.pointerOver(this.under, this.cardOpen));
    }
  }

  /** The actions other than `prepare` and `look`: what a person would see. */
  get seen(): CardAction<TestHit>[] {
    return this.done.filter((action) => action.type === 'open' || action.type === 'close');
  }
}

const opened = (hit: TestHit, pinned = false): CardAction<TestHit> => ({ type: 'open', hit, pinned });
const closed: CardAction<TestHit> = { type: 'close' };

let page: FakePage;
beforeEach(() => {
  page = new FakePage();
});

/** The open card of `ms` stays exactly `wait` more milliseconds, then closes: not a millisecond sooner. */
function expectClosesAfter(wait: number): void {
  page.wait(wait - 1);
  expect(page.seen).toEqual([opened(onMs)]);
  page.wait(1);
  expect(page.seen).toEqual([opened(onMs), closed]);
}

/** The card of `ms` is still the only thing seen long after every grace and dwell. */
function expectStaysOpen(): void {
  page.wait(10_000);
  expect(page.seen).toEqual([opened(onMs)]);
}

/** The pointer comes to rest on `hit` and its card opens after the dwell. */
function restAndOpen(hit: TestHit): void {
  page.move(hit);
  page.wait(DWELL_MS);
  expect(page.seen.at(-1)).toEqual(opened(hit));
}

describe('dwell: a card opens only once the pointer rests on a term', () => {
  it('opens after the dwell and not a millisecond before', () => {
    page.move(onMs);
    expect(page.done).toEqual([{ type: 'prepare', hit: onMs }]);
    page.wait(DWELL_MS - 1);
    expect(page.seen).toEqual([]);
    page.wait(1);
    expect(page.seen).toEqual([opened(onMs)]);
  });

  it('takes the dwell from the settings when it starts', () => {
    page.timings = { dwellMs: 400, graceMs: GRACE_MS };
    page.move(onMs);
    page.wait(399);
    expect(page.seen).toEqual([]);
    page.wait(1);
    expect(page.seen).toEqual([opened(onMs)]);
  });

  it('keeps counting while the pointer moves slowly within the same term', () => {
    page.move(onMs);
    page.move(onMs, { ms: 100 });
    page.wait(DWELL_MS - 100 - 1);
    expect(page.seen).toEqual([]);
    page.wait(1);
    expect(page.seen).toEqual([opened(onMs)]);
  });

  it('opens the card beside the line where the dwell started', () => {
    page.move(onMs);
    page.move({ mark: ms, line: 2 }, { ms: 50 });
    page.wait(DWELL_MS);
    expect(page.seen).toEqual([opened(onMs)]);
  });

  it('starts again for another term, and the first one never opens', () => {
    page.move(onMs);
    page.move(onDmt, { ms: 100 });
    page.wait(DWELL_MS - 1);
    expect(page.seen).toEqual([]);
    page.wait(1);
    expect(page.seen).toEqual([opened(onDmt)]);
  });

  it('is cancelled when the pointer leaves the term first', () => {
    page.move(onMs);
    page.move(undefined, { ms: 100 });
    page.wait(10_000);
    expect(page.seen).toEqual([]);
  });
});

describe('sweeping past', () => {
  it('opens nothing, and loads nothing, while the pointer travels over terms', () => {
    page.sweep(undefined);
    page.sweep(onMs);
    page.sweep(onDmt);
    page.sweep(undefined);
    page.wait(10_000);
    expect(page.done.filter((action) => action.type !== 'look')).toEqual([]);
  });

  it('opens the term a sweep stopped on, once the pointer has been still and then rested for the dwell', () => {
    page.sweep(undefined);
    page.sweep(onMs);
    page.wait(SETTLE_MS - 1);
    expect(page.done).toEqual([]);
    page.wait(1);
    expect(page.done).toEqual([{ type: 'look' }, { type: 'prepare', hit: onMs }]);
    page.wait(DWELL_MS - 1);
    expect(page.seen).toEqual([]);
    page.wait(1);
    expect(page.seen).toEqual([opened(onMs)]);
  });

  it('starts the dwell once the pointer slows down over the term it swept onto', () => {
    page.sweep(undefined);
    page.sweep(onMs);
    page.move(onMs, { px: 0 });
    page.move(onMs, { px: 0 });
    expect(page.done).toEqual([{ type: 'prepare', hit: onMs }]);
    page.wait(DWELL_MS);
    expect(page.seen).toEqual([opened(onMs)]);
  });
});

describe('grace: time to reach the card', () => {
  it('keeps the card while the pointer goes from the term onto the card within the grace', () => {
    restAndOpen(onMs);
    page.move(undefined);
    page.wait(GRACE_MS - 1);
    page.enterCard();
    expectStaysOpen();
  });

  it('closes the card the grace after the pointer left the term, and not before', () => {
    restAndOpen(onMs);
    page.move(undefined);
    expectClosesAfter(GRACE_MS);
  });

  it('counts the grace from the first move off the term, not the latest', () => {
    restAndOpen(onMs);
    page.move(undefined);
    page.move(undefined, { ms: 200 });
    expectClosesAfter(GRACE_MS - 200);
  });

  it('takes the grace from the settings when it starts', () => {
    restAndOpen(onMs);
    page.timings = { dwellMs: DWELL_MS, graceMs: 1000 };
    page.move(undefined);
    expectClosesAfter(1000);
  });

  it('closes the card the grace after the pointer left the card', () => {
    restAndOpen(onMs);
    page.move(undefined);
    page.enterCard();
    page.wait(1000);
    page.leaveCard();
    expectClosesAfter(GRACE_MS);
  });

  it('keeps the card when the pointer comes back to its term within the grace', () => {
    restAndOpen(onMs);
    page.move(undefined);
    page.move(onMs, { ms: 100 });
    expectStaysOpen();
  });

  it('keeps the card when the pointer comes back onto the card within the grace', () => {
    restAndOpen(onMs);
    page.enterCard();
    page.leaveCard();
    page.wait(GRACE_MS - 1);
    page.enterCard();
    expectStaysOpen();
  });

  it('gives the whole grace again when the pointer leaves the card it reached within the grace', () => {
    restAndOpen(onMs);
    page.move(undefined);
    page.wait(100);
    page.enterCard();
    page.leaveCard();
    expectClosesAfter(GRACE_MS);
  });

  it('looks at no term under the card while the pointer is on it', () => {
    restAndOpen(onMs);
    page.enterCard();
    page.move(onDmt);
    expectStaysOpen();
  });

  it('switches to the next term the pointer rests on, without closing in between', () => {
    restAndOpen(onMs);
    page.move(onDmt);
    page.wait(DWELL_MS);
    page.wait(10_000);
    expect(page.seen).toEqual([opened(onMs), opened(onDmt)]);
  });
});

describe('clicks, keys and cards opened elsewhere', () => {
  it('opens a pinned card at once on a click on a term', () => {
    page.click(onMs);
    expect(page.seen).toEqual([opened(onMs, true)]);
  });

  it('keeps a pinned card however the pointer wanders, and opens no other by hover', () => {
    page.click(onMs);
    page.move(undefined);
    page.move(onDmt);
    page.enterCard();
    page.leaveCard();
    page.wait(10_000);
    expect(page.done).toEqual([opened(onMs, true)]);
  });

  it('cancels a running dwell when a click opens a card', () => {
    page.move(onMs);
    page.click(onDmt);
    page.wait(10_000);
    expect(page.seen).toEqual([opened(onDmt, true)]);
  });

  it('closes the card on a click elsewhere, and does nothing when no card is open', () => {
    page.click(undefined);
    expect(page.done).toEqual([]);
    page.click(onMs);
    page.click(undefined);
    expect(page.seen).toEqual([opened(onMs, true), closed]);
  });

  it('closes an open card, pinned or not, on Esc, and does nothing when none is open', () => {
    page.escape();
    expect(page.done).toEqual([]);
    restAndOpen(onMs);
    page.escape();
    page.click(onDmt);
    page.escape();
    expect(page.seen).toEqual([opened(onMs), closed, opened(onDmt, true), closed]);
  });

  it('treats a card opened from the keyboard as pinned and cancels the dwell that was running', () => {
    page.move(onMs);
    page.openedElsewhere(dmt);
    page.move(undefined);
    page.wait(10_000);
    expect(page.seen).toEqual([]);
    page.escape();
    expect(page.seen).toEqual([closed]);
  });

  it('closes a card without a term (a "not found" note) on a click elsewhere', () => {
    page.openedElsewhere(undefined);
    page.move(onMs);
    page.wait(10_000);
    page.click(undefined);
    expect(page.seen).toEqual([closed]);
  });

  it('forgets the open card and the pin when the card closes, so hover opens cards again', () => {
    page.click(onMs);
    page.closeButton();
    expect(page.intent.wakeAt).toBeUndefined();
    restAndOpen(onDmt);
  });
});

describe('edges a person can reach', () => {
  it('forgets a dwell begun on another term once the pointer is back on the open one', () => {
    restAndOpen(onMs);
    page.move(onDmt);
    page.move(onMs);
    page.wait(DWELL_MS * 2);
    expect(page.seen).toEqual([opened(onMs)]);
  });

  it('goes on opening cards on hover after a card was closed with the pointer on it', () => {
    restAndOpen(onMs);
    page.enterCard();
    page.escape(); // the card is gone; no pointerleave comes from a card that is no longer there
    page.move(onDmt);
    page.wait(DWELL_MS);
    expect(page.seen).toEqual([opened(onMs), closed, opened(onDmt)]);
  });

  it('closes a card whose entry arrived after the pointer had left its term', () => {
    page.cardLoadsLate = true;
    page.move(onMs);
    page.wait(DWELL_MS);
    page.move(undefined); // gone before the card could show
    page.cardArrives();
    page.wait(GRACE_MS);
    expect(page.seen).toEqual([opened(onMs), closed]);
  });
});
