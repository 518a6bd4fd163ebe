/**
 * The start-up loads reduced to the figures the targets are about: medians of each side, then with
 * minus (or over) without.
 *
 * Long tasks and long animation frames are the extension's when they appear with it and not
 * without it: over all loads, the count with the extension minus the count without (a median per
 * load would hide a long task in two loads of seven, and the target is "none"). A frame whose
 * scripts Chromium attributes to a chrome-extension:// URL is ours outright; Chromium does not list
 * content scripts (an isolated world) among a frame's scripts, though, so `framesWithAnyScript`
 * says whether that attribution said anything at all.
 */
import type { StartupLoad, StartupPageRuns } from './measure-startup';
import type { FrameEntry } from './page-probe';
import { median } from './stats';

const isExtensionScript = (script: string) => script.startsWith('chrome-extension://');
const fromExtension = (frame: FrameEntry) => frame.scripts.some(isExtensionScript);

export interface SideSummary {
  loads: number;
  scriptMs: number;
  taskMs: number;
  domContentLoadedEnd: number;
  loadEventStart: number;
  /** Median over loads; a load without marks counts as later than any (Infinity). */
  firstMarkAfterDomReadyMs: number;
  loadsWithoutMarks: number;
  /** Medians of the per-load counts; null when this Chromium does not offer the entry type. */
  longTasks: number | null;
  longFrames: number | null;
  /** Across all loads of this side: what a median of counts can hide (one long task in two of five loads). */
  longTasksInAllLoads: number | null;
  longFramesInAllLoads: number | null;
  longFramesNamingExtension: number;
  framesWithAnyScript: number;
  longestTaskMs: number | null;
  longestFrameMs: number | null;
}

export interface PageSummary {
  pageId: string;
  label: string;
  withExtension: SideSummary;
  withoutExtension: SideSummary;
  /** Median with minus median without. */
  extensionScriptMs: number;
  /** Median loadEventStart with over without. */
  loadEventRatio: number;
  /** Entries, over all loads, that appear with the extension and not without it (never negative); null: not supported. */
  attributedLongTasks: number | null;
  attributedLongFrames: number | null;
}

const supported = (loads: StartupLoad[], type: string) => !loads.some((load) => load.unsupported.includes(type));
const longest = (durations: number[]) => durations.reduce((max, duration) => Math.max(max, duration), 0);

function summariseSide(loads: StartupLoad[]): SideSummary {
  const tasks = supported(loads, 'longtask');
  const frames = supported(loads, 'long-animation-frame');
  return {
    loads: loads.length,
    scriptMs: median(loads.map((load) => load.scriptMs)),
    taskMs: median(loads.map((load) => load.taskMs)),
    domContentLoadedEnd: median(loads.map((load) => load.domContentLoadedEnd)),
    // Of the loads read after their load event (on the page without terms, all: it is read seconds later).
    loadEventStart: median(loads.flatMap((load) => (load.loadEventStart === null ? [] : [load.loadEventStart]))),
    firstMarkAfterDomReadyMs: median(loads.map((load) => (load.firstMarkMs === null ? Infinity : load.firstMarkMs - load.domContentLoadedEnd))),
    loadsWithoutMarks: loads.filter((load) => load.firstMarkMs === null).length,
    longTasks: tasks ? median(loads.map((load) => load.longTasks.length)) : null,
    longFrames: frames ? median(loads.map((load) => load.longFrames.length)) : null,
    longTasksInAllLoads: tasks ? loads.reduce((sum, load) => sum + load.longTasks.length, 0) : null,
    longFramesInAllLoads: frames ? loads.reduce((sum, load) => sum + load.longFrames.length, 0) : null,
    longFramesNamingExtension: loads.reduce((sum, load) => sum + load.longFrames.filter(fromExtension).length, 0),
    framesWithAnyScript: loads.reduce((sum, load) => sum + load.longFrames.filter((frame) => frame.scripts.length > 0).length, 0),
    longestTaskMs: tasks ? longest(loads.flatMap((load) => load.longTasks.map((entry) => entry.duration))) : null,
    longestFrameMs: frames ? longest(loads.flatMap((load) => load.longFrames.map((entry) => entry.duration))) : null,
  };
}

const excess = (withCount: number | null, withoutCount: number | null) => (withCount === null || withoutCount === null ? null : Math.max(0, withCount - withoutCount));

export function summariseStartupPage(runs: StartupPageRuns): PageSummary {
  const withExtension = summariseSide(runs.withExtension);
  const withoutExtension = summariseSide(runs.withoutExtension);
  const framesByCount = excess(withExtension.longFramesInAllLoads, withoutExtension.longFramesInAllLoads);
  return {
    pageId: runs.pageId,
    label: runs.label,
    withExtension,
    withoutExtension,
    extensionScriptMs: withExtension.scriptMs - withoutExtension.scriptMs,
    loadEventRatio: withExtension.loadEventStart / withoutExtension.loadEventStart,
    attributedLongTasks: excess(withExtension.longTasksInAllLoads, withoutExtension.longTasksInAllLoads),
    // Frames named by their scripts and frames by count may be the same frames: take the larger.
    attributedLongFrames: framesByCount === null ? null : Math.max(framesByCount, withExtension.longFramesNamingExtension),
  };
}
