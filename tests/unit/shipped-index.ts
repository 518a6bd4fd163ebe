/**
 * The index the extension ships, for tests that need the real thing: data/ read and validated,
 * its matcher table, the matcher compiled as the build compiles it, and the page rules. Each piece
 * is made the first time a test asks for it and kept, so a file that needs only the data (search)
 * does not pay for compiling the matcher, and no file builds the same thing twice.
 */
import { readData, type DataSet } from '../../build/read-data';
import { compileMatcher } from '../../build/compile-matcher';
import type { CompiledMatcher } from '../../lib/match/compiled-matcher';
import { Matcher } from '../../lib/match/matcher';
import { PageMatcher, pageRulesOf, type PageRules } from '../../lib/match/page-matcher';
import { buildMatcherTable, type MatcherTable } from '../../build/surface-forms';

const DATA_DIR = 'data';

function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}

export const shippedData: () => DataSet = once(() => readData(DATA_DIR));
export const shippedTable: () => MatcherTable = once(() => buildMatcherTable(shippedData().terms));
export const shippedCompiled: () => CompiledMatcher = once(() => compileMatcher(shippedTable()));
export const shippedMatcher: () => Matcher = once(() => new Matcher(shippedCompiled()));
export const shippedPageRules: () => PageRules = once(() => pageRulesOf(shippedCompiled()));

/** A fresh page (a PageMatcher keeps what it learned of its page) over the shipped index. */
export function newShippedPage(): PageMatcher<number> {
  return new PageMatcher<number>(shippedMatcher(), shippedPageRules());
}
