/**
 * The content script's first stage: could this text hold a term the page matcher would mark? A
 * few regexes over whole forms, made at build time (build/compile-candidates.ts), so that an
 * ordinary page is turned away without loading the matcher at all. (Looking the page's words up in
 * maps instead avoids compiling a big regex on every page, about 2.5 ms, but measured 3–8 ms on a
 * 60 kB page against the regex's 0.5: the regex wins wherever there is much text.)
 *
 * It must never say no where the page matcher marks something in a page; it may say yes where
 * nothing gets marked (a look-alike, a rule that says no). Read it as a whole-page test: a block
 * can also be marked because of another block ("natalizumab (NTZ)" makes a later lone "NTZ" a
 * mark; "relapse" waits for an MS term elsewhere), but then that other block says yes. The text
 * is read as the matcher reads it: characters it steps over are removed, accented Latin letters
 * lose their accents, and dashes, white space and curly apostrophes are classes in the patterns.
 */
import { toRegExp, type RegExpSource } from '../text/regexp-source';
import { withoutAccents } from '../text/without-accents';

export interface CandidatePatterns {
  /** What the matcher steps over inside words (soft hyphens, zero-width characters, combining marks). */
  skipped: RegExpSource;
  /**
   * Characters the matcher folds to a letter of some form that the patterns below would not read
   * as that letter ("ạ", the Kelvin sign): text with any of them is a candidate, to be safe.
   */
  unseen: RegExpSource;
  /**
   * Forms marked on their own, in any case: written in lower case and tested on lower-cased text.
   * Not the i flag: it makes compiling this big alternation, on every page, about twice as slow.
   */
  anyCase: RegExpSource;
  /**
   * Forms marked on their own that keep their case (OCT, MS, CIS). The matcher compares accented
   * letters in any case ("MŚ", "Mś"), so text that had accents is tested with the i flag added.
   */
  ownCase: RegExpSource;
}

interface CandidateRegExps {
  skipped: RegExp;
  skippedAll: RegExp;
  unseen: RegExp;
  anyCase: RegExp;
  ownCase: RegExp;
  ownCaseAfterAccents: RegExp;
}

/** Regexes per patterns object: made on the first call (compiling a source is cheap, not free). */
const compiled = new WeakMap<CandidatePatterns, CandidateRegExps>();

function regExpsOf(patterns: CandidatePatterns): CandidateRegExps {
  let regExps = compiled.get(patterns);
  if (!regExps) {
    const { skipped, ownCase } = patterns;
    regExps = {
      skipped: toRegExp(skipped),
      skippedAll: toRegExp({ source: skipped.source, flags: `${skipped.flags}g` }),
      unseen: toRegExp(patterns.unseen),
      anyCase: toRegExp(patterns.anyCase),
      ownCase: toRegExp(ownCase),
      ownCaseAfterAccents: toRegExp({ source: ownCase.source, flags: `${ownCase.flags}i` }),
    };
    compiled.set(patterns, regExps);
  }
  return regExps;
}

/** Whether `text` may hold a term the page matcher would mark (never false when it would). */
export function hasCandidate(text: string, patterns: CandidatePatterns): boolean {
  const regExps = regExpsOf(patterns);
  const visible = regExps.skipped.test(text) ? text.replace(regExps.skippedAll, '') : text;
  const searchable = withoutAccents(visible);
  if (regExps.unseen.test(searchable) || regExps.anyCase.test(searchable.toLowerCase())) return true;
  const ownCase = searchable === visible ? regExps.ownCase : regExps.ownCaseAfterAccents;
  return ownCase.test(searchable);
}
