/**
 * A slow matcher that is easy to check by reading: no trie and no regex, just every span of text
 * that starts and ends a word, compared as a whole with the forms' folded texts. The property and
 * corpus tests hold the shipped Matcher (compiled at build time) to the same answers.
 */
import type { Match } from '../../lib/match/matcher';
import type { MatcherTable, SurfaceForm } from '../../lib/match/surface-forms';
import { foldCode, GAP, isAsciiLetter, isWordCode, SKIP, wordContinues } from '../../lib/text/fold';

/** The matcher's openings hold this many of a form's first characters, one text character each. */
const OPENING_LENGTH = 4;

/** Folded form as the matcher sees it (gaps collapsed, skipped characters dropped). */
function folded(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = foldCode(text.charCodeAt(i));
    if (code === SKIP || (code === GAP && out.endsWith(' '))) continue;
    out += String.fromCharCode(code);
  }
  return out;
}

/** The characters as written that a case-sensitive form compares: skipped ones dropped, one per gap run. */
function written(text: string): number[] {
  const codes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = foldCode(text.charCodeAt(i));
    if (code === SKIP || (code === GAP && codes[codes.length - 1] === GAP)) continue;
    codes.push(code === GAP ? GAP : text.charCodeAt(i));
  }
  return codes;
}

/** Case-sensitive forms: an ASCII letter of the text must be the form's letter; anything else may differ in case. */
function sameCase(text: string, form: string): boolean {
  const [a, b] = [written(text), written(form)];
  return a.length === b.length && a.every((code, i) => code === b[i] || !isAsciiLetter(code));
}

/** A word ends at `at` when no letter or digit follows (invisible in-word characters looked through). */
export const isBoundary = (text: string, at: number) => !wordContinues(text, at, 1);
const startsWord = (text: string, at: number) => foldCode(text.charCodeAt(at)) !== SKIP && isWordCode(text.charCodeAt(at)) && !wordContinues(text, at, -1);

export class ReferenceMatcher {
  /**
   * Forms by their folded text, so a span is compared with the forms through a Map instead of
   * trying a thousand forms at every position (with the complete index that took over a minute).
   */
  private readonly formsByFolded = new Map<string, SurfaceForm[]>();
  private readonly longestForm: number;
  /** Every form's first four folded characters. */
  private readonly openings = new Set<string>();

  constructor(table: MatcherTable) {
    for (const form of table) {
      const key = folded(form.text);
      this.formsByFolded.set(key, [...(this.formsByFolded.get(key) ?? []), form]);
      this.openings.add(key.slice(0, OPENING_LENGTH));
    }
    this.longestForm = Math.max(...[...this.formsByFolded.keys()].map((key) => key.length));
  }

  /** At each word start that opens a form, the longest span that some form matches exactly; then on after it. */
  scan(text: string): Match[] {
    const result: Match[] = [];
    let i = 0;
    while (i < text.length) {
      const found = startsWord(text, i) && this.opensAt(text, i) ? this.longestAt(text, i) : undefined;
      if (found) result.push(found);
      i = found ? found.end : i + 1;
    }
    return result;
  }

  private longestAt(text: string, start: number): Match | undefined {
    let best: Match | undefined;
    // A plural adds two characters at most, so no span folds longer than the longest form plus two.
    for (let end = start + 1; end <= text.length && folded(text.slice(start, end)).length <= this.longestForm + 2; end++) {
      if (!isBoundary(text, end) || !isWordCode(text.charCodeAt(end - 1)) || foldCode(text.charCodeAt(end - 1)) === SKIP) continue;
      const form = this.formMatching(text, start, end);
      if (form) best = { start, end, termId: form.termId, form: form.text };
    }
    return best;
  }

  /**
   * The matcher looks for forms only where the text begins with some form's first four folded
   * characters, one text character each: a soft hyphen or a second space among them
   * ("Oc\u00adrevus", "B  cell") hides what follows, unless a shorter form opens there ("MS  attack").
   */
  private opensAt(text: string, start: number): boolean {
    let opening = '';
    for (let i = start; i < start + OPENING_LENGTH && i < text.length; i++) {
      const code = foldCode(text.charCodeAt(i));
      if (code === SKIP) return false;
      opening += String.fromCharCode(code);
      if (this.openings.has(opening)) return true;
    }
    return false;
  }

  /**
   * A form that matches text[start, end) exactly, with a plural ending of the kind it allows. The
   * longest stem first, and forms in the table's order: the matcher keeps the deepest trie node
   * that accepts, and there the first form that fits.
   */
  private formMatching(text: string, start: number, end: number): SurfaceForm | undefined {
    const span = text.slice(start, end);
    const stems: [string, (form: SurfaceForm) => boolean][] = [
      [span, () => true],
      [span.slice(0, -1), (form) => (form.plural === 'word' && /s$/i.test(span)) || (form.plural === 'abbreviation' && span.endsWith('s'))],
      [span.slice(0, -2), (form) => form.plural === 'word' && /es$/i.test(span)],
    ];
    for (const [stem, takesEnding] of stems) {
      // A match never ends on an invisible character it stepped over.
      if (stem === '' || foldCode(stem.charCodeAt(stem.length - 1)) === SKIP) continue;
      for (const form of this.formsByFolded.get(folded(stem)) ?? []) {
        if (takesEnding(form) && (!form.caseSensitive || sameCase(stem, form.text))) return form;
      }
    }
    return undefined;
  }
}
