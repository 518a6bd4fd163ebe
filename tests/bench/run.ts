/**
 * `npm run bench` (after `wxt build`): generates the pages, measures the matcher in Node, the
 * extension in Chromium (with minus without), mark.js on the same pages, then prints one table and
 * writes test-results/bench.json. One browser at a time: the machines have two cores.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { ARTIFACTS_DIR, launchPlain, launchWithExtension, serveFolder } from '../e2e/harness';
import { writePages } from './generate-pages';
import { measureExtension, type ExtensionResult } from './measure-extension';
import { MARKJS_TIMEOUT_MS, measureMarkJs, type MarkJsResult } from './measure-markjs';
import { buildMatcher, expectedMatches, loadMatcherTable, measureMatcher } from './measure-matcher';
import { evaluateTargets, formatReport, type BenchReport, type PageInfo } from './report';
import { installProbe } from './page-probe';

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

async function main(): Promise<void> {
  const table = loadMatcherTable();
  // The same list for every contender: every name and alias as written in data/terms.
  const forms = [...new Set(table.map((form) => form.text))];
  const folder = mkdtempSync(join(tmpdir(), 'plainly-bench-'));
  const generated = writePages(folder, forms);
  const { matcher, buildMs } = buildMatcher(table);
  const expected = new Map(generated.map((page) => [page.spec.id, expectedMatches(matcher, page.text)]));
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
  const matcherResults = generated.filter((page) => MATCHER_PAGES.includes(page.spec.id)).map((page) => measureMatcher(matcher, page.spec.id, page.text));
  progress('matcher measured');

  const server = await serveFolder(folder);
  const extensionResults: ExtensionResult[] = [];
  const markjsResults: MarkJsResult[] = [];
  let chromiumVersion = 'unknown';
  try {
    const extension = await launchWithExtension();
    const plain = await launchPlain();
    chromiumVersion = plain.browser.version();
    try {
      await installProbe(extension.context);
      await installProbe(plain.context);
      for (const page of pages) {
        extensionResults.push(await measureExtension(extension, plain, server.origin, page.id, page.withTerms));
        progress(`extension measured on ${page.label}`);
      }
    } finally {
      await extension.close();
      await plain.close();
    }
    for (const page of pages.filter((info) => info.withTerms)) {
      markjsResults.push(await measureMarkJs(server.origin, page.id, forms));
      progress(`mark.js measured on ${page.label}: ${markjsResults.at(-1)?.outcome}`);
    }
  } finally {
    await server.close();
    rmSync(folder, { recursive: true, force: true });
  }

  const notes = [
    'Extension script/task time = CDP Performance.getMetrics ScriptDuration/TaskDuration of the page with the extension minus the same page without it; both runs stay open equally long.',
    'Heap Δ = JSHeapUsedSize after a forced GC, with minus without: an approximation of the content script\'s heap (isolated world + its Ranges), not an exact figure.',
    'Long tasks and long animation frames: PerformanceObserver (buffered) from document start; a long frame also counts the rendering (style, layout, paint) that follows a task. Both include the page\'s own work: compare with the run without the extension.',
  ];
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
    environment: { node: process.version, chromium: chromiumVersion, cpus: cpus().length, commit: commit() },
    termForms: forms.length,
    matcherBuildMs: buildMs,
    pages,
    extension: extensionResults,
    markjs: markjsResults,
    markjsTimeoutMs: MARKJS_TIMEOUT_MS,
    matcher: matcherResults,
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
