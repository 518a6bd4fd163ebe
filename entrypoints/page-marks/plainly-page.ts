/**
 * Everything Plainly MS does on a page with a candidate term, switched by the person's settings:
 * scanning and marks, the card and what opens it, and the report of terms found. Started by the
 * guard (entrypoints/page-guard) with a checked settings snapshot; `apply` is called again on every
 * change and starts, stops or re-scans as needed. Everything it adds to the page goes when the
 * extension reloads or updates (WXT's ctx).
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ContentRequest, PageInfoResponse } from '../../lib/content-messages';
import type { StudyNote, TermEntry } from '../../lib/index/schema';
import type { Matcher } from '../../lib/match/matcher';
import { PageMatcher, type PageRules } from '../../lib/match/page-matcher';
import type { TermResponse } from '../../lib/messages';
import type { TextSegment } from '../../page-text/text-segments';
import { randomLetters } from '../../lib/random-name';
import { runsOn } from '../../lib/run-rules';
import type { Settings } from '../../lib/settings';
import { askBackground } from '../page-guard/ask-background';
import { contextTimers } from '../page-guard/context-timers';
import type { CardUi, MarksStage, MarksStart } from '../page-guard/stages';
import { CardHost, anchorFollowing, type Anchor, type CardView } from './card-host';
import { CardTrigger } from './card-trigger';
import { PageScanner } from './page-scanner';
import { TermHighlights, type MarkFilter } from './term-highlights';
import { TermNavigator, type Direction } from './term-navigator';

/** Alt+Shift+N / Alt+Shift+P: next and previous marked term (also offered as browser commands). */
const NAVIGATION_KEYS: Record<string, Direction> = { KeyN: 'next', KeyP: 'previous' };

/** Counts go to the background (for the popup and badge) at most this often while a page changes. */
const REPORT_DELAY_MS = 500;

/** What the page needs of the index: built at build time (virtual:plainly/compiled-matcher). */
export interface PageIndex {
  matcher: Matcher;
  rules: PageRules;
  categoryOf: (termId: string) => string | undefined;
}

export class PlainlyPage implements MarksStage {
  private settings: Settings;
  private scanner: PageScanner | undefined;
  private readonly ctx: ContentScriptContext;
  private readonly highlights: TermHighlights;
  /** Made when the first card opens, with the card stage; random tag per page. */
  private cardHost: CardHost | undefined;
  private readonly hostTag = `${randomLetters(6)}-${randomLetters(6)}`;
  private readonly trigger: CardTrigger;
  private readonly navigator: TermNavigator;
  private readonly loadCardUi: () => Promise<CardUi | undefined>;
  private lookup = 0; // newest card request; older answers are ignored
  /** The toolbar button was opened on this page (what "on-click" mode waits for). */
  private clicked: boolean;
  private reportTimer: number | undefined;

  constructor(
    start: MarksStart,
    private readonly index: PageIndex,
  ) {
    this.ctx = start.ctx;
    this.settings = start.settings;
    this.clicked = start.clicked;
    this.loadCardUi = start.loadCardUi;
    this.highlights = new TermHighlights(() => false, start.highlightNames, this.ctx);
    this.trigger = new CardTrigger(this.ctx, this.highlights, () => this.scanner?.shadowRoots ?? [], () => this.timings(), {
      prepare: () => void this.loadCardUi(),
      open: (termId, anchor, options) => this.openCard(termId, anchor, options.takeFocus),
      close: () => {
        this.lookup++;
        this.cardHost?.hide();
      },
      isOpen: () => this.cardHost?.isOpen ?? false,
      ownsNode: (node) => this.cardHost?.contains(node) ?? false,
    });
    this.trigger.attach();
    this.navigator = new TermNavigator(this.highlights, (mark, anchor) =>
      this.trigger.show(mark.termId, anchor, { pinned: true, takeFocus: true }, mark),
    );
    this.ctx.addEventListener(document, 'keydown', (event) => this.onKeyDown(event), { capture: true });
    // A page restored from the back/forward cache is a new page to the tab: report its terms again.
    this.ctx.addEventListener(window, 'pageshow', (event) => (event as PageTransitionEvent).persisted && this.scheduleReport());
    this.ctx.onInvalidated(() => this.highlights.clear());
    this.apply(start.settings, true);
  }

  /** Answers the popup and the background (already checked, and from this extension). */
  handle(request: ContentRequest): PageInfoResponse | boolean | undefined {
    switch (request.type) {
      case 'page-info':
        return { host: location.hostname, running: this.scanner !== undefined };
      case 'activate':
        this.clicked = true;
        this.apply(this.settings);
        return true;
      case 'show-term':
        return this.navigator.showTerm(request.termId);
      case 'step-term':
        this.navigator.step(request.direction);
        return true;
      case 'show-lookup':
        this.showLookup(request.termId, request.query);
        return true;
    }
  }

  private onKeyDown(event: KeyboardEvent): void {
    const direction = NAVIGATION_KEYS[event.code];
    if (!direction || !event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey || !this.scanner) return;
    // Only a person's key, and only where there is a term to go to: a page could otherwise send
    // itself the shortcut and read `defaultPrevented` to learn that Plainly MS is there.
    if (!event.isTrusted || this.highlights.all().length === 0) return;
    event.preventDefault(); // handled: the page must not also act on it
    this.navigator.step(direction);
  }

  /** The card for a selected phrase, next to the selection (or a short "not found" note). */
  private showLookup(termId: string | null, query: string): void {
    const selection = window.getSelection();
    const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0).cloneRange() : undefined;
    const rect = range?.getBoundingClientRect() ?? new DOMRect(16, 16, 0, 0);
    if (termId) {
      this.trigger.show(termId, rect, { pinned: true, takeFocus: true });
      return;
    }
    this.trigger.adoptPinnedCard();
    const token = ++this.lookup;
    void this.withCardHost((host) => {
      if (token !== this.lookup) return;
      host.showNotFound(query, anchorFollowing(rect, range), this.cardView(true), () => this.trigger.close());
    });
  }

  /** `first`: the settings the stage started with (no previous scan to compare with). */
  apply(settings: Settings, first = false): void {
    const previous = this.settings;
    this.settings = settings;
    if (!runsOn(settings, location.hostname, this.clicked)) {
      this.stop();
      return;
    }
    this.highlights.setStyle(settings.markStyle);
    const marksChange =
      first ||
      !this.scanner ||
      previous.firstOccurrenceOnly !== settings.firstOccurrenceOnly ||
      JSON.stringify(previous.categories) !== JSON.stringify(settings.categories);
    if (marksChange) this.rescan(settings);
  }

  private timings() {
    return { dwellMs: this.settings.hoverDelayMs, graceMs: this.settings.graceMs, hover: this.highlights.painted };
  }

  private markFilter(settings: Settings): MarkFilter {
    return (termId, alreadyMarked) => {
      const category = this.index.categoryOf(termId) as keyof Settings['categories'] | undefined;
      if (category && settings.categories[category] === false) return false;
      return !(settings.firstOccurrenceOnly && alreadyMarked > 0);
    };
  }

  /** Drops every mark and scans the page again from the top with fresh page state. */
  private rescan(settings: Settings): void {
    this.scanner?.stop();
    this.highlights.clear();
    this.highlights.setFilter(this.markFilter(settings));
    const pageMatcher = new PageMatcher<TextSegment>(this.index.matcher, this.index.rules);
    this.scanner = new PageScanner(this.ctx, pageMatcher, this.highlights, this.hostTag, () => this.scheduleReport());
    this.scanner.start(document.body ?? document.documentElement);
  }

  private stop(): void {
    this.scanner?.stop();
    this.scanner = undefined;
    this.highlights.clear();
    this.highlights.setStyle('none');
    this.trigger.close();
    this.scheduleReport();
  }

  /** Runs `use` with the card's host, made on first use once the card stage has loaded. */
  private async withCardHost(use: (host: CardHost) => void): Promise<void> {
    if (!this.cardHost) {
      const ui = await this.loadCardUi();
      if (!ui || this.ctx.isInvalid) return;
      this.cardHost ??= this.makeCardHost(ui);
    }
    use(this.cardHost);
  }

  private makeCardHost(ui: CardUi): CardHost {
    const host = new CardHost(this.hostTag, ui, this.ctx);
    host.onPointerEnter(() => this.trigger.pointerOnCardChanged(true));
    host.onPointerLeave(() => this.trigger.pointerOnCardChanged(false));
    return host;
  }

  private openCard(termId: string, anchor: Anchor, takeFocus: boolean): void {
    const token = ++this.lookup;
    const answer = askBackground<NonNullable<TermResponse>>({ type: 'get-term', id: termId });
    void this.withCardHost(async (host) => {
      const entry = await answer;
      if (token !== this.lookup || !isTermAnswer(entry)) return;
      host.show(entry.term, entry.studies, anchor, this.cardView(takeFocus), {
        onClose: () => this.trigger.close(),
        onSaveQuestion: async (term) => void (await askBackground({ type: 'add-question', termId: term.id })),
      });
    });
  }

  private cardView(takeFocus: boolean): CardView {
    const { audience, region, textSizePercent } = this.settings;
    return { audience, region, textSizePercent, takeFocus };
  }

  private scheduleReport(): void {
    if (this.reportTimer !== undefined) return;
    this.reportTimer = contextTimers(this.ctx).setTimeout(() => {
      this.reportTimer = undefined;
      if (window === window.top) void askBackground({ type: 'report-page-terms', counts: this.highlights.counts() });
    }, REPORT_DELAY_MS);
  }
}

/**
 * The background's answer to "get-term" has the shape of an entry. The background built it from the
 * index it validated at build time and is the only sender, so a shape check is all the page needs.
 */
function isTermAnswer(answer: unknown): answer is { term: TermEntry; studies: StudyNote[] } {
  if (typeof answer !== 'object' || answer === null) return false;
  const { term, studies } = answer as { term?: { id?: unknown; name?: unknown }; studies?: unknown };
  return typeof term?.id === 'string' && typeof term.name === 'string' && Array.isArray(studies);
}
