/**
 * The matcher as data, made at build time (build/compile-matcher.ts) and shipped as one JSON
 * literal: the openings regex, the forms, the character trie flattened into integer arrays and what
 * the page matcher needs beyond the forms. The page only wraps the arrays: building the trie and
 * the regex took 15–25 ms on every page, reading this takes about 2 ms (docs/architecture.md, "Matching").
 *
 * Plain JSON by design (no Maps, Sets or RegExps), so it survives JSON.stringify / JSON.parse.
 */
import type { Category } from '../index/schema';
import type { RegExpSource } from '../text/regexp-source';

/** Plural endings a form takes (build/surface-forms.ts, `plural`) as the small integers the compiled data stores. */
export const PLURAL_CODES = { word: 0, abbreviation: 1, none: 2 } as const;
export type PluralRule = keyof typeof PLURAL_CODES;
export type PluralCode = (typeof PLURAL_CODES)[PluralRule];

export interface CompiledMatcher {
  /** Where a form may start: every form's first four folded characters at a word start (see Matcher). */
  openings: RegExpSource;
  /** Entry ids; everything else names an entry by its index here. */
  termIds: string[];
  /** Each entry's category, by entry index: people choose which categories are marked. */
  termCategories: Category[];
  forms: CompiledForms;
  trie: CompiledTrie;
  pageRules: CompiledPageRules;
}

/** The surface forms as columns, in trie order (each node's forms together, see CompiledTrie.firstForms). */
export interface CompiledForms {
  /** Every form's text as written, one after another: one string parses faster than a thousand. */
  texts: string;
  /** Form i is texts.slice(textStarts[i], textStarts[i + 1]); one entry more than there are forms. */
  textStarts: number[];
  /** The entry of each form, as an index into termIds. */
  terms: number[];
  /** 1 for a form matched only in its own case (OCT, never "Oct"), else 0. */
  caseSensitive: number[];
  plurals: PluralCode[];
}

/**
 * The character trie of the forms' folded texts, one entry per node in each list, the root first.
 * A node's children are consecutive nodes, sorted by code (a binary search finds one), and a
 * chain of single children lies node after node, so the distance from a node to its first child is
 * 1 for four nodes in five. Stored as distances, not positions, the list gzips to 3 kB instead of
 * 21 kB, and the page reads it as it is, with no running totals to add up.
 */
export interface CompiledTrie {
  /** The folded character code on the edge into each node (the root has none: -1). */
  codes: number[];
  childCounts: number[];
  /** Node n's children are nodes n + firstChildDistances[n] onwards (0 for a node without children). */
  firstChildDistances: number[];
  /** How many forms end at each node. */
  formCounts: number[];
  /** The first of those forms (they are consecutive, in the table's order), or -1 where none ends. */
  firstForms: number[];
}

export interface CompiledPageRules {
  /** Entries whose presence shows a page is about MS (drugs, tests, disease and safety terms). */
  signalsMs: number[];
  /** Entries whose names are everyday words: marked only once the page is known to be about MS. */
  waitsForMsPage: number[];
  /** Forms two or more entries share, with how a block of text chooses between them. */
  sharedForms: CompiledSharedForm[];
}

export interface CompiledSharedForm {
  /** The form's text in lower case. */
  key: string;
  choices: CompiledChoice[];
}

export interface CompiledChoice {
  term: number;
  /** The entry's cue words, each matched at the start of a word, in any case. */
  cues: RegExpSource;
  preferWhenUnclear: boolean;
}
