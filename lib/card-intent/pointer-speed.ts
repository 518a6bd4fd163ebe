/**
 * Whether the pointer is travelling or reading, from how fast it moved over its last few events.
 * Pure, so it can be unit-tested without a browser; the page script feeds it pointer events.
 */

/**
 * Above this speed the pointer is travelling, not reading: no card starts its dwell. 10ten Reader
 * hides its popup the same way while the mouse moves fast. About a screen width per second.
 */
export const SWEEP_PX_PER_MS = 1.2;
/** A pointer that sends no move for this long has stopped, whatever its last speed was. */
export const SETTLE_MS = 80;
/** One sample counts at most this fast, however far the pointer jumped between two events. */
const MAX_SAMPLE_PX_PER_MS = 10;

/** A pointer position in viewport pixels, at `time` ms (the event's timeStamp). */
export interface PointerSample {
  x: number;
  y: number;
  time: number;
}

export class PointerSpeed {
  private last: PointerSample = { x: 0, y: 0, time: 0 };
  /** Smoothed over the last few events. */
  private pxPerMs = 0;

  moved(sample: PointerSample): void {
    const elapsed = Math.max(1, sample.time - this.last.time);
    const distance = Math.hypot(sample.x - this.last.x, sample.y - this.last.y);
    this.pxPerMs = 0.5 * this.pxPerMs + 0.5 * Math.min(distance / elapsed, MAX_SAMPLE_PX_PER_MS);
    this.last = sample;
  }

  /** The pointer sent no move for SETTLE_MS: it rests, whatever its last speed was. */
  stopped(): void {
    this.pxPerMs = 0;
  }

  get sweeping(): boolean {
    return this.pxPerMs > SWEEP_PX_PER_MS;
  }

  /** Where the pointer was last seen. */
  get position(): { x: number; y: number } {
    return { x: this.last.x, y: this.last.y };
  }
}
