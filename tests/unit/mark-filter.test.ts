import { describe, expect, it } from 'vitest';
import type { Category } from '../../lib/index/schema';
import { DEFAULT_SETTINGS } from '../../lib/settings/defaults';
import { markFilterOf } from '../../lib/settings/mark-filter';

const CATEGORIES: Record<string, Category> = { ocrelizumab: 'drug', edss: 'test' };
const categoryOf = (termId: string): Category | undefined => CATEGORIES[termId];

describe('which matches are marked', () => {
  it('marks every occurrence of every kind by default', () => {
    const filter = markFilterOf(DEFAULT_SETTINGS, categoryOf);
    expect([filter('ocrelizumab', 0), filter('ocrelizumab', 5), filter('edss', 2)]).toEqual([true, true, true]);
  });

  it('leaves out the kinds switched off, and only those', () => {
    const filter = markFilterOf({ ...DEFAULT_SETTINGS, categories: { ...DEFAULT_SETTINGS.categories, drug: false } }, categoryOf);
    expect([filter('ocrelizumab', 0), filter('edss', 0)]).toEqual([false, true]);
  });

  it('marks only the first occurrence when asked', () => {
    const filter = markFilterOf({ ...DEFAULT_SETTINGS, firstOccurrenceOnly: true }, categoryOf);
    expect([filter('edss', 0), filter('edss', 1)]).toEqual([true, false]);
  });

  it('marks a term whose kind is unknown (never hidden by a setting it has no part in)', () => {
    const filter = markFilterOf({ ...DEFAULT_SETTINGS, categories: { ...DEFAULT_SETTINGS.categories, drug: false } }, categoryOf);
    expect(filter('unknown-term', 0)).toBe(true);
  });
});
