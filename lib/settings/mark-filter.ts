import type { Category } from '../index/schema';
import type { Settings } from './schema';

/** Decides per term whether a match is marked, given how often the page has marked it already. */
export type MarkFilter = (termId: string, alreadyMarked: number) => boolean;

/** The person's choice of kinds of terms, and "only the first occurrence of each term". */
export function markFilterOf(
  { categories, firstOccurrenceOnly }: Pick<Settings, 'categories' | 'firstOccurrenceOnly'>,
  categoryOf: (termId: string) => Category | undefined,
): MarkFilter {
  return (termId, alreadyMarked) => {
    const category = categoryOf(termId);
    if (category && categories[category] === false) return false;
    return !(firstOccurrenceOnly && alreadyMarked > 0);
  };
}
