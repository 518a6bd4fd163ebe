/**
 * The only node we add to a page: <plainly-ms-card>, a host whose shadow root holds the card.
 * The shadow root keeps page CSS out and our CSS in; styles go through a constructed stylesheet,
 * which pages' style-src CSP does not block. The host is a manual popover, so the card is shown in
 * the browser's top layer: above any z-index a page uses. Its few own styles are inline and
 * !important, so page rules such as `* { all: unset !important }` lose. While an element is
 * fullscreen, everything outside it is inert (painted but not clickable), so the host moves into
 * that element for as long as it stays fullscreen, as 10ten Reader does.
 */
import { h, render, type ComponentChild } from 'preact';
import { NotFoundCard } from '../../components/NotFoundCard';
import { TermCard } from '../../components/TermCard';
import cardCss from '../../components/term-card.css?inline';
import { addQuestion } from '../../lib/extension/questions-store';
import { placeCard, type Rect } from '../../lib/layout/place-card';
import type { StudyNote, TermEntry } from '../../lib/index/schema';
import type { Settings } from '../../lib/settings';

/** What of the person's settings shapes the card, and whether it takes keyboard focus. */
export type CardView = Pick<Settings, 'audience' | 'region' | 'textSizePercent'> & { takeFocus: boolean };

/** The element that really has focus, looking into open shadow roots. */
function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

export const HOST_TAG = 'plainly-ms-card';
/** Fullscreen elements whose children are not shown: the card cannot go inside them. */
const REPLACED_ELEMENTS = new Set(['VIDEO', 'CANVAS', 'IMG', 'IFRAME', 'EMBED', 'OBJECT']);
const CARD_WIDTH_PX = 420;
const HEADING_ID = 'plainly-ms-card-title';

/**
 * A box over the whole viewport that lets every click through (pointer-events: none) except on the
 * card itself; the card inside is placed in viewport coordinates. A zero-size host would do for
 * painting, but while a page is fullscreen Chromium then sends clicks on the card to the page.
 */
const HOST_STYLE = [
  'all: initial',
  'display: block',
  'position: fixed',
  'inset: 0',
  'width: 100vw',
  'height: 100vh',
  'pointer-events: none',
  'margin: 0',
  'padding: 0',
  'border: 0',
  'overflow: visible',
  'background: transparent',
  'z-index: 2147483647',
]
  .map((declaration) => `${declaration} !important`)
  .join('; ');

const POPOVER_CSS = `
.pm-popover { position: absolute; overflow: auto; border-radius: 10px; pointer-events: auto;
  box-shadow: 0 6px 24px rgba(0, 0, 0, 0.28); }
.pm-popover[hidden] { display: none; }
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
  private readonly popover: HTMLDivElement;
  private readonly announcer: HTMLDivElement;
  /** Where focus was before the card took it: it goes back there when the card closes. */
  private focusBefore: HTMLElement | undefined;
  private anchor: Anchor | undefined;
  private frameRequested = false;

  constructor() {
    this.host = document.createElement(HOST_TAG);
    // Set before the host joins the page, so the page's observers see one insertion and nothing else.
    this.host.setAttribute('popover', 'manual');
    this.host.style.cssText = HOST_STYLE;
    const shadow = this.host.attachShadow({ mode: 'open' });
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(POPOVER_CSS + cardCss);
    shadow.adoptedStyleSheets = [sheet];
    this.popover = document.createElement('div');
    this.popover.className = 'pm-popover';
    this.popover.hidden = true;
    this.popover.setAttribute('role', 'dialog');
    this.popover.setAttribute('aria-labelledby', HEADING_ID);
    this.popover.tabIndex = -1; // focusable from script only, so a keyboard user lands in the card
    // A polite live region so screen readers hear that a card opened, without losing their place.
    this.announcer = document.createElement('div');
    this.announcer.setAttribute('aria-live', 'polite');
    this.announcer.style.cssText = 'position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%)';
    shadow.append(this.popover, this.announcer);
    const follow = () => this.requestPlacement();
    window.addEventListener('scroll', follow, { capture: true, passive: true });
    window.addEventListener('resize', follow, { passive: true });
    document.addEventListener('fullscreenchange', () => this.isOpen && this.attach(), { passive: true });
  }

  get isOpen(): boolean {
    return !this.popover.hidden;
  }

  contains(node: Node | null): boolean {
    return node !== null && (node === this.host || this.host.contains(node));
  }

  show(term: TermEntry, studies: StudyNote[], anchor: Anchor, view: CardView, onClose: () => void): void {
    const card = h(TermCard, { term, studies, onClose, headingId: HEADING_ID, audience: view.audience, region: view.region, onSaveQuestion: addQuestion });
    this.present(card, anchor, view, `Plainly MS card opened: ${term.name}. Press Escape to close.`);
  }

  /** A short note when a looked-up selection matches no entry; same place and behaviour as a card. */
  showNotFound(query: string, anchor: Anchor, view: CardView, onClose: () => void): void {
    this.present(h(NotFoundCard, { query, onClose, headingId: HEADING_ID }), anchor, view, `Plainly MS has no entry for ${query}.`);
  }

  /** Renders `content` (a card of any kind) beside `anchor`, sized by the text-size setting, and announces it. */
  private present(content: ComponentChild, anchor: Anchor, view: CardView, announcement: string): void {
    this.attach();
    // Larger text gets a wider card, up to the viewport.
    const width = Math.min((CARD_WIDTH_PX * Math.max(100, view.textSizePercent)) / 100, window.innerWidth - 16);
    this.popover.style.width = `${width}px`;
    this.popover.style.setProperty('--pm-scale', String(view.textSizePercent / 100));
    this.popover.hidden = false;
    render(content, this.popover);
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
  private requestPlacement(): void {
    if (this.frameRequested || this.popover.hidden) return;
    this.frameRequested = true;
    requestAnimationFrame(() => {
      this.frameRequested = false;
      this.place();
    });
  }

  /**
   * Puts the host where it can be seen and clicked (the fullscreen element, if any and if it can
   * hold children, else <html>) and shows it in the top layer, newest on top.
   */
  private attach(): void {
    const fullscreen = document.fullscreenElement;
    const container = fullscreen && !REPLACED_ELEMENTS.has(fullscreen.tagName) ? fullscreen : document.documentElement;
    if (this.host.parentNode !== container) container.append(this.host);
    try {
      if (this.host.matches(':popover-open')) this.host.hidePopover();
      this.host.showPopover();
    } catch {
      // No popover support (older browsers): the fixed host with the highest z-index still works.
    }
  }

  hide(): void {
    if (this.popover.hidden) return;
    const focusWasInCard = this.contains(document.activeElement);
    render(null, this.popover);
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
