/**
 * A slow matcher that is easy to check by reading: no trie and no regex, just every span of text
 * that starts and ends a word, compared as a whole with the forms' folded texts. Its folding is its
 * own (reference-fold.ts), written from the documented rules, so the property and corpus tests hold
 * the shipped Matcher (compiled at build time) to answers that do not come from its own code.
 */
import type { Match } from '../../lib/match/matcher';
import type { MatcherTable, SurfaceForm } from '../../build/surface-forms';
import { foldChar, foldText, kindOf, wordGoesOn } from './reference-fold';


const isAsciiLetter = (char: string) => /^[A-Za-z]$/.test(char);

/** The characters as written that a case-sensitive form compares: invisible ones dropped, one per run of gaps. */
function written(text: string): string[] {
  const chars: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    const kind = kindOf(char);
    if (kind === 'invisible' || (kind === 'gap' && kindOf(chars[chars.length - 1] ?? '') === 'gap')) continue;
    chars.push(kind === 'gap' ? ' ' : char);
  }
  return chars;
}

/** Case-sensitive forms: an ASCII letter of the text must be the form's letter; anything else may differ in case. */
function sameCase(text: string, form: string): boolean {
  const [a, b] = [written(text), written(form)];
  return a.length === b.length && a.every((char, i) => char === b[i] || !isAsciiLetter(char));
}

/** A word ends at `at` when no letter or digit follows (invisible characters looked through). */
export const endsWord = (text: string, at: number) => !wordGoesOn(text, at, 1);
/** A word starts at `at` when a letter or digit stands there and none goes on before it. */
export const startsWord = (text: string, at: number) => kindOf(text[at]) === 'word' && !wordGoesOn(text, at, -1);

export class ReferenceMatcher {
  /**
   * Forms by their folded text, so a span is compared with the forms through a Map instead of
   * trying a thousand forms at every position (with the complete index that took over a minute).
   */
  private readonly formsByFolded = new Map<string, SurfaceForm[]>();
  private readonly longestForm: number;
  /** Every form's first folded character: a word start with another cannot begin a match (only speed). */
  private readonly firstCharacters = new Set<string>();

  constructor(table: MatcherTable) {
    for (const form of table) {
      const key = foldText(form.text);
      this.formsByFolded.set(key, [...(this.formsByFolded.get(key) ?? []), form]);
      this.firstCharacters.add(key[0]);
    }
    this.longestForm = Math.max(...[...this.formsByFolded.keys()].map((key) => key.length));
  }

  /** At each word start, the longest span that some form matches exactly; then on after it. */
  scan(text: string): Match[] {
    const result: Match[] = [];
    let i = 0;
    while (i < text.length) {
      const found = startsWord(text, i) && this.firstCharacters.has(foldChar(text[i])) ? this.longestAt(text, i) : undefined;
      if (found) result.push(found);
      i = found ? found.end : i + 1;
    }
    return result;
  }

  private longestAt(text: string, start: number): Match | undefined {
    let best: Match | undefined;
    // A plural adds two characters at most, so no span folds longer than the longest form plus two.
    for (let end = start + 1; end <= text.length && foldText(text.slice(start, end)).length <= this.longestForm + 2; end++) {
      if (!endsWord(text, end) || kindOf(text[end - 1]) !== 'word') continue;
      const form = this.formMatching(text, start, end);
      if (form) best = { start, end, termId: form.termId, form: form.text };
    }
    return best;
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
      if (stem === '' || kindOf(stem[stem.length - 1]) === 'invisible') continue;
      for (const form of this.formsByFolded.get(foldText(stem)) ?? []) {
        if (takesEnding(form) && (!form.caseSensitive || sameCase(stem, form.text))) return form;
      }
    }
    return undefined;
  }
}
