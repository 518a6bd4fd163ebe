/**
 * The start-up targets (the staged content script's issue) next to their figures, and the table of
 * the loads behind them. Goals are the issue's; results and verdicts come from the measurements.
 */
import type { EveryPageCode } from './code-size';
import { ms, table, times } from './format';
import type { StartupPageRuns } from './measure-startup';
import type { PageSummary, SideSummary } from './startup-summary';
import { atMost, type Target } from './target';

export const STARTUP_GOALS = {
  quietScriptMs: 5,
  quietLoadEventRatio: 1.05,
  smallScriptToFirstMarksMs: 20,
  smallFirstMarkAfterDomReadyMs: 100,
  everyPageGzipBytes: 12_000,
};

export interface StartupResults {
  loads: number;
  quiet: PageSummary;
  small: PageSummary;
  code: EveryPageCode;
  /** Every load behind the medians, for bench.json. */
  runs: { quiet: StartupPageRuns; small: StartupPageRuns };
}

const signedMs = (value: number) => `${value >= 0 ? '+' : ''}${ms(value, 1)}`;
const count = (value: number | null) => (value === null ? '—' : String(value));
const bytes = (value: number) => `${value.toLocaleString('en-GB')} B`;
/** The median first mark; loads without marks count as later than any, so most of them make it "none". */
const firstMark = (side: SideSummary) => {
  const none = side.loadsWithoutMarks > 0 && side.loadsWithoutMarks < side.loads ? ` (none in ${side.loadsWithoutMarks} of ${side.loads} loads)` : '';
  return (Number.isFinite(side.firstMarkAfterDomReadyMs) ? ms(side.firstMarkAfterDomReadyMs) : 'none') + none;
};

export function startupTargets({ loads, quiet, small, code }: StartupResults): Target[] {
  const [quietLabel, smallLabel] = [quiet.label, small.label];
  const [qw, qo] = [quiet.withExtension, quiet.withoutExtension];
  const medians = (w: number, o: number) => `median ${ms(w, 1)} with, ${ms(o, 1)} without, ${loads} loads each`;
  const noneFromUs = (attributed: number | null) => (attributed === null ? 'no figure' : attributed === 0 ? 'met' : 'missed');
  const marksMissing = small.withExtension.loadsWithoutMarks;
  return [
    {
      name: `${quietLabel}: extension script`,
      goal: `≤ ${STARTUP_GOALS.quietScriptMs} ms`,
      result: `${signedMs(quiet.extensionScriptMs)} (${medians(qw.scriptMs, qo.scriptMs)})`,
      verdict: atMost(quiet.extensionScriptMs, STARTUP_GOALS.quietScriptMs),
    },
    {
      name: `${quietLabel}: long tasks from us`,
      goal: 'none',
      result: `${count(quiet.attributedLongTasks)} (in all ${loads} loads ${count(qw.longTasksInAllLoads)} with, ${count(qo.longTasksInAllLoads)} without; median per load ${count(qw.longTasks)} | ${count(qo.longTasks)}; longest ${ms(qw.longestTaskMs)} | ${ms(qo.longestTaskMs)})`,
      verdict: noneFromUs(quiet.attributedLongTasks),
    },
    {
      name: `${quietLabel}: long animation frames from us`,
      goal: 'none',
      result:
        `${count(quiet.attributedLongFrames)} (in all ${loads} loads ${count(qw.longFramesInAllLoads)} with, ${count(qo.longFramesInAllLoads)} without, ` +
        `${qw.longFramesNamingExtension} naming chrome-extension:// scripts; median per load ${count(qw.longFrames)} | ${count(qo.longFrames)}; ` +
        `longest ${ms(qw.longestFrameMs)} | ${ms(qo.longestFrameMs)})`,
      verdict: noneFromUs(quiet.attributedLongFrames),
    },
    {
      name: `${quietLabel}: load event`,
      goal: `≤ ${times(STARTUP_GOALS.quietLoadEventRatio, 2)} without`,
      result: `${times(quiet.loadEventRatio, 2)} (loadEventStart ${medians(qw.loadEventStart, qo.loadEventStart)})`,
      verdict: atMost(quiet.loadEventRatio, STARTUP_GOALS.quietLoadEventRatio),
    },
    {
      name: `${smallLabel}: script to first marks`,
      goal: `≤ ${STARTUP_GOALS.smallScriptToFirstMarksMs} ms`,
      result: `${signedMs(small.extensionScriptMs)} (${medians(small.withExtension.scriptMs, small.withoutExtension.scriptMs)})`,
      // Read at the first marks only if most loads had some; otherwise it is script to a timeout.
      verdict: marksMissing * 2 > loads ? 'no figure' : atMost(small.extensionScriptMs, STARTUP_GOALS.smallScriptToFirstMarksMs),
    },
    {
      name: `${smallLabel}: first marks after DOMContentLoaded`,
      goal: `≤ ${STARTUP_GOALS.smallFirstMarkAfterDomReadyMs} ms`,
      result: `${firstMark(small.withExtension)} (median; DOMContentLoaded ended at ${ms(small.withExtension.domContentLoadedEnd)})`,
      verdict: atMost(small.withExtension.firstMarkAfterDomReadyMs, STARTUP_GOALS.smallFirstMarkAfterDomReadyMs),
    },
    {
      name: 'Code evaluated on every page',
      goal: `≤ ${bytes(STARTUP_GOALS.everyPageGzipBytes)} gzip -9`,
      result: `${bytes(code.totalGzipBytes)} by ${code.compressor} (${code.files.map((file) => `${file.file} ${bytes(file.gzipBytes)}`).join(' + ')})`,
      verdict: code.files.length === 0 ? 'no figure' : atMost(code.totalGzipBytes, STARTUP_GOALS.everyPageGzipBytes),
    },
  ];
}

export function formatStartup({ loads, quiet, small }: StartupResults): string {
  const pair = (w: string, o: string) => `${w} | ${o}`;
  const row = (summary: PageSummary) => {
    const [w, o] = [summary.withExtension, summary.withoutExtension];
    return [
      summary.label,
      pair(ms(w.scriptMs, 1), ms(o.scriptMs, 1)),
      signedMs(summary.extensionScriptMs),
      pair(ms(w.domContentLoadedEnd), ms(o.domContentLoadedEnd)),
      pair(ms(w.loadEventStart), ms(o.loadEventStart)),
      firstMark(w),
      pair(`${count(w.longTasks)}, ${ms(w.longestTaskMs)}`, `${count(o.longTasks)}, ${ms(o.longestTaskMs)}`),
      pair(`${count(w.longFrames)}, ${ms(w.longestFrameMs)}`, `${count(o.longFrames)}, ${ms(o.longestFrameMs)}`),
    ];
  };
  return [
    `Start-up, median of ${loads} loads with | without the extension (ms from navigation start; long entries: count per load, longest of all loads)`,
    table(['page', 'script', 'extension script', 'DOMContentLoaded', 'load event', 'first mark after DCL', 'long tasks', 'long frames'], [row(quiet), row(small)]),
  ].join('\n');
}
