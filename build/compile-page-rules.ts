/**
 * What the page matcher needs to know of the index beyond its forms (CompiledPageRules): which
 * entries show a page is about MS, which wait for such a page, and how forms two entries share are
 * told apart. Build-time only; the page reads the result (lib/match/page-matcher.ts).
 */
import type { Category } from '../lib/index/schema';
import type { CompiledPageRules, CompiledSharedForm } from '../lib/match/compiled-matcher';
import type { MatcherTable } from './surface-forms';
import { escapeRegExp } from '../lib/text/escape-regexp';

/**
 * Categories whose terms are common well beyond MS: statistics, symptom medicines (gabapentin,
 * sildenafil) and pregnancy words. They are marked, but a page that has only them is not an MS page.
 */
const NOT_SIGNS_OF_MS = new Set<Category>(['research', 'symptom-treatment', 'pregnancy']);

/** `termIndex` maps every entry id of the table to its index in CompiledMatcher.termIds. */
export function compilePageRules(table: MatcherTable, termIndex: Map<string, number>): CompiledPageRules {
  const indexOf = (termId: string) => termIndex.get(termId) as number;
  // Entries whose names are everyday words (`onlyOnMsPages`) wait for an MS page themselves.
  const waiting = new Set(table.filter((form) => form.needsMsPage).map((form) => form.termId));
  // Disease-modifying drugs, tests, disease and safety terms; not the everyday words waiting for them.
  const signals = new Set(table.filter((form) => !NOT_SIGNS_OF_MS.has(form.category) && !waiting.has(form.termId)).map((form) => form.termId));
  return {
    signalsMs: [...signals].map(indexOf),
    waitsForMsPage: [...waiting].map(indexOf),
    sharedForms: sharedFormsOf(table, indexOf),
  };
}

/** Forms that carry a disambiguation and are shared by two entries or more, keyed in lower case. */
function sharedFormsOf(table: MatcherTable, indexOf: (termId: string) => number): CompiledSharedForm[] {
  const byKey = new Map<string, CompiledSharedForm>();
  for (const form of table) {
    if (!form.disambiguation) continue;
    const key = form.text.toLowerCase();
    const shared = byKey.get(key) ?? { key, choices: [] };
    const term = indexOf(form.termId);
    if (shared.choices.some((choice) => choice.term === term)) continue; // a spelling variant of the same alias
    const { cues, preferWhenUnclear } = form.disambiguation;
    shared.choices.push({
      term,
      // A cue matches at the start of a word, in any case: "relapse" also finds "relapses".
      cues: { source: `(?<![\\p{L}\\p{N}])(?:${cues.map(escapeRegExp).join('|')})`, flags: 'iu' },
      preferWhenUnclear: preferWhenUnclear === true,
    });
    byKey.set(key, shared);
  }
  // A form with one choice keeps the matcher's entry anyway (SharedForms.choose): no need to ship it.
  return [...byKey.values()].filter((shared) => shared.choices.length > 1);
}
