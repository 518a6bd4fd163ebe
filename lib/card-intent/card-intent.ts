/**
 * When the card opens and closes: the decisions, without the page. Timings follow Wikipedia Page
 * Previews: the card waits for a short dwell, and a grace period lets the pointer travel to the card.
 * Pure so it can be unit-tested with a fake clock (as place-card.ts is without a browser): it sets
 * no timers, it reads the time from `now` and says when it wants to be woken (`wakeAt`). The page
 * script (entrypoints/page-marks/card-trigger.ts) hit-tests the marks, feeds it the person's events
 * and does what it answers.
 */
import { PointerSpeed, SETTLE_MS, type PointerSample } from './pointer-speed';

/** From the settings, read at each use so changes apply at once. */
export interface CardTimings {
  /** The pointer must rest this long on a term before its card opens: passing over text opens nothing. */
  dwellMs: number;
  /** Time to move from the term onto the card before it closes. */
  graceMs: number;
}

/** What a hit-test under the pointer found: a mark (compared by identity) and whatever the card needs to open beside it. */
export interface MarkHit {
  readonly mark: object;
}

/** What to do now. */
export type CardAction<Hit extends MarkHit> =
  /** The pointer started resting on `hit`: its card may follow (time to load what it needs). */
  | { type: 'prepare'; hit: Hit }
  /** Open the card for `hit`; a pinned card stays until Esc, its close button or a click elsewhere. */
  | { type: 'open'; hit: Hit; pinned: boolean }
  | { type: 'close' }
  /** Hit-test the pointer's last position again and report it with `pointerOver`. */
  | { type: 'look' };

interface Dwell<Hit> {
  hit: Hit;
  endsAt: number;
}

/** Every input returns what to do now (often nothing) and may move `wakeAt`. */
export class CardIntent<Hit extends MarkHit> {
  private dwell: Dwell<Hit> | undefined;
  private graceEndsAt: number | undefined;
  private settleAt: number | undefined;
  /** The mark whose card is open; none when no card is open or the open one has no mark (a looked-up selection). */
  private openMark: Hit['mark'] | undefined;
  private pinned = false;
  private onCard = false;
  private readonly speed = new PointerSpeed();

  constructor(
    private readonly now: () => number,
    private readonly timings: () => CardTimings,
  ) {}

  /** When `wake` has something to do; undefined while nothing waits. */
  get wakeAt(): number | undefined {
    const deadlines = [this.dwell?.endsAt, this.graceEndsAt, this.settleAt].filter((at) => at !== undefined);
    return deadlines.length > 0 ? Math.min(...deadlines) : undefined;
  }

  /** Where the pointer was last seen, for the next hit-test. */
  get pointer(): { x: number; y: number } {
    return this.speed.position;
  }

  /**
   * Handles the earliest deadline that has come, if any; one at a time, as separate timers would,
   * so a `look` it asks for is answered before the next deadline is handled.
   */
  wake(): CardAction<Hit>[] {
    const due = this.wakeAt;
    if (due === undefined || due > this.now()) return [];
    if (due === this.settleAt) {
      this.settleAt = undefined;
      this.speed.stopped();
      return [{ type: 'look' }];
    }
    if (this.dwell && due === this.dwell.endsAt) return this.open(this.dwell.hit, false);
    this.graceEndsAt = undefined;
    return !this.onCard && !this.pinned ? this.close() : [];
  }

  /** The pointer moved; a hit-test of its new position follows (`pointerOver`), at most once a frame. */
  pointerMoved(sample: PointerSample): CardAction<Hit>[] {
    this.speed.moved(sample);
    // No further move would tell us it stopped on a term: look again once it has been still.
    this.settleAt = this.speed.sweeping ? this.now() + SETTLE_MS : undefined;
    return [];
  }

  /** What is under the pointer now (`hit`: a mark, or none); `cardOpen`: whether a card is shown. */
  pointerOver(hit: Hit | undefined, cardOpen: boolean): CardAction<Hit>[] {
    if (this.onCard) return [];
    if (!hit) {
      this.dwell = undefined;
      // A card still loading counts as open: otherwise it would show after the pointer left, and stay.
      if ((cardOpen || this.openMark !== undefined) && !this.pinned) this.startGrace();
      return [];
    }
    if (hit.mark === this.openMark) {
      // Back on the open term: neither the grace nor a dwell begun on a term passed on the way counts.
      this.graceEndsAt = undefined;
      this.dwell = undefined;
      return [];
    }
    if (this.pinned || hit.mark === this.dwell?.hit.mark) return [];
    this.dwell = undefined;
    if (this.speed.sweeping) return []; // sweeping past: the next slower move over it starts the dwell
    this.dwell = { hit, endsAt: this.now() + this.timings().dwellMs };
    return [{ type: 'prepare', hit }];
  }

  /** The pointer entered or left the card. */
  pointerOnCard(onCard: boolean): CardAction<Hit>[] {
    this.onCard = onCard;
    if (onCard) this.graceEndsAt = undefined;
    else if (!this.pinned) this.startGrace();
    return [];
  }

  /** A click outside the card, on `hit` (a mark) or on nothing. */
  clicked(hit: Hit | undefined, cardOpen: boolean): CardAction<Hit>[] {
    if (hit) return this.open(hit, true);
    return cardOpen ? this.close() : [];
  }

  escapePressed(cardOpen: boolean): CardAction<Hit>[] {
    return cardOpen ? this.close() : [];
  }

  /**
   * A card was opened without this machine's `open` (keyboard navigation, a looked-up selection, a
   * "not found" note): `mark` is the mark it belongs to, if any.
   */
  cardOpened(mark: Hit['mark'] | undefined, pinned: boolean): CardAction<Hit>[] {
    this.dwell = undefined;
    this.graceEndsAt = undefined;
    this.openMark = mark;
    this.pinned = pinned;
    return [];
  }

  /** Closes the card, whatever opened it (its close button, Esc, a click elsewhere, the grace running out). */
  close(): CardAction<Hit>[] {
    // A hidden card sends no pointerleave: the pointer is not on it any more.
    this.onCard = false;
    this.dwell = undefined;
    this.graceEndsAt = undefined;
    this.openMark = undefined;
    this.pinned = false;
    return [{ type: 'close' }];
  }

  private open(hit: Hit, pinned: boolean): CardAction<Hit>[] {
    this.cardOpened(hit.mark, pinned);
    return [{ type: 'open', hit, pinned }];
  }

  /** A running grace period is not restarted: the card closes that long after the pointer first left. */
  private startGrace(): void {
    this.graceEndsAt ??= this.now() + this.timings().graceMs;
  }
}
