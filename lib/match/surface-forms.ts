/**
 * The matcher's input: every name and alias of every entry, reduced to what scanning needs.
 * Compiled at build time from data/ so the content script never carries the entries themselves.
 */
import { z } from 'zod';
import type { TermEntry } from '../index/schema';

export const SurfaceForm = z.object({
  /** The text as written in the entry ("Ocrevus", "OCT", "hazard ratio"). */
  text: z.string().min(1),
  termId: z.string().min(1),
  /** Abbreviations match only in their own case: "OCT" never matches "Oct". */
  caseSensitive: z.boolean(),
  /** Words may take a plural ending ("relapses"); abbreviations and codes may not. */
  allowPlural: z.boolean(),
});
export type SurfaceForm = z.infer<typeof SurfaceForm>;

export const MatcherTable = z.array(SurfaceForm);
export type MatcherTable = z.infer<typeof MatcherTable>;

const STRICT_KINDS = new Set(['abbreviation', 'development-code']);

/** A form written all in capitals (or with digits) is treated as an abbreviation even if not declared one. */
function looksLikeAbbreviation(text: string): boolean {
  return /^[A-Z0-9][A-Z0-9+\-]*$/.test(text) && /[A-Z]/.test(text);
}

export function surfaceFormsOf(term: TermEntry): SurfaceForm[] {
  const forms: SurfaceForm[] = [
    { text: term.name, termId: term.id, caseSensitive: looksLikeAbbreviation(term.name), allowPlural: !looksLikeAbbreviation(term.name) },
  ];
  for (const alias of term.aliases) {
    const strict = STRICT_KINDS.has(alias.kind) || looksLikeAbbreviation(alias.text);
    forms.push({
      text: alias.text,
      termId: term.id,
      caseSensitive: alias.caseSensitive ?? strict,
      allowPlural: !strict,
    });
  }
  return forms;
}

export function buildMatcherTable(terms: TermEntry[]): MatcherTable {
  return terms.flatMap(surfaceFormsOf);
}
