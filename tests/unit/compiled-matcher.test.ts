/** What the build ships for the page (virtual:plainly/compiled-matcher, virtual:plainly/candidate-patterns). */
import { describe, expect, it } from 'vitest';
import { Matcher } from '../../lib/match/matcher';
import { compileCandidatePatterns } from '../../build/compile-candidates';
import { compileMatcher } from '../../build/compile-matcher';
import { shippedCompiled, shippedTable } from './shipped-index';

const table = shippedTable();

describe('compiled matcher data', () => {
  // The build writes it as JSON.parse of a string literal: a Map, Set, RegExp, typed array or
  // undefined field would come back as something else, and toStrictEqual would say so.
  it('is plain JSON that comes back the same', () => {
    const compiled = shippedCompiled();
    expect(JSON.parse(JSON.stringify(compiled))).toStrictEqual(compiled);
    const patterns = compileCandidatePatterns(table);
    expect(JSON.parse(JSON.stringify(patterns))).toStrictEqual(patterns);
  });

  it('holds every form once, with its entry, and a trie with a place for each', () => {
    const { forms, termIds, trie } = shippedCompiled();
    const sum = (counts: number[]) => counts.reduce((total, count) => total + count, 0);
    expect(forms.textStarts).toHaveLength(table.length + 1);
    expect(forms.texts).toHaveLength(forms.textStarts[table.length]);
    expect(sum(trie.formCounts)).toBe(table.length);
    // Every node but the root is some node's child; chains lie one apart (what keeps the data small).
    expect(sum(trie.childCounts)).toBe(trie.codes.length - 1);
    expect(trie.firstChildDistances.filter((distance) => distance === 1).length).toBeGreaterThan((trie.codes.length * 2) / 3);
    expect(new Set(termIds).size).toBe(termIds.length);
  });

  it('turns down a table whose forms disagree on an entry’s category', () => {
    const form = { text: 'Ocrevus', termId: 'ocrelizumab', caseSensitive: false, plural: 'none' } as const;
    expect(() => compileMatcher([{ ...form, category: 'drug' }, { ...form, text: 'ocrelizumab', category: 'test' }])).toThrow(/category/);
  });

  it('matches nothing when the table is empty', () => {
    expect(new Matcher(compileMatcher([])).scan('Ocrevus and MS')).toEqual([]);
  });
});
