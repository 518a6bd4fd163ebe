/**
 * Build time: which forms the first stage's patterns hold (build/compile-candidates.ts). A form
 * whose every match holds a match of another form of the patterns, as whole
 * words, is left out: "relapsing-remitting multiple sclerosis" holds "multiple sclerosis", and the
 * first stage only has to say yes.
 */
import { LOOK_ALIKE_RULES } from '../lib/match/look-alike-rules';
import type { MatcherTable, SurfaceForm } from './surface-forms';
import { GAP, foldCode } from '../lib/text/fold';
import { foldForm } from './fold-form';

export interface CandidateForm {
  /** Folded codes; for a case-sensitive form, ASCII letters as written. */
  codes: number[];
  ownCase: boolean;
}

/** Forms marked without waiting for another MS term on the page (no `needsMsPage` from data or rules). */
function markedOnItsOwn(form: SurfaceForm): boolean {
  return !form.needsMsPage && !LOOK_ALIKE_RULES[form.text]?.needsMsPage;
}

/**
 * Forms marked on their own, each with its case (the patterns end every form of one case alike, so
 * plurals do not tell forms apart here). The others (fatigue, relapse, MRI) are
 * left out: they and the abbreviations a page defines by them ("relapse (RL)") wait until another
 * MS term is on the page (lib/match/page-matcher.ts), and that term is in the patterns.
 */
export function candidateFormsOf(table: MatcherTable): CandidateForm[] {
  const all = table
    .filter(markedOnItsOwn)
    .map((form): CandidateForm => ({ codes: foldForm(form.text, { keepAsciiCase: form.caseSensitive }), ownCase: form.caseSensitive }));
  const distinct = [...new Map(all.map((form) => [`${form.ownCase}|${form.codes.join(',')}`, form])).values()];
  const keyed = distinct.map((form): KeyedForm => ({ form, asWritten: String.fromCharCode(...form.codes), folded: String.fromCharCode(...form.codes.map(foldCode)) }));
  return keyed.filter((outer) => !keyed.some((inner) => inner !== outer && covers(inner, outer))).map(({ form }) => form);
}

/** A form with its codes as strings, for finding one form inside another. */
interface KeyedForm {
  form: CandidateForm;
  asWritten: string;
  folded: string;
}

const GAP_CHAR = String.fromCharCode(GAP);

/**
 * Whether every match of `outer` holds a match of `inner`: inner's codes stand in outer's as whole
 * words (at its start or after a gap, at its end or before a gap), in a case at least as loose.
 * Strict (shorter, or looser case), so two forms never leave each other out.
 */
function covers(inner: KeyedForm, outer: KeyedForm): boolean {
  if (inner.form.ownCase && !outer.form.ownCase) return false;
  const [a, b] = inner.form.ownCase ? [inner.asWritten, outer.asWritten] : [inner.folded, outer.folded];
  for (let at = b.indexOf(a); at !== -1; at = b.indexOf(a, at + 1)) {
    if (at > 0 && b[at - 1] !== GAP_CHAR) continue;
    const after = at + a.length;
    if (after === b.length || b[after] === GAP_CHAR) return true;
  }
  return false;
}
