/**
 * Everything Plainly MS does on a page with a candidate term, switched by the person's settings:
 * scanning and marks, the card (page-cards.ts), the shortcuts and the report of terms found. Started
 * by the guard (entrypoints/page-guard) with a checked settings snapshot; `apply` is called again on
 * every change and starts, stops or re-scans as needed. Everything it adds to the page goes when the
 * extension reloads or updates (WXT's ctx).
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ContentRequest, PageInfoResponse } from '../../lib/content-messages';
import type { Category } from '../../lib/index/schema';
import type { Matcher } from '../../lib/match/matcher';
import { PageMatcher, type PageRules } from '../../lib/match/page-matcher';
import { randomLetters } from '../../lib/random-name';
import { cardReadingOf } from '../../lib/settings/card-reading';
import { markFilterOf } from '../../lib/settings/mark-filter';
import { runsOn } from '../../lib/settings/run-rules';
import type { Settings } from '../../lib/settings/schema';
import type { TextSegment } from '../../page-text/text-segments';
import type { MarksStage, MarksStart } from '../page-guard/stages';
import { listenForNavigationKeys } from './navigation-keys';
import { PageCards } from './page-cards';
import { PageScanner } from './page-scanner';
import { TermHighlights } from './term-highlights';
import { TermNavigator } from './term-navigator';
import { TermsReport } from './terms-report';

/** What the page needs of the index: built at build time (virtual:plainly/compiled-matcher). */
export interface PageIndex {
  matcher: Matcher;
  rules: PageRules;
  categoryOf: (termId: string) => Category | undefined;
}

export class PlainlyPage implements MarksStage {
  private settings: Settings;
  private scanner: PageScanner | undefined;
  private readonly ctx: ContentScriptContext;
  private readonly highlights: TermHighlights;
  /** Random per page; the card host and the scanner (which skips our card) share it. */
  private readonly hostTag = `${randomLetters(6)}-${randomLetters(6)}`;
  private readonly cards: PageCards;
  private readonly navigator: TermNavigator;
  private readonly report: TermsReport;
  /** The toolbar button was opened on this page (what "on-click" mode waits for). */
  private clicked: boolean;

  constructor(
    start: MarksStart,
    private readonly index: PageIndex,
  ) {
    this.ctx = start.ctx;
    this.settings = start.settings;
    this.clicked = start.clicked;
    this.highlights = new TermHighlights(markFilterOf(start.settings, index.categoryOf), start.highlightNames, this.ctx);
    this.cards = new PageCards({
      ctx: this.ctx,
      highlights: this.highlights,
      hostTag: this.hostTag,
      loadCardUi: start.loadCardUi,
      shadowRoots: () => this.scanner?.shadowRoots ?? [],
      timings: () => ({ dwellMs: this.settings.hoverDelayMs, graceMs: this.settings.graceMs, hover: this.highlights.painted }),
      reading: () => cardReadingOf(this.settings),
    });
    this.navigator = new TermNavigator(this.highlights, (mark, anchor) =>
      this.cards.trigger.show(mark.termId, anchor, { pinned: true, takeFocus: true }, mark),
    );
    this.report = new TermsReport(this.ctx, () => this.highlights.counts());
    listenForNavigationKeys(this.ctx, () => this.scanner !== undefined && this.highlights.all().length > 0, (direction) => this.navigator.step(direction));
    // A page restored from the back/forward cache is a new page to the tab: report its terms again.
    this.ctx.addEventListener(window, 'pageshow', (event) => (event as PageTransitionEvent).persisted && this.report.schedule());
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
        this.cards.showLookup(request.termId, request.query);
        return true;
    }
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

  /** Drops every mark and scans the page again from the top with fresh page state. */
  private rescan(settings: Settings): void {
    this.scanner?.stop();
    this.highlights.clear();
    this.highlights.setFilter(markFilterOf(settings, this.index.categoryOf));
    const pageMatcher = new PageMatcher<TextSegment>(this.index.matcher, this.index.rules);
    this.scanner = new PageScanner(this.ctx, pageMatcher, this.highlights, this.hostTag, () => this.report.schedule());
    this.scanner.start(document.body ?? document.documentElement);
  }

  private stop(): void {
    this.scanner?.stop();
    this.scanner = undefined;
    this.highlights.clear();
    this.highlights.setStyle('none');
    this.cards.close();
    this.report.schedule();
  }
}
