import { describe, expect, it } from 'vitest';
import { PointerSpeed, SWEEP_PX_PER_MS } from '../../lib/card-intent/pointer-speed';

/** A pointer that has moved along x at `pxPerMs` for a while, one event every 16 ms. */
function movingAt(pxPerMs: number): PointerSpeed {
  const speed = new PointerSpeed();
  for (let time = 1000; time <= 1320; time += 16) speed.moved({ x: (time - 1000) * pxPerMs, y: 0, time });
  return speed;
}

describe('PointerSpeed', () => {
  it('calls a pointer moving at reading speed reading, and one faster than the sweep speed sweeping', () => {
    expect(movingAt(SWEEP_PX_PER_MS * 0.9).sweeping).toBe(false);
    expect(movingAt(SWEEP_PX_PER_MS * 1.1).sweeping).toBe(true);
  });

  it('smooths over a few events: one fast move after a still pointer is not yet a sweep', () => {
    const speed = movingAt(0);
    speed.moved({ x: 2 * 16 * SWEEP_PX_PER_MS * 0.9, y: 0, time: 1336 });
    expect(speed.sweeping).toBe(false);
  });

  it('rests once stopped, whatever its last speed', () => {
    const speed = movingAt(5);
    speed.stopped();
    expect(speed.sweeping).toBe(false);
  });

  it('remembers where the pointer was last seen', () => {
    const speed = new PointerSpeed();
    speed.moved({ x: 12, y: 34, time: 5 });
    expect(speed.position).toEqual({ x: 12, y: 34 });
  });
});
