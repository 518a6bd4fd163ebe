/** "Look up in Plainly MS" on a selection: a name inside the selection wins, then typo-tolerant search. */
import { describe, expect, it } from 'vitest';
import { compileFullIndex } from '../../lib/index/compiled';
import { lookUpSelection } from '../../lib/index/lookup';
import { TermSearch } from '../../lib/index/search';
import { Matcher } from '../../lib/match/matcher';
import { buildMatcherTable } from '../../lib/match/surface-forms';
import { compileMatcher } from '../../build/compile-matcher';
import { readData } from '../../build/read-data';

const data = readData('data');
const index = compileFullIndex(data.terms, data.studies);
const search = new TermSearch(index.searchDocuments, index.searchIndex);
const matcher = new Matcher(compileMatcher(buildMatcherTable(data.terms)));

describe('lookUpSelection', () => {
  it.each([
    ['I started Ocrevus in May', 'ocrelizumab'],
    ['  Tysabri  ', 'natalizumab'],
    ['ocrelizumb', 'ocrelizumab'],
    ['kesimpta pen', 'ofatumumab'],
  ])('"%s" → %s', (selection, expected) => {
    expect(lookUpSelection(selection, matcher, search)).toBe(expected);
  });

  it('finds nothing for text without a term, or a single character', () => {
    expect(lookUpSelection('tomato soup', matcher, search)).toBeNull();
    expect(lookUpSelection('a', matcher, search)).toBeNull();
  });
});
