/**
 * Where the card goes: beside the term, never covering it, inside the viewport.
 * Pure so it can be unit-tested without a browser (as 10ten's popup-position.ts is).
 * All coordinates are viewport (client) pixels.
 */
export interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Size {
  width: number;
  height: number;
}

export interface Placement {
  left: number;
  top: number;
  /** Below the term unless it does not fit there and there is more room above. */
  side: 'below' | 'above';
  /** The card scrolls inside this height so it never covers the term or leaves the viewport. */
  maxHeight: number;
}

/** Gap between the term and the card, and between the card and the viewport's edge. */
export const CARD_GAP_PX = 8;

export function placeCard(anchor: Rect, card: Size, viewport: Size): Placement {
  const spaceBelow = viewport.height - (anchor.top + anchor.height) - CARD_GAP_PX * 2;
  const spaceAbove = anchor.top - CARD_GAP_PX * 2;
  const side = card.height <= spaceBelow || spaceBelow >= spaceAbove ? 'below' : 'above';
  const maxHeight = Math.max(0, side === 'below' ? spaceBelow : spaceAbove);
  const height = Math.min(card.height, maxHeight);
  const top = side === 'below' ? anchor.top + anchor.height + CARD_GAP_PX : anchor.top - CARD_GAP_PX - height;
  // Start at the term's left edge; slide left when it would overflow; never past the left edge.
  const maxLeft = viewport.width - card.width - CARD_GAP_PX;
  const left = Math.max(CARD_GAP_PX, Math.min(anchor.left, maxLeft));
  return { left, top, side, maxHeight };
}
