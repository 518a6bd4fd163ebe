/**
 * Tells the background how many of each term the page shows (for the popup's "On this page" and the
 * badge). Only the top frame speaks for the tab, and at most once per REPORT_DELAY_MS while a page
 * keeps changing.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { askBackground } from '../page-guard/ask-background';
import { contextTimers } from '../page-guard/context-timers';

const REPORT_DELAY_MS = 500;

export class TermsReport {
  private timer: number | undefined;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly counts: () => Record<string, number>,
  ) {}

  schedule(): void {
    if (this.timer !== undefined) return;
    this.timer = contextTimers(this.ctx).setTimeout(() => {
      this.timer = undefined;
      if (window === window.top) void askBackground({ type: 'report-page-terms', counts: this.counts() });
    }, REPORT_DELAY_MS);
  }
}
