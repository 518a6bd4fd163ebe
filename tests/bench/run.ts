/**
 * `npm run bench` (after `wxt build`): generates the pages, measures the matcher in Node, the
 * start-up rows (a page without MS terms and a small MS page, several loads each), the extension on
 * the big pages (with minus without), mark.js on the same pages, and the size of the code the
 * manifest has evaluated on every page; then prints one table and writes test-results/bench.json.
 * One browser at a time: the machines have two cores.
 *
 * `npx tsx tests/bench/run.ts --only quiet` (after `npm run build`; or `npm run bench -- --only quiet`,
 * which builds first): only the start-up rows, the card latency and the code size, in about a minute, for checking the
 * start-up work without the big pages and mark.js. The whole bench takes about 6 minutes.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { ARTIFACTS_DIR, EXTENSION_DIR, launchWithExtension, serveFolder, type ExtensionBrowser } from '../e2e/harness';
import { launchBaseline, type BaselineBrowser } from './baseline-browser';
import { measureEveryPageCode } from './code-size';
import { CARD_RUNS, measureCardLatency, type CardLatency } from './measure-card-latency';
import { PAGE_SPECS, writePages } from './generate-pages';
import { measureExtension, type ExtensionResult } from './measure-extension';
import { MARKJS_TIMEOUT_MS, measureMarkJs, type MarkJsResult } from './measure-markjs';
import { buildMatcher, expectedMatches, loadMatcherTable, measureMatcher } from './measure-matcher';
import { measureQuietPage, measureSmallMsPage, QUIET_OPEN_MS, STARTUP_LOADS, type StartupPageRuns } from './measure-startup';
import { evaluateTargets, formatReport, type BenchReport, type PageInfo } from './report';
import { foreignChromiumProcesses } from './other-browsers';
import { installProbe, POLL_MS } from './page-probe';
import { SMALL_MS_PAGE, writeSmallMsPage } from './small-ms-page';
import { startupNotes } from './startup-notes';
import { summariseStartupPage } from './startup-summary';

const MATCHER_PAGES = ['terms-1m', 'terms-5m'];

const started = performance.now();
const progress = (message: string) => console.error(`· ${message} (${((performance.now() - started) / 1000).toFixed(0)} s)`);

function commit(): string {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain'], { encoding: 'utf8' }).trim() !== '';
    return dirty ? `${head}+uncommitted` : head;
  } catch {
    return 'unknown';
  }
}

/** "CI 0/20, HR 0/9": texts whose mark count in the page differs from the matcher's, biggest gap first. */
function textDifferences(inPage: Record<string, number>, expected: Record<string, number>, shown = 8): string {
  const texts = [...new Set([...Object.keys(inPage), ...Object.keys(expected)])];
  const gaps = texts
    .map((text) => ({ text, page: inPage[text] ?? 0, matcher: expected[text] ?? 0 }))
    .filter((gap) => gap.page !== gap.matcher)
    .sort((a, b) => Math.abs(b.page - b.matcher) - Math.abs(a.page - a.matcher));
  const listed = gaps.slice(0, shown).map((gap) => `${JSON.stringify(gap.text)} ${gap.page}/${gap.matcher}`);
  return listed.join(', ') + (gaps.length > shown ? `, and ${gaps.length - shown} more` : '') + '.';
}

/** `--only quiet` runs the start-up rows alone; anything else after `--only` is a mistake worth stopping for. */
function scopeFromArgs(args: string[]): 'all' | 'quiet' {
  const at = args.indexOf('--only');
  if (at < 0) return 'all';
  if (args[at + 1] !== 'quiet') throw new Error(`unknown --only ${args[at + 1] ?? ''}: the only choice is --only quiet`);
  return 'quiet';
}

const QUIET_SPEC = PAGE_SPECS.find((spec) => spec.wordsPerTerm === 0);

async function measureStartup(extension: ExtensionBrowser, baseline: BaselineBrowser, origin: string): Promise<{ quiet: StartupPageRuns; small: StartupPageRuns }> {
  if (!QUIET_SPEC) throw new Error('PAGE_SPECS has no page without terms');
  const quiet = await measureQuietPage(extension, baseline, origin, QUIET_SPEC);
  progress(`start-up measured on ${QUIET_SPEC.label} (${STARTUP_LOADS} loads each)`);
  const small = await measureSmallMsPage(extension, baseline, origin, SMALL_MS_PAGE);
  progress(`start-up measured on ${SMALL_MS_PAGE.label} (${STARTUP_LOADS} loads each)`);
  return { quiet, small };
}

async function main(): Promise<void> {
  const scope = scopeFromArgs(process.argv.slice(2));
  const otherBrowsers = foreignChromiumProcesses();
  if (otherBrowsers > 0) progress(`warning: ${otherBrowsers} Chromium processes already running — timings will be skewed`);
  const folder = mkdtempSync(join(tmpdir(), 'plainly-bench-'));
  // The start-up rows need no matcher: the quiet page has no terms, and the small page is a fixture.
  const table = scope === 'all' ? loadMatcherTable() : [];
  // The same list for every contender: every name and alias as written in data/terms.
  const forms = [...new Set(table.map((form) => form.text))];
  const generated = writePages(folder, forms, scope === 'all' ? PAGE_SPECS : PAGE_SPECS.filter((spec) => spec === QUIET_SPEC));
  writeSmallMsPage(folder);
  const { matcher, buildMs } = scope === 'all' ? buildMatcher(table) : { matcher: undefined, buildMs: Number.NaN };
  const expected = new Map(generated.map((page) => [page.spec.id, matcher ? expectedMatches(matcher, page.text) : {}]));
  const pages: PageInfo[] = generated.map((page) => ({
    id: page.spec.id,
    label: page.spec.label,
    words: page.words,
    termsInserted: page.termsInserted,
    expectedMatches: Object.values(expected.get(page.spec.id) ?? {}).reduce((sum, count) => sum + count, 0),
    htmlBytes: Buffer.byteLength(page.html),
    withTerms: page.spec.wordsPerTerm > 0,
  }));
  progress(`pages written to ${folder}`);

  // Node first, while no browser competes for the two cores.
  const matcherResults = matcher ? generated.filter((page) => MATCHER_PAGES.includes(page.spec.id)).map((page) => measureMatcher(matcher, page.spec.id, page.text)) : [];
  if (matcher) progress('matcher measured');

  const server = await serveFolder(folder);
  const extensionResults: ExtensionResult[] = [];
  const markjsResults: MarkJsResult[] = [];
  let chromiumVersion = 'unknown';
  let startupRuns: { quiet: StartupPageRuns; small: StartupPageRuns } | undefined;
  let cardLatency: CardLatency | undefined;
  try {
    const extension = await launchWithExtension();
    const baseline = await launchBaseline();
    chromiumVersion = baseline.version;
    try {
      await installProbe(extension.context);
      await installProbe(baseline.context);
      // Start-up first, while the browsers are fresh and no big page has left garbage behind.
      startupRuns = await measureStartup(extension, baseline, server.origin);
      cardLatency = await measureCardLatency(extension, server.origin, SMALL_MS_PAGE.id);
      progress(`card latency measured (${CARD_RUNS} warm, ${CARD_RUNS} after the service worker stopped)`);
      // The page without terms is measured by the start-up rows only (several loads, not one).
      for (const page of scope === 'all' ? pages.filter((info) => info.withTerms) : []) {
        extensionResults.push(await measureExtension(extension, baseline, server.origin, page.id, page.withTerms));
        progress(`extension measured on ${page.label}`);
      }
    } finally {
      await extension.close();
      await baseline.close();
    }
    for (const page of scope === 'all' ? pages.filter((info) => info.withTerms) : []) {
      markjsResults.push(await measureMarkJs(server.origin, page.id, forms));
      progress(`mark.js measured on ${page.label}: ${markjsResults.at(-1)?.outcome}`);
    }
  } finally {
    await server.close();
    rmSync(folder, { recursive: true, force: true });
  }
  if (!startupRuns || !cardLatency) throw new Error('the start-up rows did not run');
  const startup = {
    runs: startupRuns,
    loads: STARTUP_LOADS,
    quiet: summariseStartupPage(startupRuns.quiet),
    small: summariseStartupPage(startupRuns.small),
    code: measureEveryPageCode(EXTENSION_DIR),
  };

  const notes = [
    'Extension script/task time = CDP Performance.getMetrics ScriptDuration/TaskDuration of the page with the extension minus the same page without it; both runs stay open equally long.',
    'Marks = the ranges of every highlight in the page\'s CSS.highlights (the extension\'s highlight names may be random; the bench pages register none of their own).',
    ...startupNotes(startup, { quietOpenMs: QUIET_OPEN_MS, pollMs: POLL_MS, smallSource: SMALL_MS_PAGE.source }),
    `Card latency: from the pointer coming to rest on a term of ${SMALL_MS_PAGE.source} to the card holding its entry, minus the ${cardLatency.dwellMs} ms dwell; read through the DevTools protocol every few ms (a figure can be late by that much). "Cold": right after ServiceWorker.stopAllWorkers.`,
  ];
  if (otherBrowsers > 0) notes.push(`${otherBrowsers} other Chromium processes were running when the bench started: timings outside the start-up rows (which wait for them) are suspect.`);
  if (scope === 'all') {
    notes.push(
      'Heap Δ = JSHeapUsedSize after a forced GC, with minus without: an approximation of the content script\'s heap (isolated world + its Ranges), not an exact figure.',
      'Long tasks and long animation frames of the big pages: PerformanceObserver (buffered) from document start; a long frame also counts the rendering (style, layout, paint) that follows a task. Both include the page\'s own work: compare with the run without the extension.',
    );
  }
  for (const result of extensionResults) {
    const info = pages.find((page) => page.id === result.pageId);
    if (info && result.withExtension.highlights !== info.expectedMatches) {
      notes.push(
        `${info.label}: ${result.withExtension.highlights} marks in the page vs ${info.expectedMatches} from the matcher alone` +
          `${result.withExtension.timedOut ? ' (scan timed out)' : ''}; differing texts (page/matcher): ` +
          textDifferences(result.withExtension.highlightTexts ?? {}, expected.get(info.id) ?? {}),
      );
    }
    if (result.withoutExtension.highlights > 0) notes.push(`${result.pageId}: highlights in the browser WITHOUT the extension — the runs are not separated.`);
    if (result.extensionScriptMs < 0) notes.push(`${result.pageId}: negative extension script time — the run-to-run noise is larger than the extension's work here.`);
    if (result.extensionTaskMs < 0) notes.push(`${result.pageId}: negative extension task time — TaskDuration (which includes loading and layout) varies more between runs than the extension adds here; read the script figure.`);
  }

  const partial = {
    date: new Date().toISOString(),
    environment: { node: process.version, chromium: chromiumVersion, cpus: cpus().length, commit: commit(), otherChromiumAtStart: otherBrowsers },
    scope,
    termForms: forms.length,
    matcherBuildMs: buildMs,
    pages,
    extension: extensionResults,
    markjs: markjsResults,
    markjsTimeoutMs: MARKJS_TIMEOUT_MS,
    matcher: matcherResults,
    startup,
    cardLatency,
    notes,
  };
  const report: BenchReport = { ...partial, targets: evaluateTargets(partial), totalSeconds: (performance.now() - started) / 1000 };
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  writeFileSync(join(ARTIFACTS_DIR, 'bench.json'), `${JSON.stringify(report, null, 2)}\n`);
  console.log(formatReport(report));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
