/**
 * The marks stage: injected by the background into a page (one frame) that has shown a candidate
 * term and may be read (entrypoints/page-guard/stages.ts). Registers how to start it; the guard
 * starts it with the settings snapshot and the page's highlight names.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import compiledMatcher from 'virtual:plainly/compiled-matcher';
import { Matcher } from '../../lib/match/matcher';
import { pageRulesOf } from '../../lib/match/page-matcher';
import { stages } from '../page-guard/stages';
import { PlainlyPage, type PageIndex } from './plainly-page';

/** The matcher and rules as compiled at build time: wrapped, not built, on the page. */
function pageIndex(): PageIndex {
  const { termIds, termCategories } = compiledMatcher;
  const categories = new Map(termIds.map((id, index) => [id, termCategories[index]]));
  return { matcher: new Matcher(compiledMatcher), rules: pageRulesOf(compiledMatcher), categoryOf: (termId) => categories.get(termId) };
}

export default defineUnlistedScript(() => {
  stages().startMarks = (start) => new PlainlyPage(start, pageIndex());
});
