/**
 * The start-up rows' notes: how they were measured, and what the loads themselves say about the
 * method (marks in the browser without the extension, loads without marks, what Chromium attributed).
 */
import type { StartupResults } from './startup-report';

export interface StartupMethod {
  quietOpenMs: number;
  pollMs: number;
  smallSource: string;
}

export function startupNotes({ runs, loads, quiet, small }: StartupResults, method: StartupMethod): string[] {
  const { quietOpenMs, pollMs, smallSource } = method;
  const notes = [
    `Start-up rows: each page loaded ${loads} times with the extension and ${loads} times without it, alternately, in the same Chromium with the same flags: both are persistent contexts launched as tests/e2e/harness.ts launchWithExtension() does, the baseline minus the extension (tests/bench/baseline-browser.ts; harness.launchPlain()'s non-persistent context loads pages 20–30 ms slower). Figures are medians; differences are median with minus median without.`,
    `${runs.quiet.label}: the generated 10,000-word page, read ${quietOpenMs} ms after navigation start. Load event = navigation timing loadEventStart, median with ÷ median without.`,
    `${runs.small.label}: ${smallSource} (an abstract, without its e2e recorder script), read as soon as the probe sees the first highlight range; its run without the extension is read at the same moment after navigation start. Script to first marks therefore includes the extension's work in the few ms between the first mark and the read (a ${pollMs} ms poll and one CDP round trip).`,
    `First marks after DOMContentLoaded = when the first highlight range was seen (polled every ${pollMs} ms from the page's world, so up to ${pollMs} ms late) minus domContentLoadedEventEnd, per load, median.`,
    `Long tasks and long animation frames (PerformanceObserver, buffered, from document start) are the extension's when they appear with it and not without it: the count over all ${loads} loads with minus the count without, never below 0 (the target is none, which a median per load could hide); a frame whose scripts Chromium attributes to a chrome-extension:// URL counts too. A count cannot see a page frame the extension only lengthens: compare the longest with | without.`,
    'Code evaluated on every page = gzip -9 of the files listed in the built manifest\'s content_scripts (js and css), summed; stages the background injects later, only on pages with a candidate term, are not in it.',
  ];
  const framesWithExtension = (quiet.withExtension.longFramesInAllLoads ?? 0) + (small.withExtension.longFramesInAllLoads ?? 0);
  const framesWithScripts = quiet.withExtension.framesWithAnyScript + small.withExtension.framesWithAnyScript;
  if (framesWithExtension > 0 && framesWithScripts === 0) {
    notes.push(`Chromium listed no script for any of the ${framesWithExtension} long frames with the extension (content scripts run in an isolated world, which a frame's \`scripts\` leaves out), so long frames are attributed by count alone.`);
  }
  // What the count cannot see, said where it happened: a page frame the extension made much longer.
  const [longestWith, longestWithout] = [quiet.withExtension.longestFrameMs, quiet.withoutExtension.longestFrameMs];
  if (quiet.attributedLongFrames === 0 && longestWith !== null && longestWithout !== null && longestWith - longestWithout > 25) {
    notes.push(`${runs.quiet.label}: no long frame is counted as the extension's, yet the longest frame with it (${longestWith.toFixed(0)} ms) is ${(longestWith - longestWithout).toFixed(0)} ms longer than any without it: the extension lengthened a frame of the page's.`);
  }
  for (const page of [runs.quiet, runs.small]) {
    const marked = page.withoutExtension.filter((load) => load.marks > 0).length;
    if (marked > 0) notes.push(`${page.label}: highlights in ${marked} load(s) WITHOUT the extension — the runs are not separated.`);
  }
  for (const page of [runs.quiet, runs.small]) {
    const shared = page.withExtension.filter((load) => load.sharedMachine).length;
    if (shared > 0) notes.push(`${page.label}: another browser ran alongside ${shared} of ${loads} pairs of loads (the bench waited up to 30 s for it to go): those figures are skewed.`);
  }
  const unmarked = runs.small.withExtension.filter((load) => load.firstMarkMs === null).length;
  if (unmarked > 0) notes.push(`${runs.small.label}: no mark in ${unmarked} of ${loads} loads with the extension by the read; those loads count as later than any in the first-mark median.`);
  return notes;
}
