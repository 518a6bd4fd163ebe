/**
 * The matcher alone, in Node, over the pages' visible text: the ceiling the content script can
 * reach, with no DOM walk, no Range and no paint. Built from the real data/ like the extension's.
 */
import { compileMatcher } from '../../build/compile-matcher';
import { readData } from '../../build/read-data';
import type { CompiledMatcher } from '../../lib/match/compiled-matcher';
import { Matcher } from '../../lib/match/matcher';
import { buildMatcherTable, type MatcherTable } from '../../build/surface-forms';
import { median, megabytes } from './stats';

export interface MatcherResult {
  pageId: string;
  chars: number;
  matches: number;
  timesMs: number[];
  medianMs: number;
  throughputMBs: number;
}

export function loadMatcherTable(dataDir = 'data'): MatcherTable {
  return buildMatcherTable(readData(dataDir).terms);
}

/**
 * The matcher as the page gets it: compiled at build time (not timed), then timed as the page
 * pays for it, JSON.parse of the literal the build writes and the Matcher over the result.
 */
export function buildMatcher(table: MatcherTable): { matcher: Matcher; buildMs: number } {
  const literal = JSON.stringify(compileMatcher(table));
  const start = performance.now();
  const matcher = new Matcher(JSON.parse(literal) as CompiledMatcher);
  return { matcher, buildMs: performance.now() - start };
}

/**
 * Matches a page would get in the browser, by matched text: the content script scans block by
 * block, so count per block (the generator joins blocks with "\n"), not across the joined text.
 */
export function expectedMatches(matcher: Matcher, text: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const block of text.split('\n')) {
    for (const match of matcher.scan(block)) {
      const matched = block.slice(match.start, match.end);
      counts[matched] = (counts[matched] ?? 0) + 1;
    }
  }
  return counts;
}

/** One untimed run to let V8 optimise, then `runs` timed scans of the whole text; median reported. */
export function measureMatcher(matcher: Matcher, pageId: string, text: string, runs = 5): MatcherResult {
  let matches = matcher.scan(text).length;
  const timesMs: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    matches = matcher.scan(text).length;
    timesMs.push(performance.now() - start);
  }
  const medianMs = median(timesMs);
  return { pageId, chars: text.length, matches, timesMs, medianMs, throughputMBs: megabytes(text.length) / (medianMs / 1000) };
}
