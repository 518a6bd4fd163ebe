/**
 * Finds every surface form of the index in a string: a character trie tried at word starts.
 * Chosen over one big alternation regex (docs/architecture.md, "Matching"). Its cost still grows
 * with the index: more forms share openings with everyday words, and each such word is walked.
 * Words that cannot start a form are skipped whole.
 *
 * Rules: whole words only; case-sensitive forms must match letter for letter, others in any case;
 * the longest match at a position wins; matches never overlap. Characters are folded one by one
 * (lib/text/fold.ts), so offsets are always offsets into the original text.
 *
 * The trie and the openings regex are made at build time (build/compile-matcher.ts); this class
 * only reads them (lib/match/compiled-matcher.ts).
 */
import { GAP, SKIP, foldCode, isAsciiLetter, isGapCode, wordContinues } from '../text/fold';
import { toRegExp } from '../text/regexp-source';
import { PLURAL_CODES, type CompiledMatcher, type PluralCode } from './compiled-matcher';
import { openingsView } from './openings-view';

export interface Match {
  start: number;
  /** Exclusive end offset. */
  end: number;
  termId: string;
  /** The surface form that matched, as written in the entry. */
  form: string;
}

/** No node: where the trie has no child for a character. */
const NONE = -1;

export class Matcher {
  /**
   * Finds the places where a form may start: every form's first four folded characters, at a
   * word boundary, as one trie-shaped regex (build/compile-matcher.ts says why four). V8's regex
   * engine skips ordinary words far faster than a loop over characters; each candidate is then
   * walked in the trie, which decides.
   */
  private readonly openings: RegExp;
  // Typed copies of the compiled arrays (CompiledTrie, CompiledForms say what each holds): dense
  // integers, no boxing, and a copy costs microseconds.
  private readonly codes: Int32Array;
  private readonly childCounts: Int32Array;
  private readonly firstChildDistances: Int32Array;
  private readonly formCounts: Int32Array;
  private readonly firstForms: Int32Array;
  private readonly texts: string;
  private readonly textStarts: Int32Array;
  private readonly formTerms: Int32Array;
  private readonly caseSensitive: Uint8Array;
  private readonly plurals: Uint8Array;
  private readonly termIds: string[];

  constructor(compiled: CompiledMatcher) {
    const { trie, forms } = compiled;
    this.openings = toRegExp(compiled.openings);
    this.codes = Int32Array.from(trie.codes);
    this.childCounts = Int32Array.from(trie.childCounts);
    this.firstChildDistances = Int32Array.from(trie.firstChildDistances);
    this.formCounts = Int32Array.from(trie.formCounts);
    this.firstForms = Int32Array.from(trie.firstForms);
    this.texts = forms.texts;
    this.textStarts = Int32Array.from(forms.textStarts);
    this.formTerms = Int32Array.from(forms.terms);
    this.caseSensitive = Uint8Array.from(forms.caseSensitive);
    this.plurals = Uint8Array.from(forms.plurals);
    this.termIds = compiled.termIds;
  }

  /** Every match in `text`, in order, none overlapping. */
  scan(text: string): Match[] {
    const matches: Match[] = [];
    const openings = new RegExp(this.openings); // own lastIndex: scan may be called re-entrantly
    const view = openingsView(text);
    for (let candidate = openings.exec(view.text); candidate; candidate = openings.exec(view.text)) {
      const start = view.toText(candidate.index);
      // \b knows only ASCII words: "éOCT" must not match, so look at the character before.
      const found = wordContinues(text, start, -1) ? undefined : this.longestAt(text, start);
      if (found) {
        matches.push(found);
        openings.lastIndex = view.toView(found.end);
      } else openings.lastIndex = candidate.index + 1;
    }
    return matches;
  }

  /**
   * The child of `node` on folded `code`, or NONE. Children are sorted by code, so a binary search:
   * the root has a few dozen children, most other nodes one.
   */
  private child(node: number, code: number): number {
    let low = node + this.firstChildDistances[node];
    let high = low + this.childCounts[node] - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const found = this.codes[middle];
      if (found === code) return middle;
      if (found < code) low = middle + 1;
      else high = middle - 1;
    }
    return NONE;
  }

  /** Walks the trie from `start` and keeps the longest accepted form that ends on a word boundary. */
  private longestAt(text: string, start: number): Match | undefined {
    let node = 0;
    let best: Match | undefined;
    let i = start;
    let steppedOver = false; // a match never ends on an invisible character it stepped over
    while (node !== NONE) {
      if (this.formCounts[node] > 0 && !steppedOver) best = this.acceptAt(text, start, i, node) ?? best;
      if (i >= text.length) break;
      const folded = foldCode(text.charCodeAt(i));
      i++;
      steppedOver = folded === SKIP;
      if (steppedOver) continue;
      if (folded === GAP) while (i < text.length && isGapCode(text.charCodeAt(i))) i++;
      node = this.child(node, folded);
    }
    return best;
  }

  /** The first form accepted at `node` (in the table's order) that fits the text's case and word end. */
  private acceptAt(text: string, start: number, end: number, node: number): Match | undefined {
    const formsEnd = this.firstForms[node] + this.formCounts[node];
    for (let form = this.firstForms[node]; form < formsEnd; form++) {
      if (this.caseSensitive[form] === 1 && !this.sameCase(text, start, end, form)) continue;
      const matchEnd = wordEndAfter(text, end, this.plurals[form] as PluralCode);
      if (matchEnd !== undefined) {
        const written = this.texts.slice(this.textStarts[form], this.textStarts[form + 1]);
        return { start, end: matchEnd, termId: this.termIds[this.formTerms[form]], form: written };
      }
    }
    return undefined;
  }

  /** For case-sensitive forms: the matched text must have the form's letters in the form's case. */
  private sameCase(text: string, start: number, end: number, form: number): boolean {
    let f = this.textStarts[form];
    const formEnd = this.textStarts[form + 1];
    for (let i = start; i < end; i++) {
      const code = text.charCodeAt(i);
      const folded = foldCode(code);
      if (folded === SKIP) continue;
      if (folded === GAP) {
        while (i + 1 < end && isGapCode(text.charCodeAt(i + 1))) i++;
        while (f < formEnd && isGapCode(this.texts.charCodeAt(f))) f++;
        continue;
      }
      if (f === formEnd) return false; // the text goes on where the form has ended
      const formCode = this.texts.charCodeAt(f++);
      if (code !== formCode && (isAsciiLetter(code) || foldCode(formCode) !== folded)) return false;
    }
    return f === formEnd;
  }
}

/** The end of a whole-word match at `end`, taking a plural ending where allowed; undefined if mid-word. */
function wordEndAfter(text: string, end: number, plural: PluralCode): number | undefined {
  const boundary = (at: number) => !wordContinues(text, at, 1);
  if (boundary(end)) return end;
  if (plural === PLURAL_CODES.none) return undefined;
  if (plural === PLURAL_CODES.abbreviation) return text.charCodeAt(end) === 0x73 && boundary(end + 1) ? end + 1 : undefined; // "MRIs"
  const next = text.charCodeAt(end) | 0x20;
  if (next === 0x73 && boundary(end + 1)) return end + 1; // s
  if (next === 0x65 && (text.charCodeAt(end + 1) | 0x20) === 0x73 && boundary(end + 2)) return end + 2; // es
  return undefined;
}
