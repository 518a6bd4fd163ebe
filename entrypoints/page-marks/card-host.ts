/**
 * The only node we add to a page, and only once a card opens: a host with a random tag name whose
 * CLOSED shadow root holds the card. Closed, so the page's scripts cannot read which card a person
 * opened ("cladribine", "pregnancy": health information); random, so no page can look for it by
 * name. The shadow root keeps page CSS out and our CSS in; styles go through a constructed
 * stylesheet, which pages' style-src CSP does not block. The host is a manual popover, so the card is shown in
 * the browser's top layer: above any z-index a page uses. Its few own styles are inline and
 * !important, so page rules such as `* { all: unset !important }` lose. While an element is
 * fullscreen, everything outside it is inert (painted but not clickable), so the host moves into
 * that element for as long as it stays fullscreen, as 10ten Reader does.
 */
import type { ComponentChild } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { StudyNote, TermEntry } from '../../lib/index/schema';
import { placeCard, type Rect } from '../../lib/layout/place-card';
import type { CardReading } from '../../lib/settings/card-reading';
import { contextTimers, type ContextTimers } from '../page-guard/context-timers';
import type { CardUi } from '../page-guard/stages';

/** What of the person's settings shapes the card, and whether it takes keyboard focus. */
export type CardView = CardReading & { takeFocus: boolean };

/** The element that really has focus, looking into open shadow roots. */
function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
/** Fullscreen elements whose children are not shown: the card cannot go inside them. */
const REPLACED_ELEMENTS = new Set(['VIDEO', 'CANVAS', 'IMG', 'IFRAME', 'EMBED', 'OBJECT']);
const CARD_WIDTH_PX = 420;
const HEADING_ID = 'plainly-ms-card-title';

/** The declarations of a box over the whole viewport, each !important. */
const viewportBox = (extra: string[]) =>
  ['all: initial', 'display: block', 'position: fixed', 'inset: 0', 'width: 100vw', 'height: 100vh', 'margin: 0', 'padding: 0',
    'border: 0', 'overflow: visible', 'background: transparent', 'pointer-events: none', ...extra]
    .map((declaration) => `${declaration} !important`)
    .join('; ');

/**
 * All of the host's look lives inside its closed shadow root, so the host carries no attribute a
 * page could read: `:host` rules marked !important win over the page's own !important rules
 * (`* { all: unset !important }`). The layer is a box over the whole viewport that lets every click
 * through except on the card itself, which is placed in viewport coordinates inside it. The layer,
 * not the host, is the popover shown in the top layer: its toggle events are not composed, so they
 * never reach the page, and the host never matches `:popover-open`. (A zero-size layer would do
 * for painting, but while a page is fullscreen Chromium then sends clicks on the card to the page.)
 */
const HOST_CSS = `
:host { ${viewportBox(['z-index: 2147483647', 'visibility: visible', 'opacity: 1'])} }
.pm-layer { ${viewportBox([])} }
.pm-popover { position: absolute; overflow: auto; border-radius: 10px; pointer-events: auto;
  box-shadow: 0 6px 24px rgba(0, 0, 0, 0.28); }
.pm-popover[hidden] { display: none; }
.pm-announcer { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); }
`;

/** Where the card's term is now: read again while the page scrolls, so the card stays beside it. */
export type Anchor = () => Rect;

/**
 * An anchor that follows `range` as the page scrolls, keeping the offset of `initial` (the line box
 * under the pointer) from the range's box; without a range it stays where it was.
 */
export function anchorFollowing(initial: DOMRect, range?: Range): Anchor {
  if (!range) return () => initial;
  const start = range.getBoundingClientRect();
  const offsetX = initial.left - start.left;
  const offsetY = initial.top - start.top;
  return () => {
    const now = range.getBoundingClientRect();
    return { left: now.left + offsetX, top: now.top + offsetY, width: initial.width, height: initial.height };
  };
}

export class CardHost {
  readonly host: HTMLElement;
  /** Closed: kept here, the only way to reach it. */
  private readonly shadow: ShadowRoot;
  /** The popover in the top layer, over the whole viewport; holds the card and the announcer. */
  private readonly layer: HTMLDivElement;
  private readonly popover: HTMLDivElement;
  private readonly announcer: HTMLDivElement;
  /** Where focus was before the card took it: it goes back there when the card closes. */
  private focusBefore: HTMLElement | undefined;
  private anchor: Anchor | undefined;
  private frameRequested = false;

  constructor(
    tag: string,
    private readonly ui: CardUi,
    ctx: ContentScriptContext,
  ) {
    // Built whole before the host joins the page, so the page's observers see one insertion and nothing else.
    this.host = document.createElement(tag);
    const shadow = (this.shadow = this.host.attachShadow({ mode: 'closed' }));
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(HOST_CSS + ui.css);
    shadow.adoptedStyleSheets = [sheet];
    this.layer = document.createElement('div');
    this.layer.className = 'pm-layer';
    this.layer.setAttribute('popover', 'manual');
    this.popover = document.createElement('div');
    this.popover.className = 'pm-popover';
    this.popover.hidden = true;
    this.popover.setAttribute('role', 'dialog');
    this.popover.setAttribute('aria-labelledby', HEADING_ID);
    this.popover.tabIndex = -1; // focusable from script only, so a keyboard user lands in the card
    // A polite live region so screen readers hear that a card opened, without losing their place.
    this.announcer = document.createElement('div');
    this.announcer.className = 'pm-announcer';
    this.announcer.setAttribute('aria-live', 'polite');
    this.layer.append(this.popover, this.announcer);
    shadow.append(this.layer);
    const timers = contextTimers(ctx);
    const follow = () => this.requestPlacement(timers);
    ctx.addEventListener(window, 'scroll', follow, { capture: true, passive: true });
    ctx.addEventListener(window, 'resize', follow, { passive: true });
    ctx.addEventListener(document, 'fullscreenchange', () => this.isOpen && this.attach(), { passive: true });
    ctx.onInvalidated(() => this.remove());
  }

  /** Takes the host off the page (the extension was reloaded or updated). */
  private remove(): void {
    this.ui.render(null, this.popover);
    this.host.remove();
  }

  get isOpen(): boolean {
    return !this.popover.hidden;
  }

  /** True for the host and for nodes in its shadow tree (events from inside are retargeted to the host). */
  contains(node: Node | null): boolean {
    return node !== null && (node === this.host || this.shadow.contains(node));
  }

  /** The element focused inside the card, if any. */
  private get focusInside(): boolean {
    return this.shadow.activeElement !== null;
  }

  show(term: TermEntry, studies: StudyNote[], anchor: Anchor, view: CardView, actions: { onClose: () => void; onSaveQuestion: (term: TermEntry) => Promise<void> }): void {
    const card = this.ui.termCard({ term, studies, headingId: HEADING_ID, reading: view, ...actions });
    this.present(card, anchor, view, `Plainly MS card opened: ${term.name}. Press Escape to close.`);
  }

  /** A short note when a looked-up selection matches no entry; same place and behaviour as a card. */
  showNotFound(query: string, anchor: Anchor, view: CardView, onClose: () => void): void {
    this.present(this.ui.notFoundCard({ query, onClose, headingId: HEADING_ID }), anchor, view, `Plainly MS has no entry for ${query}.`);
  }

  /** Renders `content` (a card of any kind) beside `anchor`, sized by the text-size setting, and announces it. */
  private present(content: ComponentChild, anchor: Anchor, view: CardView, announcement: string): void {
    this.attach();
    // Larger text gets a wider card, up to the viewport.
    const width = Math.min((CARD_WIDTH_PX * Math.max(100, view.textSizePercent)) / 100, window.innerWidth - 16);
    this.popover.style.width = `${width}px`;
    this.popover.style.setProperty('--pm-scale', String(view.textSizePercent / 100));
    this.popover.hidden = false;
    this.ui.render(content, this.popover);
    this.anchor = anchor;
    this.place();
    this.announcer.textContent = announcement;
    if (view.takeFocus) {
      const active = deepActiveElement();
      if (!this.contains(active)) this.focusBefore = active instanceof HTMLElement ? active : undefined;
      this.popover.focus({ preventScroll: true });
    }
  }

  /** Puts the card beside its anchor, in viewport coordinates (the host sits at the viewport's corner). */
  private place(): void {
    if (!this.anchor || this.popover.hidden) return;
    this.popover.style.maxHeight = '';
    const size = { width: this.popover.offsetWidth, height: this.popover.scrollHeight };
    const placement = placeCard(this.anchor(), size, { width: window.innerWidth, height: window.innerHeight });
    this.popover.style.left = `${placement.left}px`;
    this.popover.style.top = `${placement.top}px`;
    this.popover.style.maxHeight = `${placement.maxHeight}px`;
  }

  /** At most one placement per frame while the page scrolls. */
  private requestPlacement(timers: ContextTimers): void {
    if (this.frameRequested || this.popover.hidden) return;
    this.frameRequested = true;
    timers.requestAnimationFrame(() => {
      this.frameRequested = false;
      this.place();
    });
  }

  /**
   * Puts the host where it can be seen and clicked (the fullscreen element, if any and if it can
   * hold children, else <html>) and shows the layer in the top layer, newest on top.
   */
  private attach(): void {
    const fullscreen = document.fullscreenElement;
    const container = fullscreen && !REPLACED_ELEMENTS.has(fullscreen.tagName) ? fullscreen : document.documentElement;
    if (this.host.parentNode !== container) container.append(this.host);
    try {
      if (this.layer.matches(':popover-open')) this.layer.hidePopover();
      this.layer.showPopover();
    } catch {
      // No popover support (older browsers): the fixed host with the highest z-index still works.
    }
  }

  hide(): void {
    if (this.popover.hidden) return;
    const focusWasInCard = this.focusInside;
    this.ui.render(null, this.popover);
    this.popover.hidden = true;
    this.anchor = undefined;
    this.announcer.textContent = '';
    if (focusWasInCard && this.focusBefore?.isConnected) this.focusBefore.focus({ preventScroll: true });
    this.focusBefore = undefined;
  }

  onPointerEnter(listener: () => void): void {
    this.popover.addEventListener('pointerenter', listener);
  }

  onPointerLeave(listener: () => void): void {
    this.popover.addEventListener('pointerleave', listener);
  }
}
