/**
 * Build time: the matcher table (build/surface-forms.ts) made into a CompiledMatcher
 * (lib/match/compiled-matcher.ts), the data the page's Matcher and page rules read as they are.
 */
import type { Category } from '../lib/index/schema';
import { PLURAL_CODES, type CompiledForms, type CompiledMatcher } from '../lib/match/compiled-matcher';
import type { MatcherTable } from './surface-forms';
import { compilePageRules } from './compile-page-rules';
import { flattenTrie } from './compile-trie';
import { foldForm } from './fold-form';
import { GAP } from '../lib/text/fold';
import { GAP_CLASS, WORD_START, charClass, startsAsciiWord, trieShapedPattern } from './form-patterns';

/**
 * How many folded characters of each form the openings regex holds. Four, not three: with a
 * thousand forms, three-letter openings ("the", "car", "bri") caught a quarter of everyday words
 * (measured on the bench's filler text); four took the 1 MB bench page from about 28 to 43 MB/s.
 */
const OPENING_LENGTH = 4;

export function compileMatcher(table: MatcherTable): CompiledMatcher {
  const { termIds, termCategories, termIndex } = termsOf(table);
  const folded = table.map((form) => foldForm(form.text));
  const { trie, formOrder } = flattenTrie(folded);
  const inTrieOrder = formOrder.map((index) => table[index]);
  const textStarts = [0];
  for (const form of inTrieOrder) textStarts.push(textStarts[textStarts.length - 1] + form.text.length);
  const forms: CompiledForms = {
    texts: inTrieOrder.map((form) => form.text).join(''),
    textStarts,
    terms: inTrieOrder.map((form) => termIndex.get(form.termId) as number),
    caseSensitive: inTrieOrder.map((form) => (form.caseSensitive ? 1 : 0)),
    plurals: inTrieOrder.map((form) => PLURAL_CODES[form.plural]),
  };
  return {
    openings: { source: openingsPattern(folded), flags: 'gi' },
    termIds,
    termCategories,
    forms,
    trie,
    pageRules: compilePageRules(table, termIndex),
  };
}

/** Every form's first folded characters, at a word start where \b can tell, as one regex. */
function openingsPattern(folded: number[][]): string {
  const openings = folded.map((codes) => {
    // A gap is a run, as the trie walk takes it ("B\n      cell" in indented HTML).
    const pieces = codes.slice(0, OPENING_LENGTH).map((code) => (code === GAP ? `${GAP_CLASS}+` : charClass(code)));
    return startsAsciiWord(codes) ? [WORD_START, ...pieces] : pieces;
  });
  // Never the u flag on a big alternation (docs/architecture.md, "Matching": ten times slower).
  return trieShapedPattern(openings);
}

/** Entry ids in the table's order, with their categories; one category per entry, or the build fails. */
function termsOf(table: MatcherTable): { termIds: string[]; termCategories: Category[]; termIndex: Map<string, number> } {
  const termIndex = new Map<string, number>();
  const termIds: string[] = [];
  const termCategories: Category[] = [];
  for (const form of table) {
    const known = termIndex.get(form.termId);
    if (known === undefined) {
      termIndex.set(form.termId, termIds.length);
      termIds.push(form.termId);
      termCategories.push(form.category);
    } else if (termCategories[known] !== form.category) {
      throw new Error(`matcher table: the forms of ${form.termId} disagree on its category (${termCategories[known]}, ${form.category})`);
    }
  }
  return { termIds, termCategories, termIndex };
}
