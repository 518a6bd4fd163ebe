/**
 * The content script: marks MS terms on the page and opens their cards. Carries only the matcher
 * table; entries come from the background when a card opens. Runs on every page, so it waits for
 * idle time, never throws into the page and never changes the page's own nodes.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import matcherTable from 'virtual:plainly/matcher-table';
import { getTerm, reportPageTerms } from '../../lib/extension/background-client';
import { Matcher } from '../../lib/match/matcher';
import { PageMatcher } from '../../lib/match/page-matcher';
import { msSignalTerms } from '../../lib/match/surface-forms';
import { TextCollector, type TextSegment } from '../../lib/page/text-segments';
import { CardHost, HOST_TAG } from './card-host';
import { CardTrigger } from './card-trigger';
import { PageScanner } from './page-scanner';
import { TermHighlights } from './term-highlights';
import './highlight.css';

/** Counts go to the background (for the popup and badge) at most this often while a page changes. */
const REPORT_DELAY_MS = 500;

function isOwnUi(node: Node): boolean {
  const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  return element?.closest(HOST_TAG) != null;
}

function startPlainly(): void {
  // No Custom Highlight API (old browsers): do nothing rather than touch the page's DOM.
  if (typeof Highlight !== 'function' || !('highlights' in CSS)) return;

  const highlights = new TermHighlights();
  const cardHost = new CardHost();
  let lookup = 0; // newest card request; older answers are ignored

  const signals = msSignalTerms(matcherTable);
  const pageMatcher = new PageMatcher<TextSegment>(new Matcher(matcherTable), (termId) => signals.has(termId));
  // The scanner is created before the collector can report shadow roots to it, hence the indirection.
  const collector = new TextCollector(isOwnUi, (root) => scanner.watch(root));
  const scanner: PageScanner = new PageScanner(pageMatcher, collector, highlights, isOwnUi, () => scheduleReport());

  const trigger = new CardTrigger(highlights, () => scanner.shadowRoots, {
    open(mark, anchor) {
      const token = ++lookup;
      void getTerm(mark.termId).then((answer) => {
        if (token !== lookup || !answer) return;
        cardHost.show(answer.term, answer.studies, anchor, () => trigger.close());
      });
    },
    close() {
      lookup++;
      cardHost.hide();
    },
    isOpen: () => cardHost.isOpen,
    ownsNode: (node) => cardHost.contains(node),
  });
  cardHost.onPointerEnter(() => trigger.pointerOnCardChanged(true));
  cardHost.onPointerLeave(() => trigger.pointerOnCardChanged(false));
  trigger.attach();

  let reportTimer: number | undefined;
  const scheduleReport = () => {
    if (reportTimer !== undefined) return;
    reportTimer = window.setTimeout(() => {
      reportTimer = undefined;
      if (window === window.top) void reportPageTerms(highlights.counts());
    }, REPORT_DELAY_MS);
  };

  scanner.start(document.body ?? document.documentElement);
}

export default defineContentScript({
  matches: ['<all_urls>'],
  // Every frame scans its own text (same-origin and cross-origin alike); nothing crosses frames.
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  main() {
    try {
      startPlainly();
    } catch (error) {
      // Never throw into the page; leave a trace for whoever debugs the extension.
      console.debug('Plainly MS could not start on this page', error);
    }
  },
});
