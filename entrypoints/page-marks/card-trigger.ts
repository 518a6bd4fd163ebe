/**
 * The page side of when the card opens and closes (the decisions are lib/card-intent/card-intent.ts):
 * feeds the person's events to the machine, keeps one real timer for its deadlines and does what it
 * answers. A highlight cannot receive events, so the pointer position is hit-tested against the
 * marks (caretPositionFromPoint).
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { CardIntent, type CardAction, type CardTimings } from '../../lib/card-intent/card-intent';
import { contextTimers, type ContextTimers } from '../page-guard/context-timers';
import { anchorFollowing, type Anchor } from './card-host';
import type { MarkedTerm, TermHighlights } from './term-highlights';

/** From the settings, read at each use so changes apply at once. */
export interface TriggerTimings extends CardTimings {
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
  /** The pointer started resting on a term: its card may follow (time to load what it needs). */
  prepare(termId: string): void;
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

/** A mark under the pointer, and the line box of it there: the card opens beside that line. */
interface PointerHit {
  mark: MarkedTerm;
  rect: DOMRect;
}

export class CardTrigger {
  private readonly intent: CardIntent<PointerHit>;
  private frameRequested = false;
  private wakeTimer: number | undefined;
  /** The deadline `wakeTimer` is set for: most pointer moves leave it where it was, and the timer with it. */
  private wakeTimerAt: number | undefined;
  private readonly timers: ContextTimers;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly highlights: TermHighlights,
    private readonly shadowRoots: () => ShadowRoot[],
    private readonly timings: () => TriggerTimings,
    private readonly card: CardOpener,
  ) {
    this.timers = contextTimers(ctx);
    this.intent = new CardIntent<PointerHit>(() => performance.now(), timings);
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
    this.run(this.intent.pointerOnCard(onCard));
  }

  close(): void {
    this.run(this.intent.close());
  }

  /** Treats a card someone else opened (a "not found" note) as pinned: Esc and clicks elsewhere close it. */
  adoptPinnedCard(): void {
    this.run(this.intent.cardOpened(undefined, true));
  }

  /** Opens a card; `mark` is the mark it belongs to, if any (a looked-up selection has none). */
  show(termId: string, rect: DOMRect, options: OpenOptions, mark?: MarkedTerm): void {
    this.run(this.intent.cardOpened(mark, options.pinned));
    this.openCard(termId, rect, options, mark);
  }

  private openCard(termId: string, rect: DOMRect, options: OpenOptions, mark?: MarkedTerm): void {
    this.card.open(termId, anchorFollowing(rect, mark?.range), options);
  }

  private markAt(x: number, y: number): PointerHit | undefined {
    if (!this.timings().hover) return undefined;
    const caret = caretAt(x, y, this.shadowRoots());
    if (!caret) return undefined;
    const mark = this.highlights.at(caret.node, caret.offset);
    const rect = mark && rectUnder(mark, x, y);
    return mark && rect ? { mark, rect } : undefined;
  }

  private onPointerMove(event: PointerEvent): void {
    this.run(this.intent.pointerMoved({ x: event.clientX, y: event.clientY, time: event.timeStamp }));
    // One hit-test per frame at most, however fast pointer events arrive.
    if (this.frameRequested) return;
    this.frameRequested = true;
    this.timers.requestAnimationFrame(() => {
      this.frameRequested = false;
      this.lookUnderPointer();
    });
  }

  private lookUnderPointer(): void {
    const { x, y } = this.intent.pointer;
    this.run(this.intent.pointerOver(this.markAt(x, y), this.card.isOpen()));
  }

  private onClick(event: MouseEvent): void {
    if (this.card.ownsNode(event.target as Node | null)) return;
    this.run(this.intent.clicked(this.markAt(event.clientX, event.clientY), this.card.isOpen()));
  }

  private onKeyDown(event: KeyboardEvent): void {
    if (event.key === 'Escape') this.run(this.intent.escapePressed(this.card.isOpen()));
  }

  /** Does what the machine answered, then sets the timer for its next deadline. */
  private run(actions: CardAction<PointerHit>[]): void {
    for (const action of actions) {
      switch (action.type) {
        case 'prepare':
          this.card.prepare(action.hit.mark.termId);
          break;
        case 'open':
          this.openCard(action.hit.mark.termId, action.hit.rect, { pinned: action.pinned, takeFocus: false }, action.hit.mark);
          break;
        case 'close':
          this.card.close();
          break;
        case 'look':
          this.lookUnderPointer();
          break;
      }
    }
    this.setWakeTimer();
  }

  private setWakeTimer(): void {
    const at = this.intent.wakeAt;
    if (at === this.wakeTimerAt) return;
    window.clearTimeout(this.wakeTimer);
    this.wakeTimerAt = at;
    if (at === undefined) return;
    // A timer may run a little before the clock reads `at`: wake then does nothing and this sets it again.
    this.wakeTimer = this.timers.setTimeout(() => {
      this.wakeTimerAt = undefined;
      this.run(this.intent.wake());
    }, at - performance.now());
  }
}
