/**
 * The matcher's input: every name and alias of every entry, reduced to what scanning needs.
 * Made at build time from data/ and compiled further (build/compile-matcher.ts), so the content
 * script never carries the entries themselves, nor this module and its schemas.
 */
import * as z from 'zod/mini';
import { Category, Disambiguation, type TermEntry } from '../lib/index/schema';

export const SurfaceForm = z.object({
  /** The text as written in the entry ("Ocrevus", "OCT", "hazard ratio"). */
  text: z.string().check(z.minLength(1)),
  termId: z.string().check(z.minLength(1)),
  /** Abbreviations match only in their own case: "OCT" never matches "Oct". */
  caseSensitive: z.boolean(),
  /** Plural endings taken: words "s"/"es" ("relapses"), abbreviations a lowercase "s" ("MRIs"), codes none. */
  plural: z.enum(['word', 'abbreviation', 'none']),
  /** The entry's category: people choose which categories are marked. */
  category: Category,
  /** An everyday word (the entry's `onlyOnMsPages`): marked only once the page shows an MS term. */
  needsMsPage: z.optional(z.boolean()),
  /** Present when another entry shares this form: how a page chooses between them. */
  disambiguation: z.optional(Disambiguation),
});
export type SurfaceForm = z.infer<typeof SurfaceForm>;

export const MatcherTable = z.array(SurfaceForm);
export type MatcherTable = z.infer<typeof MatcherTable>;

const STRICT_KINDS = new Set(['abbreviation', 'development-code']);


/** A form written all in capitals (or with digits) is treated as an abbreviation even if not declared one. */
function looksLikeAbbreviation(text: string): boolean {
  return /^[A-Z0-9][A-Z0-9+\-]*$/.test(text) && /[A-Z]/.test(text);
}

/**
 * British and American spellings of the same word (annualised/annualized, leukaemia/leukemia,
 * oedema/edema, tumour/tumor, centre/center), so an entry lists one spelling and pages match in both.
 */
const SPELLING_SWAPS: [RegExp, string][] = [
  // Only after a stem of three letters or more ("realise", not "size" or "prize"), and not after
  // v, w or c ("revised", "otherwise", "precise" have no -ize spelling).
  [/(?<=[a-z]{2}[abd-uxyz])is(e|ed|es|ing|ation|ations)\b/g, 'iz$1'],
  [/(?<=[a-z]{2}[abd-uxyz])iz(e|ed|es|ing|ation|ations)\b/g, 'is$1'],
  [/ae(?=[mdsct])/g, 'e'], // haematology, leukaemia, paediatric, anaesthesia
  [/\boe/g, 'e'], // oedema, oestrogen (not leukoencephalopathy)
  [/hoea\b/g, 'hea'], // diarrhoea
  [/our\b/g, 'or'],
  [/tre\b/g, 'ter'],
];

export function spellingVariants(text: string): string[] {
  const variants = new Set([text]);
  for (const [pattern, replacement] of SPELLING_SWAPS) {
    for (const variant of [...variants]) variants.add(variant.replace(pattern, replacement));
  }
  variants.delete(text);
  return [...variants];
}

/** Plurals the matcher's "s"/"es" ending does not cover: therapy → therapies, analysis → analyses. */
function irregularPlurals(text: string): string[] {
  if (/[^aeiou]y$/.test(text)) return [`${text.slice(0, -1)}ies`];
  if (/sis$/.test(text)) return [`${text.slice(0, -3)}ses`];
  if (/criterion$/.test(text)) return [`${text.slice(0, -2)}a`];
  return [];
}

/** A form plus its spelling variants and irregular plurals, all leading to the same entry. */
function withVariants(form: SurfaceForm): SurfaceForm[] {
  if (form.caseSensitive) return [form];
  const extra = [...spellingVariants(form.text), ...(form.plural === 'word' ? irregularPlurals(form.text) : [])];
  return [form, ...extra.map((text) => ({ ...form, text }))];
}

function ownFormsOf(term: TermEntry): SurfaceForm[] {
  const { category } = term;
  const needsMsPage = term.onlyOnMsPages ? { needsMsPage: true } : {};
  const forms: SurfaceForm[] = [
    { text: term.name, termId: term.id, caseSensitive: looksLikeAbbreviation(term.name), plural: looksLikeAbbreviation(term.name) ? 'abbreviation' : 'word', category, ...needsMsPage },
  ];
  for (const alias of term.aliases) {
    const strict = STRICT_KINDS.has(alias.kind) || looksLikeAbbreviation(alias.text);
    forms.push({
      text: alias.text,
      termId: term.id,
      caseSensitive: alias.caseSensitive ?? strict,
      plural: alias.kind === 'development-code' ? 'none' : strict ? 'abbreviation' : 'word',
      category,
      ...needsMsPage,
      ...(alias.disambiguation ? { disambiguation: alias.disambiguation } : {}),
    });
  }
  return forms;
}

export function surfaceFormsOf(term: TermEntry): SurfaceForm[] {
  const seen = new Set<string>();
  return ownFormsOf(term)
    .flatMap(withVariants)
    .filter((form) => {
      const key = form.caseSensitive ? form.text : form.text.toLowerCase();
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

export function buildMatcherTable(terms: TermEntry[]): MatcherTable {
  return terms.flatMap(surfaceFormsOf);
}
