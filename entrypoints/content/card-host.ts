/**
 * The only node we add to a page: <plainly-ms-card>, a host whose shadow root holds the card.
 * The shadow root keeps page CSS out and our CSS in; styles go through a constructed stylesheet,
 * which pages' style-src CSP does not block.
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
const CARD_WIDTH_PX = 420;
const HEADING_ID = 'plainly-ms-card-title';

const POPOVER_CSS = `
:host { all: initial; position: absolute; top: 0; left: 0; width: 0; height: 0; z-index: 2147483647; }
.pm-popover { position: absolute; overflow: auto; border-radius: 10px;
  box-shadow: 0 6px 24px rgba(0, 0, 0, 0.28); }
.pm-popover[hidden] { display: none; }
`;

export class CardHost {
  readonly host: HTMLElement;
  private readonly popover: HTMLDivElement;
  private readonly announcer: HTMLDivElement;
  /** Where focus was before the card took it: it goes back there when the card closes. */
  private focusBefore: HTMLElement | undefined;

  constructor() {
    this.host = document.createElement(HOST_TAG);
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
  }

  get isOpen(): boolean {
    return !this.popover.hidden;
  }

  contains(node: Node | null): boolean {
    return node !== null && (node === this.host || this.host.contains(node));
  }

  show(term: TermEntry, studies: StudyNote[], anchor: Rect, view: CardView, onClose: () => void): void {
    const card = h(TermCard, { term, studies, onClose, headingId: HEADING_ID, audience: view.audience, region: view.region, onSaveQuestion: addQuestion });
    this.present(card, anchor, view, `Plainly MS card opened: ${term.name}. Press Escape to close.`);
  }

  /** A short note when a looked-up selection matches no entry; same place and behaviour as a card. */
  showNotFound(query: string, anchor: Rect, view: CardView, onClose: () => void): void {
    this.present(h(NotFoundCard, { query, onClose, headingId: HEADING_ID }), anchor, view, `Plainly MS has no entry for ${query}.`);
  }

  /** Renders `content` (a card of any kind) beside `anchor`, sized by the text-size setting, and announces it. */
  private present(content: ComponentChild, anchor: Rect, view: CardView, announcement: string): void {
    if (!this.host.isConnected) document.documentElement.append(this.host);
    // Larger text gets a wider card, up to the viewport.
    const width = Math.min((CARD_WIDTH_PX * Math.max(100, view.textSizePercent)) / 100, window.innerWidth - 16);
    this.popover.style.width = `${width}px`;
    this.popover.style.setProperty('--pm-scale', String(view.textSizePercent / 100));
    this.popover.style.maxHeight = '';
    this.popover.hidden = false;
    render(content, this.popover);
    const size = { width, height: this.popover.scrollHeight };
    const placement = placeCard(anchor, size, { width: window.innerWidth, height: window.innerHeight });
    this.popover.style.left = `${placement.left + window.scrollX}px`;
    this.popover.style.top = `${placement.top + window.scrollY}px`;
    this.popover.style.maxHeight = `${placement.maxHeight}px`;
    this.announcer.textContent = announcement;
    if (view.takeFocus) {
      const active = deepActiveElement();
      if (!this.contains(active)) this.focusBefore = active instanceof HTMLElement ? active : undefined;
      this.popover.focus({ preventScroll: true });
    }
  }

  hide(): void {
    if (this.popover.hidden) return;
    const focusWasInCard = this.contains(document.activeElement);
    render(null, this.popover);
    this.popover.hidden = true;
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
