/**
 * A form's text as the matcher reads page text (lib/text/fold.ts): skipped characters dropped and
 * a run of gaps made one gap, so "B-cell", "B cell" and "B - cell" are one path in the trie.
 * Build-time only: the page folds its text character by character and never folds a form.
 */
import { GAP, SKIP, foldCode, isAsciiLetter } from '../lib/text/fold';

/**
 * Folded codes of a form. With `keepAsciiCase`, ASCII letters stay as written: what a
 * case-sensitive form's letters must be in the text (the matcher's sameCase).
 */
export function foldForm(text: string, { keepAsciiCase = false } = {}): number[] {
  const codes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const written = text.charCodeAt(i);
    const code = foldCode(written);
    if (code === SKIP || (code === GAP && codes[codes.length - 1] === GAP)) continue;
    codes.push(keepAsciiCase && isAsciiLetter(written) ? written : code);
  }
  return codes;
}
