/** Search ranking over the real index: typos, brands and short abbreviations find the right entry first. */
import { describe, expect, it } from 'vitest';
import { compileFullIndex } from '../../build/compile-full-index';
import { TermSearch } from '../../lib/index/search';
import { shippedData } from './shipped-index';

const data = shippedData();
const index = compileFullIndex(data.terms, data.studies);
// Built from the serialised index exactly as the background does.
const search = new TermSearch(index.searchDocuments, JSON.parse(JSON.stringify(index.searchIndex)));

describe('TermSearch', () => {
  it.each([
    ['ocrelizumb', 'ocrelizumab'],
    ['tysabry', 'natalizumab'],
    ['oct', 'optical-coherence-tomography'],
    ['OCT', 'optical-coherence-tomography'],
    ['mavenclad', 'cladribine'],
    ['kesimpta', 'ofatumumab'],
    ['hazard ratio', 'hazard-ratio'],
    ['edss', 'expanded-disability-status-scale'],
    ['nfl', 'neurofilament-light-chain'],
    ['ocrevus', 'ocrelizumab'],
    ['natalizumb', 'natalizumab'],
  ])('"%s" finds %s first', (query, expected) => {
    expect(search.search(query)[0]?.id).toBe(expected);
  });

  it('returns nothing for one letter or for unrelated words', () => {
    expect(search.search('o')).toEqual([]);
    expect(search.search('tomato soup')).toEqual([]);
  });
});
