/**
 * Build time: the first stage's CandidatePatterns (lib/match/candidates.ts) from the matcher
 * table. Every pattern reads more into a text than the matcher does, never less: a false "maybe"
 * costs a scan, a false "no" loses marks.
 */
import type { CandidatePatterns } from '../lib/match/candidates';
import type { MatcherTable } from './surface-forms';
import { GAP } from '../lib/text/fold';
import { skippedClass, unseenClass, type PieceUse } from './candidate-characters';
import { candidateFormsOf, type CandidateForm } from './candidate-forms';
import { NEVER, charClass, trieShapedPattern } from './form-patterns';

/**
 * Word edges, loose on purpose. The guard reads textContent, which joins two blocks with nothing
 * between (entrypoints/page-guard/page-text.ts): "jane_doe" + "Ocrevus is…" + "Reply" reads
 * "jane_doeOcrevus is…Reply". So forms in any case (long words: "ocrevus", "hazard ratio") need
 * no edge at all. Forms that keep their case (MS, OCT, CIS) would then match inside every capital
 * word ("SMS", "MSFT", "OCTOBER"), so they must not follow a capital, and after them, with any
 * plural ending, come no lowercase letter ("MSc") and not two capitals (a longer word in
 * capitals), while a joined "MSReply" or "MS" + "12 comments" still counts.
 */
const OWN_CASE_START = '(?<![A-Z])';
const OWN_CASE_END = '(?:[eE]?[sS])?(?![a-z]|[A-Z]{2})';

/**
 * A folded code as a pattern piece, as in the openings, but a gap is any run of characters that are
 * not ASCII word characters: the trie walk takes runs of gaps ("B  cell"), and the short class keeps
 * the patterns small (a gap stands in a third of the forms); it also takes "hazard. Ratio", a rare yes.
 */
function anyCasePiece(code: number): string {
  return code === GAP ? '\\W+' : charClass(code);
}

/**
 * A code of a case-sensitive form (ASCII case kept) as a pattern piece: ASCII letters as written;
 * other letters in both cases, since the matcher's sameCase compares only ASCII letters by case.
 */
function ownCasePiece(code: number): string {
  const char = String.fromCharCode(code);
  const [lower, upper] = [char.toLowerCase(), char.toUpperCase()];
  const bothCases = code >= 0x80 && lower !== upper && lower.length === 1 && upper.length === 1;
  return bothCases ? `[${lower}${upper}]` : anyCasePiece(code);
}

const pieceOf = (form: CandidateForm, code: number) => (form.ownCase ? ownCasePiece(code) : anyCasePiece(code));

/** Forms as one trie-shaped alternation of their pieces. */
function formsPattern(forms: CandidateForm[]): string {
  return trieShapedPattern(forms.map((form) => form.codes.map((code) => pieceOf(form, code)))) || NEVER;
}

export function compileCandidatePatterns(table: MatcherTable): CandidatePatterns {
  const forms = candidateFormsOf(table);
  const uses = forms.flatMap((form) => form.codes.map((code): PieceUse => ({ code, piece: pieceOf(form, code), ownCase: form.ownCase })));
  return {
    skipped: { source: skippedClass(), flags: '' },
    unseen: { source: unseenClass(uses), flags: '' },
    // Lower case, no i flag: the page tests it on lower-cased text (lib/match/candidates.ts).
    anyCase: { source: formsPattern(forms.filter((form) => !form.ownCase)), flags: '' },
    ownCase: { source: `${OWN_CASE_START}(?:${formsPattern(forms.filter((form) => form.ownCase))})${OWN_CASE_END}`, flags: '' },
  };
}
