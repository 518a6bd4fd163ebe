/**
 * When the card opens and closes. A highlight cannot receive events, so the pointer position is
 * hit-tested against the marks (caretPositionFromPoint). Timings follow Wikipedia Page Previews:
 * the card waits for a short dwell, and a grace period lets the pointer travel to the card.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { contextTimers, type ContextTimers } from '../page-guard/context-timers';
import { anchorFollowing, type Anchor } from './card-host';
import type { MarkedTerm, TermHighlights } from './term-highlights';

/** From the settings, read at each use so changes apply at once. */
export interface TriggerTimings {
  /** The pointer must rest this long on a term before its card opens: passing over text opens nothing. */
  dwellMs: number;
  /** Time to move from the term onto the card before it closes. */
  graceMs: number;
  /** False when marks are not painted: then only the keyboard shortcut opens cards. */
  hover: boolean;
}

export interface OpenOptions {
  /** A pinned card stays until Esc, its close button or a click elsewhere. */
  pinned: boolean;
  /** Move keyboard focus into the card (when opened from the keyboard), and back on close. */
  takeFocus: boolean;
}

export interface CardOpener {
  /** The pointer started resting on a term: a card may follow (time to load what it needs). */
  prepare(): void;
  open(termId: string, anchor: Anchor, options: OpenOptions): void;
  close(): void;
  isOpen(): boolean;
  /** True when the node belongs to our card. */
  ownsNode(node: Node | null): boolean;
}

function caretAt(x: number, y: number, shadowRoots: ShadowRoot[]): { node: Node; offset: number } | undefined {
  if (typeof document.caretPositionFromPoint === 'function') {
    // Without the shadow roots, a position inside one is reported at its host (Chrome 128+ option).
    const position = document.caretPositionFromPoint(x, y, { shadowRoots });
    return position ? { node: position.offsetNode, offset: position.offset } : undefined;
  }
  const range = document.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : undefined;
}

/** The rectangle of the mark's line box under the point; caret APIs snap to the nearest text, so check. */
function rectUnder(mark: MarkedTerm, x: number, y: number): DOMRect | undefined {
  for (const rect of mark.range.getClientRects()) {
    if (x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1) return rect;
  }
  return undefined;
}

/**
 * Above this speed the pointer is travelling, not reading: no card starts its dwell. 10ten Reader
 * hides its popup the same way while the mouse moves fast. About a screen width per second.
 */
const SWEEP_PX_PER_MS = 1.2;
/** A pointer that sends no move for this long has stopped, whatever its last speed was. */
const SETTLE_MS = 80;

export class CardTrigger {
  private dwellTimer: number | undefined;
  private graceTimer: number | undefined;
  private dwellMark: MarkedTerm | undefined;
  private openMark: MarkedTerm | undefined;
  private pinned = false;
  private pointerOnCard = false;
  private frameRequested = false;
  private lastPointer = { x: 0, y: 0, time: 0 };
  /** Pointer speed, smoothed over the last few events. */
  private speed = 0;
  private settleTimer: number | undefined;
  private readonly timers: ContextTimers;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly highlights: TermHighlights,
    private readonly shadowRoots: () => ShadowRoot[],
    private readonly timings: () => TriggerTimings,
    private readonly card: CardOpener,
  ) {
    this.timers = contextTimers(ctx);
  }

  attach(): void {
    const options = { capture: true, passive: true } as const;
    // isInvalid also notices an extension that was reloaded under us, and stops this copy.
    // Only a person's own events (isTrusted): a page could otherwise move a synthetic pointer over
    // its text and watch for a card's host to learn that Plainly MS is there.
    this.ctx.addEventListener(document, 'pointermove', (event) => event.isTrusted && this.ctx.isValid && this.onPointerMove(event), options);
    this.ctx.addEventListener(document, 'click', (event) => event.isTrusted && this.ctx.isValid && this.onClick(event), options);
    this.ctx.addEventListener(document, 'keydown', (event) => event.isTrusted && this.ctx.isValid && this.onKeyDown(event), options);
  }

  /** Called by the card host as the pointer enters or leaves the card. */
  pointerOnCardChanged(onCard: boolean): void {
    this.pointerOnCard = onCard;
    if (onCard) this.clearGrace();
    else if (!this.pinned) this.startGrace();
  }

  close(): void {
    this.clearDwell();
    this.clearGrace();
    this.openMark = undefined;
    this.pinned = false;
    this.card.close();
  }

  private markAt(x: number, y: number): { mark: MarkedTerm; rect: DOMRect } | undefined {
    if (!this.timings().hover) return undefined;
    const caret = caretAt(x, y, this.shadowRoots());
    if (!caret) return undefined;
    const mark = this.highlights.at(caret.node, caret.offset);
    const rect = mark && rectUnder(mark, x, y);
    return mark && rect ? { mark, rect } : undefined;
  }

  private onPointerMove(event: PointerEvent): void {
    const elapsed = Math.max(1, event.timeStamp - this.lastPointer.time);
    const distance = Math.hypot(event.clientX - this.lastPointer.x, event.clientY - this.lastPointer.y);
    this.speed = 0.5 * this.speed + 0.5 * Math.min(distance / elapsed, 10);
    this.lastPointer = { x: event.clientX, y: event.clientY, time: event.timeStamp };
    window.clearTimeout(this.settleTimer);
    if (this.speed > SWEEP_PX_PER_MS) {
      // No further move would tell us it stopped on a term: look again once it has been still.
      this.settleTimer = this.timers.setTimeout(() => {
        this.speed = 0;
        this.hoverAt(this.lastPointer.x, this.lastPointer.y);
      }, SETTLE_MS);
    }
    // One hit-test per frame at most, however fast pointer events arrive.
    if (this.frameRequested) return;
    this.frameRequested = true;
    this.timers.requestAnimationFrame(() => {
      this.frameRequested = false;
      this.hoverAt(this.lastPointer.x, this.lastPointer.y);
    });
  }

  private hoverAt(x: number, y: number): void {
    if (this.pointerOnCard) return;
    const hit = this.markAt(x, y);
    if (!hit) {
      this.clearDwell();
      if (this.card.isOpen() && !this.pinned) this.startGrace();
      return;
    }
    if (hit.mark === this.openMark) {
      this.clearGrace();
      return;
    }
    if (this.pinned || hit.mark === this.dwellMark) return;
    this.clearDwell();
    if (this.speed > SWEEP_PX_PER_MS) return; // sweeping past: the next slower move over it starts the dwell
    this.dwellMark = hit.mark;
    this.card.prepare();
    this.dwellTimer = this.timers.setTimeout(() => {
      this.dwellMark = undefined;
      this.show(hit.mark.termId, hit.rect, { pinned: false, takeFocus: false }, hit.mark);
    }, this.timings().dwellMs);
  }

  private onClick(event: MouseEvent): void {
    if (this.card.ownsNode(event.target as Node | null)) return;
    const hit = this.markAt(event.clientX, event.clientY);
    if (hit) this.show(hit.mark.termId, hit.rect, { pinned: true, takeFocus: false }, hit.mark);
    else if (this.card.isOpen()) this.close();
  }

  private onKeyDown(event: KeyboardEvent): void {
    if (event.key === 'Escape' && this.card.isOpen()) this.close();
  }

  /** Treats a card someone else opened (a "not found" note) as pinned: Esc and clicks elsewhere close it. */
  adoptPinnedCard(): void {
    this.clearDwell();
    this.clearGrace();
    this.openMark = undefined;
    this.pinned = true;
  }

  /** Opens a card; `mark` is the mark it belongs to, if any (a looked-up selection has none). */
  show(termId: string, rect: DOMRect, options: OpenOptions, mark?: MarkedTerm): void {
    this.clearDwell();
    this.clearGrace();
    this.openMark = mark;
    this.pinned = options.pinned;
    this.card.open(termId, anchorFollowing(rect, mark?.range), options);
  }

  private startGrace(): void {
    if (this.graceTimer !== undefined) return;
    this.graceTimer = this.timers.setTimeout(() => {
      this.graceTimer = undefined;
      if (!this.pointerOnCard && !this.pinned) this.close();
    }, this.timings().graceMs);
  }

  private clearGrace(): void {
    window.clearTimeout(this.graceTimer);
    this.graceTimer = undefined;
  }

  private clearDwell(): void {
    window.clearTimeout(this.dwellTimer);
    this.dwellTimer = undefined;
    this.dwellMark = undefined;
  }
}
