/**
 * "Look up in Plainly MS" for a selected phrase: a name or alias inside the selection wins
 * ("started Ocrevus in May" → ocrelizumab); otherwise typo-tolerant search ("ocrelizumb").
 */
import type { Matcher } from '../match/matcher';
import type { TermSearch } from './search';

export function lookUpSelection(selection: string, matcher: Matcher, search: TermSearch): string | null {
  const text = selection.trim().slice(0, 200);
  if (text.length < 2) return null;
  const exact = matcher.scan(text)[0];
  if (exact) return exact.termId;
  return search.search(text)[0]?.id ?? null;
}
