/**
 * What we observe from inside a bench page, plus Chromium's own counters for it.
 *
 * The probe is an init script in the PAGE's world (the content script lives in an isolated world we
 * cannot reach). Every POLL_MS it sums the ranges of every highlight in `CSS.highlights` (the
 * extension's highlight names may be random per page, and the bench pages register none of their
 * own, so every range there is ours) and records when that sum first became non-zero and when it
 * last changed; it also collects long tasks and long animation frames from document start. It is
 * installed in both browsers, so its own (tiny) cost cancels out of the with-minus-without
 * differences. Times are `performance.now()`, i.e. milliseconds since navigation start.
 */
import type { BrowserContext, CDPSession, Page } from 'playwright-core';

/**
 * Poll period: the resolution of "time to first mark" (a target of 100 ms wants better than the
 * 25 ms it once was); the poll reads a handful of sizes, so even this often it costs next to nothing.
 */
export const POLL_MS = 10;

export interface TimedEntry {
  start: number;
  duration: number;
}

/** A long animation frame and the scripts Chromium attributes to it (sourceURL, else invoker). */
export interface FrameEntry extends TimedEntry {
  scripts: string[];
}

export interface ProbeState {
  size: number;
  firstAt: number | null;
  lastChangeAt: number | null;
  /** Long tasks (> 50 ms), from document start. */
  longTasks: TimedEntry[];
  /**
   * Long animation frames (> 50 ms): unlike long tasks they include the rendering work of the
   * frame (style, layout, paint of highlights), which is where a highlight's cost may land.
   */
  longFrames: FrameEntry[];
  /** Entry types this Chromium does not offer: their figures are reported as missing, not as zero. */
  unsupported: string[];
}

interface ProbeWindow {
  __benchProbe?: ProbeState;
}

/**
 * Runs in the page, before any of its own scripts. Must stay self-contained (it is serialised) and
 * must not declare named functions inside (see below).
 */
function probe({ pollMs }: { pollMs: number }): void {
  const state: ProbeState = { size: 0, firstAt: null, lastChangeAt: null, longTasks: [], longFrames: [], unsupported: [] };
  (window as unknown as ProbeWindow).__benchProbe = state;
  setInterval(() => {
    let size = 0;
    for (const highlight of CSS.highlights.values()) size += highlight.size;
    if (size === state.size) return;
    const now = performance.now();
    if (state.firstAt === null && size > 0) state.firstAt = now;
    state.lastChangeAt = now;
    state.size = size;
  }, pollMs);
  // A loop, not a helper: tsx wraps named functions in a `__name()` call that does not exist in the page.
  for (const [type, into] of [['longtask', state.longTasks], ['long-animation-frame', state.longFrames]] as const) {
    if (!PerformanceObserver.supportedEntryTypes.includes(type)) {
      state.unsupported.push(type);
      continue;
    }
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        // Only frames carry `scripts`; a long task's attribution names no script, only the frame.
        const scripts = (entry as PerformanceEntry & { scripts?: { sourceURL: string; invoker: string }[] }).scripts;
        const timed: TimedEntry = { start: entry.startTime, duration: entry.duration };
        (into as TimedEntry[]).push(scripts ? Object.assign(timed, { scripts: scripts.map((script) => script.sourceURL || script.invoker) }) : timed);
      }
    }).observe({ type, buffered: true });
  }
}

export async function installProbe(context: BrowserContext): Promise<void> {
  await context.addInitScript(probe, { pollMs: POLL_MS });
}

/** How long to keep the page open before reading the counters. */
export type SettleRule =
  /** Until highlights exist and their count has not changed for `stableMs`, or `maxMs` passed. */
  | { kind: 'stable'; stableMs: number; maxMs: number }
  /** Until the first highlight range exists, or `maxMs` passed: "script to first marks". */
  | { kind: 'first'; maxMs: number }
  /** Until `atMs` after navigation start (pages with no terms; the run without the extension). */
  | { kind: 'until'; atMs: number };

export interface Settled {
  settledAt: number;
  timedOut: boolean;
  state: ProbeState;
  /** Navigation timing, ms from navigation start. */
  domContentLoadedEnd: number;
  loadEventStart: number;
  loadEventEnd: number;
}

/** One call into the page that resolves when the rule is met (one call: the same cost in both browsers). */
export function settle(page: Page, rule: SettleRule): Promise<Settled> {
  return page.evaluate(
    ({ rule, pollMs }) =>
      new Promise<Settled>((resolve) => {
        const state = (window as unknown as ProbeWindow).__benchProbe;
        if (!state) throw new Error('bench probe missing: installProbe() before navigating');
        const timer = setInterval(() => {
          const now = performance.now();
          let done = false;
          let timedOut = false;
          if (rule.kind === 'until') done = now >= rule.atMs;
          else if (rule.kind === 'first' && state.firstAt !== null) done = true;
          else if (now >= rule.maxMs) done = timedOut = true;
          else done = rule.kind === 'stable' && state.size > 0 && state.lastChangeAt !== null && now - state.lastChangeAt >= rule.stableMs;
          if (!done) return;
          clearInterval(timer);
          const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
          resolve({
            settledAt: now,
            timedOut,
            state: JSON.parse(JSON.stringify(state)),
            domContentLoadedEnd: navigation?.domContentLoadedEventEnd ?? Number.NaN,
            loadEventStart: navigation?.loadEventStart ?? Number.NaN,
            loadEventEnd: navigation?.loadEventEnd ?? Number.NaN,
          });
        }, pollMs);
      }),
    { rule, pollMs: POLL_MS },
  );
}

export type Metrics = Record<string, number>;

export interface Loaded {
  page: Page;
  cdp: CDPSession;
  settled: Settled;
  /** Read right after settling, before `read` runs. */
  metrics: Metrics;
}

/**
 * One load in a fresh tab: counters zeroed, navigate, wait by `rule`, read the counters, then hand
 * the still-open page to `read` (whose own work can no longer pollute the counters) and close it.
 */
export async function loadAndSettle<T>(
  context: BrowserContext,
  url: string,
  rule: SettleRule,
  read: (loaded: Loaded) => Promise<T>,
  waitUntil: 'domcontentloaded' | 'load' = 'load',
): Promise<T> {
  const page = await context.newPage();
  try {
    // Enabling on about:blank zeroes the counters; they carry across the navigation to `url`.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(url, { waitUntil, timeout: 120_000 });
    const settled = await settle(page, rule);
    const metrics = await readMetrics(cdp);
    return await read({ page, cdp, settled, metrics });
  } finally {
    await page.close();
  }
}

/** Longest long task or frame that started at or after `after`; 0 when none, null when unsupported. */
export function longestAfter(state: ProbeState, kind: 'longTasks' | 'longFrames', after: number): number | null {
  if (state.unsupported.includes(kind === 'longTasks' ? 'longtask' : 'long-animation-frame')) return null;
  return state[kind].filter((entry) => entry.start >= after).reduce((longest, entry) => Math.max(longest, entry.duration), 0);
}

/** How many highlight ranges (of every highlight: all are ours) cover each text, read from the page's world. */
export function highlightTextCounts(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const counts: Record<string, number> = {};
    for (const highlight of CSS.highlights.values()) {
      for (const range of highlight) {
        const text = (range as Range).toString();
        counts[text] = (counts[text] ?? 0) + 1;
      }
    }
    return counts;
  });
}

/** Chromium's per-page counters (Performance domain): durations in seconds, sizes in bytes. */
export async function readMetrics(cdp: CDPSession): Promise<Metrics> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(metrics.map((metric) => [metric.name, metric.value]));
}

/**
 * The text the page shows and a bare walk over it: the physical floor of any scan. The first run
 * also creates the JS wrappers of the text nodes (the content script pays that in its own world),
 * later runs reuse them; the report gives the median and the first.
 */
export function bareWalk(page: Page, runs: number): Promise<{ chars: number; textNodes: number; times: number[] }> {
  return page.evaluate((runs) => {
    const times: number[] = [];
    let chars = 0;
    let textNodes = 0;
    for (let run = 0; run < runs; run++) {
      const start = performance.now();
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      let sum = 0;
      let count = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        sum += (node as Text).data.length;
        count++;
      }
      times.push(performance.now() - start);
      chars = sum;
      textNodes = count;
    }
    return { chars, textNodes, times };
  }, runs);
}
