/**
 * Everything Plainly MS does on one page, switched by the person's settings: scanning and marks,
 * the card and what opens it, and the report of terms found. `apply` is called with the settings at
 * start and on every change; it starts, stops or re-scans as needed.
 */
import { getTerm, reportPageTerms } from '../../lib/extension/background-client';
import { Matcher } from '../../lib/match/matcher';
import { PageMatcher, pageRulesOf, type PageRules } from '../../lib/match/page-matcher';
import type { MatcherTable } from '../../lib/match/surface-forms';
import type { ContentRequest, PageInfoResponse } from '../../lib/messages';
import type { TextSegment } from '../../lib/page/text-segments';
import { runsOn, type Settings } from '../../lib/settings';
import { CardHost, HOST_TAG, anchorFollowing, type Anchor } from './card-host';
import { CardTrigger } from './card-trigger';
import { PageScanner } from './page-scanner';
import { TermHighlights, type MarkFilter } from './term-highlights';
import { TermNavigator, type Direction } from './term-navigator';

/** Alt+Shift+N / Alt+Shift+P: next and previous marked term (also offered as browser commands). */
const NAVIGATION_KEYS: Record<string, Direction> = { KeyN: 'next', KeyP: 'previous' };

/** Counts go to the background (for the popup and badge) at most this often while a page changes. */
const REPORT_DELAY_MS = 500;

function isOwnUi(node: Node): boolean {
  const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  return element?.closest(HOST_TAG) != null;
}

export class PlainlyPage {
  private settings: Settings | undefined;
  private scanner: PageScanner | undefined;
  private readonly highlights: TermHighlights;
  private readonly cardHost = new CardHost();
  private readonly trigger: CardTrigger;
  private readonly navigator: TermNavigator;
  private readonly categoryOf: Map<string, string>;
  /**
   * Built on the first scan, not at start-up: with the full index the matcher costs about 25 ms to
   * build, which a paused site or an "on click" page never needs, and which then runs apart from
   * the script's own start-up task.
   */
  private matching: { matcher: Matcher; rules: PageRules } | undefined;
  private lookup = 0; // newest card request; older answers are ignored
  /** The toolbar button was opened on this page (what "on-click" mode waits for). */
  private clicked = false;
  private reportTimer: number | undefined;

  constructor(private readonly table: MatcherTable) {
    this.categoryOf = new Map(table.map((form) => [form.termId, form.category]));
    this.highlights = new TermHighlights(() => false);
    this.trigger = new CardTrigger(this.highlights, () => this.scanner?.shadowRoots ?? [], () => this.timings(), {
      open: (termId, anchor, options) => this.openCard(termId, anchor, options.takeFocus),
      close: () => {
        this.lookup++;
        this.cardHost.hide();
      },
      isOpen: () => this.cardHost.isOpen,
      ownsNode: (node) => this.cardHost.contains(node),
    });
    this.cardHost.onPointerEnter(() => this.trigger.pointerOnCardChanged(true));
    this.cardHost.onPointerLeave(() => this.trigger.pointerOnCardChanged(false));
    this.trigger.attach();
    this.navigator = new TermNavigator(this.highlights, (mark, anchor) =>
      this.trigger.show(mark.termId, anchor, { pinned: true, takeFocus: true }, mark),
    );
    document.addEventListener('keydown', (event) => this.onKeyDown(event), { capture: true });
  }

  /** Answers the popup and the background (already validated and from this extension). */
  handle(request: ContentRequest): PageInfoResponse | boolean | undefined {
    switch (request.type) {
      case 'page-info':
        return { host: location.hostname, running: this.scanner !== undefined };
      case 'activate':
        this.clicked = true;
        if (this.settings) this.apply(this.settings);
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
    event.preventDefault(); // handled: the page must not also act on it
    this.navigator.step(direction);
  }

  /** The card for a selected phrase, next to the selection (or a short "not found" note). */
  private showLookup(termId: string | null, query: string): void {
    const selection = window.getSelection();
    const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0).cloneRange() : undefined;
    const rect = range?.getBoundingClientRect() ?? new DOMRect(16, 16, 0, 0);
    if (termId) this.trigger.show(termId, rect, { pinned: true, takeFocus: true });
    else if (this.settings) {
      this.trigger.adoptPinnedCard();
      this.cardHost.showNotFound(query, anchorFollowing(rect, range), { ...this.cardView(this.settings), takeFocus: true }, () => this.trigger.close());
    }
  }

  apply(settings: Settings): void {
    const previous = this.settings;
    this.settings = settings;
    if (!runsOn(settings, location.hostname, this.clicked)) {
      this.stop();
      return;
    }
    this.highlights.setStyle(settings.markStyle);
    const marksChange =
      !previous ||
      !this.scanner ||
      previous.firstOccurrenceOnly !== settings.firstOccurrenceOnly ||
      JSON.stringify(previous.categories) !== JSON.stringify(settings.categories);
    if (marksChange) this.rescan(settings);
  }

  private timings() {
    return { dwellMs: this.settings?.hoverDelayMs ?? 150, graceMs: this.settings?.graceMs ?? 300, hover: this.highlights.painted };
  }

  private markFilter(settings: Settings): MarkFilter {
    return (termId, alreadyMarked) => {
      const category = this.categoryOf.get(termId) as keyof Settings['categories'] | undefined;
      if (category && settings.categories[category] === false) return false;
      return !(settings.firstOccurrenceOnly && alreadyMarked > 0);
    };
  }

  /** Drops every mark and scans the page again from the top with fresh page state. */
  private rescan(settings: Settings): void {
    this.scanner?.stop();
    this.highlights.clear();
    this.highlights.setFilter(this.markFilter(settings));
    this.matching ??= { matcher: new Matcher(this.table), rules: pageRulesOf(this.table) };
    const pageMatcher = new PageMatcher<TextSegment>(this.matching.matcher, this.matching.rules);
    this.scanner = new PageScanner(pageMatcher, this.highlights, isOwnUi, () => this.scheduleReport());
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

  private openCard(termId: string, anchor: Anchor, takeFocus: boolean): void {
    const token = ++this.lookup;
    void getTerm(termId).then((answer) => {
      if (token !== this.lookup || !answer || !this.settings) return;
      this.cardHost.show(answer.term, answer.studies, anchor, { ...this.cardView(this.settings), takeFocus }, () => this.trigger.close());
    });
  }

  private cardView({ audience, region, textSizePercent }: Settings) {
    return { audience, region, textSizePercent };
  }

  private scheduleReport(): void {
    if (this.reportTimer !== undefined) return;
    this.reportTimer = window.setTimeout(() => {
      this.reportTimer = undefined;
      if (window === window.top) void reportPageTerms(this.highlights.counts());
    }, REPORT_DELAY_MS);
  }
}
