/**
 * The bench's result as data (written to test-results/bench.json) and as a table for people, with
 * each target next to its figure. A target with no figure (a timeout, a missing measurement) says
 * so; nothing is filled in.
 */
import { ms, table, times } from './format';
import type { CardLatency } from './measure-card-latency';
import type { ExtensionResult } from './measure-extension';
import type { MarkJsResult } from './measure-markjs';
import type { MatcherResult } from './measure-matcher';
import { formatStartup, startupTargets, type StartupResults } from './startup-report';
import { megabytes } from './stats';
import { atLeast, atMost, type Target } from './target';

export interface PageInfo {
  id: string;
  label: string;
  words: number;
  termsInserted: number;
  /** Matches the matcher finds in the page's text, block by block: what the highlight count should be. */
  expectedMatches: number;
  htmlBytes: number;
  withTerms: boolean;
}

export interface BenchReport {
  date: string;
  environment: { node: string; chromium: string; cpus: number; commit: string; otherChromiumAtStart: number };
  /** 'quiet': only the start-up rows and the code size ran (`--only quiet`); the page sections are empty. */
  scope: 'all' | 'quiet';
  termForms: number;
  matcherBuildMs: number;
  pages: PageInfo[];
  extension: ExtensionResult[];
  markjs: MarkJsResult[];
  markjsTimeoutMs: number;
  matcher: MatcherResult[];
  startup: StartupResults;
  cardLatency: CardLatency;
  targets: Target[];
  notes: string[];
  totalSeconds: number;
}

/** The detection issue's targets, which need the page rows. */
function pageTargets(report: Omit<BenchReport, 'targets' | 'totalSeconds'>): Target[] {
  const targets: Target[] = [];
  const label = (id: string) => report.pages.find((page) => page.id === id)?.label ?? id;
  const termResults = report.extension.filter((result) => report.pages.find((page) => page.id === result.pageId)?.withTerms);

  targets.push({
    name: 'Matcher alone (Node)',
    goal: '≥ 100 MB/s',
    result: report.matcher.map((result) => `${label(result.pageId)}: ${result.throughputMBs.toFixed(1)} MB/s`).join(', '),
    verdict: atLeast(report.matcher.length === 0 ? null : Math.min(...report.matcher.map((result) => result.throughputMBs)), 100),
  });

  targets.push({
    name: 'Full scan vs bare walk',
    goal: '≤ 2× the walk',
    result: termResults.map((result) => `${label(result.pageId)}: ${times(result.scriptOverWalk)}`).join(', '),
    verdict: atMost(termResults.length === 0 ? null : Math.max(...termResults.map((result) => result.scriptOverWalk)), 2),
  });

  const large = report.extension.find((result) => result.pageId === 'terms-5m');
  const afterLoad = large?.withExtension.longestTaskAfterLoadMs ?? null;
  targets.push({
    name: 'Longest task after load, 5 MB page',
    goal: '≤ 50 ms',
    result: large
      ? `${ms(afterLoad)} with extension, ${ms(large.withoutExtension.longestTaskAfterLoadMs)} without; ` +
        `after DOMContentLoaded ${ms(large.withExtension.longestTaskAfterDomReadyMs)} / ${ms(large.withoutExtension.longestTaskAfterDomReadyMs)}`
      : '—',
    verdict: atMost(afterLoad, 50),
  });

  // A timeout still bounds the ratio from below: mark.js took at least the timeout.
  const ratios = termResults.map((result) => {
    const markjs = report.markjs.find((run) => run.pageId === result.pageId);
    if (!markjs || markjs.outcome === 'error') return { id: result.pageId, text: 'no figure', ratio: Number.NaN };
    if (markjs.outcome === 'timeout') {
      const bound = report.markjsTimeoutMs / result.extensionScriptMs;
      return { id: result.pageId, text: `> ${times(bound)} (timeout)`, ratio: bound };
    }
    const ratio = (markjs.ms ?? Number.NaN) / result.extensionScriptMs;
    return { id: result.pageId, text: times(ratio), ratio };
  });
  targets.push({
    name: 'Faster than mark.js',
    goal: '≥ 10×',
    result: ratios.map((entry) => `${label(entry.id)}: ${entry.text}`).join(', '),
    // Math.min is NaN when any page has no figure: then the whole target has none.
    verdict: atLeast(ratios.length === 0 ? null : Math.min(...ratios.map((entry) => entry.ratio)), 10),
  });
  return targets;
}

/** The detection issue's targets when the page rows ran, then the start-up issue's (always run). */
export function evaluateTargets(report: Omit<BenchReport, 'targets' | 'totalSeconds'>): Target[] {
  return [...(report.scope === 'all' ? pageTargets(report) : []), ...startupTargets(report.startup), ...cardTargets(report.cardLatency)];
}

/** "Settings and state that are never lost": a card within 50 ms of the dwell, warm or cold. */
function cardTargets(latency: CardLatency): Target[] {
  const spread = (values: number[]) => `${ms(Math.min(...values))}–${ms(Math.max(...values))}`;
  return [
    { name: 'Card after the dwell, worker running', goal: '≤ 50 ms (median of 10)', result: `median ${ms(latency.warmMedianMs)} (${spread(latency.warmMs)})`, verdict: atMost(latency.warmMedianMs, 50) },
    { name: 'Card after the dwell, worker just stopped', goal: '≤ 50 ms (median of 10)', result: `median ${ms(latency.coldMedianMs)} (${spread(latency.coldMs)})`, verdict: atMost(latency.coldMedianMs, 50) },
  ];
}

/** The tables of the page rows: marks, main-thread cost, responsiveness, mark.js, the matcher in Node. */
function formatPageSections(report: BenchReport): string[] {
  const page = (id: string) => report.pages.find((info) => info.id === id);
  const out: string[] = [];
  out.push(`${report.termForms} names and aliases; matcher built in ${report.matcherBuildMs.toFixed(1)} ms. MB = 10^6 characters of visible text.`);
  out.push('');
  const label = (id: string) => page(id)?.label ?? id;
  const pair = (a: number | null, b: number | null) => `${ms(a)} | ${ms(b)}`;
  out.push('Marks, with the extension (ms from navigation start; "expected" = the matcher alone over the same text)');
  out.push(
    table(
      ['page', 'text MB', 'text nodes', 'DOMContentLoaded', 'load w/ | w/o ext', 'first mark', 'all marks', 'marks/expected'],
      report.extension.map((result) => {
        const run = result.withExtension;
        return [
          label(result.pageId),
          megabytes(result.textChars).toFixed(2),
          String(result.textNodes),
          ms(run.domContentLoadedEnd),
          pair(run.loadEventEnd, result.withoutExtension.loadEventEnd),
          ms(run.firstHighlightMs),
          run.timedOut ? 'timeout' : ms(run.allHighlightsMs),
          `${run.highlights}/${page(result.pageId)?.expectedMatches ?? '?'}`,
        ];
      }),
    ),
  );
  out.push('');
  out.push('Main-thread cost of the extension (CDP metrics, page with extension minus page without)');
  out.push(
    table(
      ['page', 'script', 'all tasks', 'MB/s of script', 'bare walk, median of 5', 'script/walk', 'heap Δ (approx.)'],
      report.extension.map((result) => [
        label(result.pageId),
        ms(result.extensionScriptMs, 1),
        ms(result.extensionTaskMs),
        page(result.pageId)?.withTerms ? result.throughputMBs.toFixed(1) : '—',
        `${ms(result.walkMedianMs, 1)} (first ${ms(result.walkTimesMs[0], 1)})`,
        times(result.scriptOverWalk),
        `${(result.extensionHeapBytes / 1e6).toFixed(1)} MB`,
      ]),
    ),
  );
  out.push('');
  out.push('Responsiveness: longest long task / long animation frame, with | without the extension');
  out.push(
    table(
      ['page', 'task after load', 'task after DOMContentLoaded', 'frame after DOMContentLoaded'],
      report.extension.map((result) => {
        const [w, wo] = [result.withExtension, result.withoutExtension];
        return [
          label(result.pageId),
          pair(w.longestTaskAfterLoadMs, wo.longestTaskAfterLoadMs),
          pair(w.longestTaskAfterDomReadyMs, wo.longestTaskAfterDomReadyMs),
          pair(w.longestFrameAfterDomReadyMs, wo.longestFrameAfterDomReadyMs),
        ];
      }),
    ),
  );
  out.push('');
  out.push(`mark.js 8.11.1 on the same pages, same ${report.termForms} forms, no extension (timeout ${report.markjsTimeoutMs / 1000} s)`);
  out.push(
    table(
      ['page', 'mark.js', 'marks', 'ext script', 'mark.js / ext script', 'ext all tasks', 'mark.js / ext all tasks'],
      report.markjs.map((run) => {
        const ext = report.extension.find((result) => result.pageId === run.pageId);
        // A timeout bounds the ratio from below: mark.js took at least the timeout.
        const ratio = (extMs: number | undefined) =>
          extMs === undefined ? '—' : run.ms !== null ? times(run.ms / extMs) : run.outcome === 'timeout' ? `> ${times(report.markjsTimeoutMs / extMs)}` : '—';
        return [
          page(run.pageId)?.label ?? run.pageId,
          run.outcome === 'done' ? ms(run.ms) : run.outcome,
          run.marks === null ? '—' : String(run.marks),
          ms(ext?.extensionScriptMs, 1),
          ratio(ext?.extensionScriptMs),
          ms(ext?.extensionTaskMs),
          ratio(ext?.extensionTaskMs),
        ];
      }),
    ),
  );
  out.push('(mark.js time is in-page, new Mark() to its done callback: its script and DOM work, not the repaint after.)');
  out.push('');
  out.push('Matcher alone in Node (median of 5 after one warm-up run)');
  out.push(
    table(
      ['text', 'MB', 'matches', 'median', 'MB/s'],
      report.matcher.map((result) => [page(result.pageId)?.label ?? result.pageId, megabytes(result.chars).toFixed(2), String(result.matches), ms(result.medianMs, 1), result.throughputMBs.toFixed(1)]),
    ),
  );
  out.push('');
  return out;
}

export function formatReport(report: BenchReport): string {
  const out: string[] = [];
  out.push(`Plainly MS bench — ${report.date} — Chromium ${report.environment.chromium}, Node ${report.environment.node}, ${report.environment.cpus} CPUs, ${report.environment.commit}`);
  if (report.scope === 'all') out.push(...formatPageSections(report));
  else out.push('Only the start-up rows (--only quiet).', '');
  out.push(formatStartup(report.startup));
  out.push('');
  out.push('Targets');
  out.push(table(['target', 'goal', 'verdict', 'result'], report.targets.map((target) => [target.name, target.goal, target.verdict, target.result]), true));
  if (report.notes.length > 0) {
    out.push('');
    out.push('Notes');
    for (const note of report.notes) out.push(`- ${note}`);
  }
  out.push('');
  out.push(`Bench took ${report.totalSeconds.toFixed(0)} s. Full figures: test-results/bench.json`);
  return out.join('\n');
}
