/** "Look up in Plainly MS" on a selection: a name inside the selection wins, then typo-tolerant search. */
import { describe, expect, it } from 'vitest';
import { compileFullIndex } from '../../build/compile-full-index';
import { lookUpSelection } from '../../lib/index/lookup';
import { TermSearch } from '../../lib/index/search';
import { shippedData, shippedMatcher } from './shipped-index';

const data = shippedData();
const index = compileFullIndex(data.terms, data.studies);
const search = new TermSearch(index.searchDocuments, index.searchIndex);
const matcher = shippedMatcher();

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
