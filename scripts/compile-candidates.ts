/**
 * Build time: the first stage's CandidatePatterns (lib/match/candidates.ts) from the matcher
 * table. Every pattern reads more into a text than the matcher does, never less: a false "maybe"
 * costs a scan, a false "no" loses marks.
 */
import type { CandidatePatterns } from '../lib/match/candidates';
import type { MatcherTable } from '../lib/match/surface-forms';
import { GAP } from '../lib/text/fold';
import { skippedClass, unseenClass, type PieceUse } from './candidate-characters';
import { candidateFormsOf, type CandidateEnd, type CandidateForm } from './candidate-forms';
import { NEVER, WORD_START, charClass, startsAsciiWord, trieShapedPattern } from './form-patterns';

/**
 * After a match: the plural endings the form takes, then no letter, digit or "_" (\w without the u
 * flag). The matcher's word end stops at letters of every script: stricter, never looser.
 */
const ENDS: Record<CandidateEnd, string> = {
  word: '(?:[eE]?[sS])?(?!\\w)',
  abbreviation: 's?(?!\\w)',
  none: '(?!\\w)',
};

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

/** Forms as one regex: \b where it can tell a word start, the form as pieces, then its end. */
function formsPattern(forms: CandidateForm[]): string {
  const byEnd = new Map<CandidateEnd, string[][]>();
  for (const form of forms) {
    const pieces = form.codes.map((code) => pieceOf(form, code));
    byEnd.set(form.end, [...(byEnd.get(form.end) ?? []), startsAsciiWord(form.codes) ? [WORD_START, ...pieces] : pieces]);
  }
  return [...byEnd].map(([end, sequences]) => `(?:${trieShapedPattern(sequences)})${ENDS[end]}`).join('|') || NEVER;
}

export function compileCandidatePatterns(table: MatcherTable): CandidatePatterns {
  const forms = candidateFormsOf(table);
  const uses = forms.flatMap((form) => form.codes.map((code): PieceUse => ({ code, piece: pieceOf(form, code), ownCase: form.ownCase })));
  return {
    skipped: { source: skippedClass(), flags: '' },
    unseen: { source: unseenClass(uses), flags: '' },
    // Lower case, no i flag: the page tests it on lower-cased text (lib/match/candidates.ts).
    anyCase: { source: formsPattern(forms.filter((form) => !form.ownCase)), flags: '' },
    ownCase: { source: formsPattern(forms.filter((form) => form.ownCase)), flags: '' },
  };
}
