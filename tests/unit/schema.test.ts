/** The schema refuses what must never ship: no sources, plain http, placeholders, dangling source indexes. */
import { describe, expect, it } from 'vitest';
import { TermEntry } from '../../lib/index/schema';

const valid = {
  id: 'example-term',
  name: 'example term',
  category: 'research',
  aliases: [{ text: 'EXT', kind: 'abbreviation' }],
  summary: 'A short plain summary.',
  whyItMatters: 'It helps you read studies.',
  regionFacts: [{ region: 'US', topic: 'approval', text: 'Approved.', source: 0 }],
  related: [],
  sources: [{ title: 'A page', publisher: 'A publisher', url: 'https://example.org/page', accessed: '2026-11-21', kind: 'society' }],
  review: { lastReviewed: '2026-11-21', nextReview: '2029-11-21' },
};

const problemsOf = (entry: unknown) => {
  const result = TermEntry.safeParse(entry);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
};

describe('TermEntry schema', () => {
  it('accepts a complete entry', () => {
    expect(problemsOf(valid)).toEqual([]);
  });

  it.each([
    ['an id that is not kebab-case', { ...valid, id: 'Example_Term' }, 'id'],
    ['no sources', { ...valid, sources: [] }, 'sources'],
    ['a source over plain http', { ...valid, sources: [{ ...valid.sources[0], url: 'http://example.org' }] }, 'sources.0.url'],
    ['placeholder text', { ...valid, summary: 'TODO write this' }, 'summary'],
    ['empty text', { ...valid, whyItMatters: '   ' }, 'whyItMatters'],
    ['a region fact citing a source that does not exist', { ...valid, regionFacts: [{ ...valid.regionFacts[0], source: 3 }] }, 'regionFacts.0.source'],
    ['an unknown category', { ...valid, category: 'misc' }, 'category'],
    ['a date that is not a date', { ...valid, review: { ...valid.review, lastReviewed: 'last week' } }, 'review.lastReviewed'],
  ])('refuses %s', (_label, entry, path) => {
    expect(problemsOf(entry)).toContain(path);
  });
});
