import { describe, expect, it } from 'vitest';
import { CARD_GAP_PX, placeCard } from '../../lib/layout/place-card';

const viewport = { width: 1000, height: 800 };
const card = { width: 400, height: 300 };

describe('placeCard', () => {
  it('puts the card below the term, aligned with its left edge', () => {
    const anchor = { left: 100, top: 100, width: 60, height: 20 };
    expect(placeCard(anchor, card, viewport)).toEqual({ left: 100, top: 120 + CARD_GAP_PX, side: 'below', maxHeight: 800 - 120 - 2 * CARD_GAP_PX });
  });

  it('flips above when there is no room below and more room above', () => {
    const anchor = { left: 100, top: 700, width: 60, height: 20 };
    const placement = placeCard(anchor, card, viewport);
    expect(placement.side).toBe('above');
    expect(placement.top + card.height).toBe(700 - CARD_GAP_PX);
  });

  it('slides left at the right edge and never past the left edge', () => {
    expect(placeCard({ left: 900, top: 100, width: 60, height: 20 }, card, viewport).left).toBe(1000 - 400 - CARD_GAP_PX);
    expect(placeCard({ left: -50, top: 100, width: 60, height: 20 }, card, viewport).left).toBe(CARD_GAP_PX);
  });

  it('never covers the term: a card taller than either side is capped to that side', () => {
    const tall = { width: 400, height: 2000 };
    const anchor = { left: 100, top: 300, width: 60, height: 20 };
    const placement = placeCard(anchor, tall, viewport);
    expect(placement.side).toBe('below');
    expect(placement.top).toBeGreaterThanOrEqual(anchor.top + anchor.height);
    expect(placement.top + placement.maxHeight).toBeLessThanOrEqual(viewport.height);
  });
});
