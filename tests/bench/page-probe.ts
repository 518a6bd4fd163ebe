/**
 * What we observe from inside a bench page, plus Chromium's own counters for it.
 *
 * The probe is an init script in the PAGE's world (the content script lives in an isolated world we
 * cannot reach). It polls `CSS.highlights.get('plainly-ms-term').size` every POLL_MS and records
 * when it first became non-zero and when it last changed, and it collects long tasks from document
 * start. It is installed in both browsers, so its own (tiny) cost cancels out of the with-minus-
 * without differences. Times are `performance.now()`, i.e. milliseconds since navigation start.
 */
import type { BrowserContext, CDPSession, Page } from 'playwright-core';

export const HIGHLIGHT_NAME = 'plainly-ms-term';
/** Poll period: fine enough for "time to highlight", coarse enough not to crowd idle periods. */
const POLL_MS = 25;

export interface TimedEntry {
  start: number;
  duration: number;
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
  longFrames: TimedEntry[];
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
function probe({ name, pollMs }: { name: string; pollMs: number }): void {
  const state: ProbeState = { size: 0, firstAt: null, lastChangeAt: null, longTasks: [], longFrames: [], unsupported: [] };
  (window as unknown as ProbeWindow).__benchProbe = state;
  setInterval(() => {
    const size = CSS.highlights.get(name)?.size ?? 0;
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
      for (const entry of list.getEntries()) into.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type, buffered: true });
  }
}

export async function installProbe(context: BrowserContext): Promise<void> {
  await context.addInitScript(probe, { name: HIGHLIGHT_NAME, pollMs: POLL_MS });
}

/** How long to keep the page open before reading the counters. */
export type SettleRule =
  /** Until highlights exist and their count has not changed for `stableMs`, or `maxMs` passed. */
  | { kind: 'stable'; stableMs: number; maxMs: number }
  /** Until `atMs` after navigation start (pages with no terms; the run without the extension). */
  | { kind: 'until'; atMs: number };

export interface Settled {
  settledAt: number;
  timedOut: boolean;
  state: ProbeState;
  /** Navigation timing, ms from navigation start. */
  domContentLoadedEnd: number;
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
          else if (now >= rule.maxMs) done = timedOut = true;
          else done = state.size > 0 && state.lastChangeAt !== null && now - state.lastChangeAt >= rule.stableMs;
          if (!done) return;
          clearInterval(timer);
          const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
          resolve({
            settledAt: now,
            timedOut,
            state: JSON.parse(JSON.stringify(state)),
            domContentLoadedEnd: navigation?.domContentLoadedEventEnd ?? Number.NaN,
            loadEventEnd: navigation?.loadEventEnd ?? Number.NaN,
          });
        }, pollMs);
      }),
    { rule, pollMs: POLL_MS },
  );
}

/** Longest long task or frame that started at or after `after`; 0 when none, null when unsupported. */
export function longestAfter(state: ProbeState, kind: 'longTasks' | 'longFrames', after: number): number | null {
  if (state.unsupported.includes(kind === 'longTasks' ? 'longtask' : 'long-animation-frame')) return null;
  return state[kind].filter((entry) => entry.start >= after).reduce((longest, entry) => Math.max(longest, entry.duration), 0);
}

/** How many ranges of our highlight cover each text, read from the page's world. */
export function highlightTextCounts(page: Page): Promise<Record<string, number>> {
  return page.evaluate((name) => {
    const counts: Record<string, number> = {};
    for (const range of CSS.highlights.get(name) ?? []) {
      const text = (range as Range).toString();
      counts[text] = (counts[text] ?? 0) + 1;
    }
    return counts;
  }, HIGHLIGHT_NAME);
}

export type Metrics = Record<string, number>;

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
