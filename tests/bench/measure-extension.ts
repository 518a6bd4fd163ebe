/**
 * The extension on real pages: each page is loaded once in Chromium WITH the extension and once in
 * the same Chromium WITHOUT it. Chromium's counters (CDP Performance.getMetrics) cover the whole
 * renderer main thread, page and content script alike, so the extension's share is the difference
 * between the two runs. The run without the extension stays open exactly as long as the run with
 * it did, so periodic costs (our probe, timers) cancel out.
 */
import type { BrowserContext } from 'playwright-core';
import type { ExtensionBrowser } from '../e2e/harness';
import type { BaselineBrowser } from './baseline-browser';
import { bareWalk, highlightTextCounts, loadAndSettle, longestAfter, readMetrics, type SettleRule } from './page-probe';
import { median, megabytes } from './stats';

/** Highlights count as "all there" once unchanged for this long. */
const STABLE_MS = 1_000;
/** A scan still running after this is reported as timed out, not waited for. */
const MAX_SCAN_MS = 120_000;
/** Pages without terms never get a highlight to wait for: keep them open this long after navigation start. */
const NO_TERMS_OPEN_MS = 4_000;
const WALK_RUNS = 5;

export interface LoadRun {
  /** Milliseconds from navigation start; null when no highlight appeared. */
  firstHighlightMs: number | null;
  allHighlightsMs: number | null;
  highlights: number;
  timedOut: boolean;
  /** When the page was read, ms from navigation start. */
  settledAt: number;
  domContentLoadedEnd: number;
  loadEventEnd: number;
  /**
   * Longest long task / long animation frame from the load event on, and from DOMContentLoaded on
   * (a document_idle content script may start before the load event on a big page). null: not
   * supported by this Chromium.
   */
  longestTaskAfterLoadMs: number | null;
  longestTaskAfterDomReadyMs: number | null;
  longestFrameAfterDomReadyMs: number | null;
  longTaskCount: number;
  /** CDP counters for the page's renderer main thread, in ms (converted from seconds). */
  scriptMs: number;
  taskMs: number;
  layoutMs: number;
  recalcStyleMs: number;
  /** JSHeapUsedSize after a forced GC, bytes: every world of the page's isolate. */
  heapBytes: number;
  /** Text of each highlighted range → count (run with the extension only). */
  highlightTexts?: Record<string, number>;
}

export interface ExtensionResult {
  pageId: string;
  withExtension: LoadRun;
  withoutExtension: LoadRun;
  /** Characters and text nodes under <body>, counted in the page by the bare walk. */
  textChars: number;
  textNodes: number;
  walkTimesMs: number[];
  walkMedianMs: number;
  /** With minus without. */
  extensionScriptMs: number;
  extensionTaskMs: number;
  extensionHeapBytes: number;
  /** MB of text per second of extension script time. */
  throughputMBs: number;
  /** Extension script time as a multiple of the bare walk. */
  scriptOverWalk: number;
}

function loadAndMeasure(context: BrowserContext, url: string, rule: SettleRule, walkRuns = 0) {
  return loadAndSettle(context, url, rule, async ({ page, cdp, settled, metrics }) => {
    // Garbage from scanning is not the content script's footprint: collect it before reading the heap.
    await cdp.send('HeapProfiler.collectGarbage');
    const heapBytes = (await readMetrics(cdp)).JSHeapUsedSize;
    const { state } = settled;
    const run: LoadRun = {
      firstHighlightMs: state.firstAt,
      allHighlightsMs: state.size > 0 ? state.lastChangeAt : null,
      highlights: state.size,
      timedOut: settled.timedOut,
      settledAt: settled.settledAt,
      domContentLoadedEnd: settled.domContentLoadedEnd,
      loadEventEnd: settled.loadEventEnd,
      longestTaskAfterLoadMs: longestAfter(state, 'longTasks', settled.loadEventEnd),
      longestTaskAfterDomReadyMs: longestAfter(state, 'longTasks', settled.domContentLoadedEnd),
      longestFrameAfterDomReadyMs: longestAfter(state, 'longFrames', settled.domContentLoadedEnd),
      longTaskCount: state.longTasks.length,
      scriptMs: metrics.ScriptDuration * 1000,
      taskMs: metrics.TaskDuration * 1000,
      layoutMs: metrics.LayoutDuration * 1000,
      recalcStyleMs: metrics.RecalcStyleDuration * 1000,
      heapBytes,
    };
    // Everything below runs after the counters were read, so it never pollutes them.
    if (state.size > 0) run.highlightTexts = await highlightTextCounts(page);
    const walk = walkRuns > 0 ? await bareWalk(page, walkRuns) : undefined;
    return { run, walk };
  });
}

/** One page, with then without the extension. `expectTerms` false: a page where nothing should be marked. */
export async function measureExtension(
  extension: ExtensionBrowser,
  baseline: BaselineBrowser,
  origin: string,
  pageId: string,
  expectTerms: boolean,
): Promise<ExtensionResult> {
  const url = `${origin}/${pageId}.html`;
  const rule: SettleRule = expectTerms
    ? { kind: 'stable', stableMs: STABLE_MS, maxMs: MAX_SCAN_MS }
    : { kind: 'until', atMs: NO_TERMS_OPEN_MS };
  const withExtension = (await loadAndMeasure(extension.context, url, rule)).run;
  const { run: withoutExtension, walk } = await loadAndMeasure(baseline.context, url, { kind: 'until', atMs: withExtension.settledAt }, WALK_RUNS);
  if (!walk) throw new Error('bare walk did not run');
  const extensionScriptMs = withExtension.scriptMs - withoutExtension.scriptMs;
  const walkMedianMs = median(walk.times);
  return {
    pageId,
    withExtension,
    withoutExtension,
    textChars: walk.chars,
    textNodes: walk.textNodes,
    walkTimesMs: walk.times,
    walkMedianMs,
    extensionScriptMs,
    extensionTaskMs: withExtension.taskMs - withoutExtension.taskMs,
    extensionHeapBytes: withExtension.heapBytes - withoutExtension.heapBytes,
    throughputMBs: megabytes(walk.chars) / (extensionScriptMs / 1000),
    scriptOverWalk: extensionScriptMs / walkMedianMs,
  };
}
