import { describe, expect, it } from 'vitest';
import { overdueReviews } from '../../build/review-dates';
import type { TermEntry } from '../../lib/index/schema';

const entry = (id: string, nextReview: string) => ({ id, review: { lastReviewed: '2026-01-01', nextReview } }) as TermEntry;

describe('review dates', () => {
  it('lists entries whose review date has passed, oldest first, and none on the day itself', () => {
    const entries = [entry('a', '2026-12-05'), entry('b', '2026-12-03'), entry('c', '2026-12-04'), entry('d', '2025-06-01')];
    expect(overdueReviews(entries, '2026-12-04')).toEqual([
      { id: 'd', nextReview: '2025-06-01' },
      { id: 'b', nextReview: '2026-12-03' },
    ]);
  });
});
