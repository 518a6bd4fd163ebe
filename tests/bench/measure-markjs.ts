/**
 * mark.js 8.11.1, the library a developer would reach for, on the same pages and the same term
 * list, in Chromium without the extension. It wraps every match in <mark>, synchronously, so one
 * page.evaluate holds the main thread until it is done. Each page gets a fresh browser: when mark.js
 * runs past the timeout, closing that browser is the only way to stop it.
 */
import { resolve } from 'node:path';
import { launchPlain } from '../e2e/harness';

const MARK_JS = resolve('node_modules/mark.js/dist/mark.min.js');
export const MARKJS_TIMEOUT_MS = 120_000;

export interface MarkJsResult {
  pageId: string;
  /** In-page time from `new Mark()` to mark.js's `done` callback; null on timeout or error. */
  ms: number | null;
  marks: number | null;
  outcome: 'done' | 'timeout' | 'error';
  error?: string;
}

/**
 * The in-page part, kept as source text: tsx would wrap the `done` callback of a TypeScript function
 * in a `__name()` helper that does not exist in the page. `Mark` comes from the script tag.
 */
const MARK_IN_PAGE = `(terms) => new Promise((resolve) => {
  const start = performance.now();
  new Mark(document.body).mark(terms, {
    separateWordSearch: false,
    accuracy: 'exactly',
    done: (total) => resolve({ ms: performance.now() - start, marks: total }),
  });
})`;

export async function measureMarkJs(origin: string, pageId: string, terms: string[], timeoutMs = MARKJS_TIMEOUT_MS): Promise<MarkJsResult> {
  const plain = await launchPlain();
  let timer: NodeJS.Timeout | undefined;
  try {
    const page = await plain.context.newPage();
    await page.goto(`${origin}/${pageId}.html`, { waitUntil: 'load', timeout: 120_000 });
    await page.addScriptTag({ path: MARK_JS });
    const marking = page.evaluate(`(${MARK_IN_PAGE})(${JSON.stringify(terms)})`) as Promise<{ ms: number; marks: number }>;
    const timeout = new Promise<'timeout'>((done) => (timer = setTimeout(() => done('timeout'), timeoutMs)));
    const outcome = await Promise.race([marking, timeout]);
    if (outcome === 'timeout') {
      marking.catch(() => undefined); // rejected when the browser closes under it
      return { pageId, ms: null, marks: null, outcome: 'timeout' };
    }
    return { pageId, ms: outcome.ms, marks: outcome.marks, outcome: 'done' };
  } catch (error) {
    return { pageId, ms: null, marks: null, outcome: 'error', error: (error as Error).message };
  } finally {
    clearTimeout(timer);
    await plain.close();
  }
}
