/**
 * Entries and notes whose review date has passed: `npm run check:data` lists them, and a release
 * (`npm run zip`, scripts/check-release.ts) refuses while any is overdue, because a card that shows
 * an out-of-date label fact is worse than no card.
 */
import type { StudyNote, TermEntry } from '../lib/index/schema';

export interface OverdueReview {
  id: string;
  nextReview: string;
}

/** `today` as an ISO date (YYYY-MM-DD); an entry is overdue the day after its `nextReview`. */
export function overdueReviews(entries: readonly (TermEntry | StudyNote)[], today: string): OverdueReview[] {
  return entries
    .filter((entry) => entry.review.nextReview < today)
    .map((entry) => ({ id: entry.id, nextReview: entry.review.nextReview }))
    .sort((a, b) => a.nextReview.localeCompare(b.nextReview));
}

export function todayIso(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}
