/**
 * Finds every surface form of the index in a string: a character trie tried at word starts.
 * research/detection.md measured this shape far ahead of one big alternation regex, and its cost
 * does not grow with the number of forms. Words that cannot start a form are skipped whole.
 *
 * Rules: whole words only; case-sensitive forms must match letter for letter, others in any case;
 * the longest match at a position wins; matches never overlap. Characters are folded one by one
 * (lib/text/fold.ts), so offsets are always offsets into the original text.
 */
import { GAP, SKIP, foldCode, isGapCode, wordContinues } from '../text/fold';
import type { MatcherTable, SurfaceForm } from './surface-forms';

export interface Match {
  start: number;
  /** Exclusive end offset. */
  end: number;
  termId: string;
  /** The surface form that matched, as written in the entry. */
  form: string;
}

interface TrieNode {
  /**
   * Children by folded code. A Map, not a 128-slot array per node: with a thousand forms the trie
   * has some 10,000 nodes, mostly with one child, and arrays made building it cost ~45 ms on every
   * page (measured). Maps also scanned faster on dense MS text (19.7 vs 14.4 MB/s in Node).
   */
  children: Map<number, TrieNode> | undefined;
  /** Forms that end exactly here. */
  accepts: SurfaceForm[];
}

const newNode = (): TrieNode => ({ children: undefined, accepts: [] });

function child(node: TrieNode, code: number): TrieNode | undefined {
  return node.children?.get(code);
}

function addChild(node: TrieNode, code: number): TrieNode {
  const existing = child(node, code);
  if (existing) return existing;
  const created = newNode();
  (node.children ??= new Map()).set(code, created);
  return created;
}

/** Folded codes of a form, gaps collapsed as they are in the text. */
function foldForm(text: string): number[] {
  const codes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = foldCode(text.charCodeAt(i));
    if (code === SKIP || (code === GAP && codes[codes.length - 1] === GAP)) continue;
    codes.push(code);
  }
  return codes;
}

const isAsciiLetter = (code: number) => (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);

/** For case-sensitive forms: the matched text must have the form's letters in the form's case. */
function sameCase(text: string, start: number, end: number, form: string): boolean {
  let f = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    const folded = foldCode(code);
    if (folded === SKIP) continue;
    if (folded === GAP) {
      while (i + 1 < end && isGapCode(text.charCodeAt(i + 1))) i++;
      while (f < form.length && isGapCode(form.charCodeAt(f))) f++;
      continue;
    }
    const formCode = form.charCodeAt(f++);
    if (code !== formCode && (isAsciiLetter(code) || foldCode(formCode) !== folded)) return false;
  }
  return f === form.length;
}

const GAP_CLASS = '[\\s\\-\\u00a0\\u2010-\\u2014\\u2212\\u202f]';

/** Curly apostrophes fold to the straight one (lib/text/fold.ts): the openings regex must accept all three. */
const APOSTROPHE_CLASS = "['\\u2018\\u2019]";

function charClass(folded: number): string {
  if (folded === GAP) return GAP_CLASS;
  if (folded === 0x27) return APOSTROPHE_CLASS;
  const char = String.fromCharCode(folded);
  return /[a-z0-9]/.test(char) ? char : `\\${char}`;
}

const LATIN_ACCENTED = /[\u00c0-\u024f]/;
const LATIN_ACCENTED_ALL = /[\u00c0-\u024f]/g;

/**
 * The text the openings regex searches: accented Latin letters replaced by their base letter, one
 * character for one, so offsets stay the same. Accent classes in the regex itself cost a third of
 * its speed; most pages have no accents and skip this.
 */
function withoutAccents(text: string): string {
  if (!LATIN_ACCENTED.test(text)) return text;
  return text.replace(LATIN_ACCENTED_ALL, (char) => {
    const base = char.normalize('NFD')[0] ?? char;
    return base.length === 1 ? base : char;
  });
}

/** A regex alternation shaped like a trie (`a(?:b|n)|o(?:c|f)`): V8 runs it far faster than a flat list. */
function trieShapedPattern(prefixes: number[][]): string {
  const groups = new Map<number, number[][]>();
  for (const [first, ...rest] of prefixes) {
    if (first === undefined) continue;
    const tails = groups.get(first) ?? [];
    tails.push(rest);
    groups.set(first, tails);
  }
  const alternatives = [...groups].map(([first, tails]) => {
    const canEnd = tails.some((tail) => tail.length === 0);
    const inner = trieShapedPattern(tails.filter((tail) => tail.length > 0));
    if (!inner) return charClass(first);
    return `${charClass(first)}(?:${inner})${canEnd ? '?' : ''}`;
  });
  return alternatives.join('|');
}

export class Matcher {
  private readonly root = newNode();
  /**
   * Finds the places where a form may start: every form's first four folded characters, at a
   * word boundary, as one trie-shaped regex. V8's regex engine skips ordinary words far faster than
   * a loop over characters; each candidate is then walked in the trie, which decides. Four, not
   * three: with a thousand forms, three-letter openings ("the", "car", "bri") caught a quarter of
   * everyday words (measured on the bench's filler text); four took the 1 MB bench page from about
   * 28 to 43 MB/s in Node.
   */
  private readonly openings: RegExp;

  constructor(table: MatcherTable) {
    const prefixes: number[][] = [];
    for (const form of table) {
      const codes = foldForm(form.text);
      let node = this.root;
      for (const code of codes) node = addChild(node, code);
      node.accepts.push(form);
      prefixes.push(codes.slice(0, 4));
    }
    // \b knows only ASCII words, so forms that start with another letter ("κ-FLC index") are found
    // without it; scan() checks the character before every candidate anyway.
    const asciiStart = (codes: number[]) => /[a-z0-9]/.test(String.fromCharCode(codes[0] ?? 0));
    const wordStarts = trieShapedPattern(prefixes.filter(asciiStart));
    const otherStarts = trieShapedPattern(prefixes.filter((codes) => !asciiStart(codes)));
    const alternatives = [wordStarts && `\\b(?:${wordStarts})`, otherStarts && `(?:${otherStarts})`].filter(Boolean);
    // Never the u flag on a big alternation (research/detection.md: 0.3 MB/s).
    this.openings = new RegExp(alternatives.length > 0 ? alternatives.join('|') : '(?!)', 'gi');
  }

  /** Every match in `text`, in order, none overlapping. */
  scan(text: string): Match[] {
    const matches: Match[] = [];
    const openings = new RegExp(this.openings); // own lastIndex: scan may be called re-entrantly
    const searchable = withoutAccents(text);
    for (let candidate = openings.exec(searchable); candidate; candidate = openings.exec(searchable)) {
      const start = candidate.index;
      // \b knows only ASCII words: "éOCT" must not match, so look at the character before.
      const found = wordContinues(text, start, -1) ? undefined : this.longestAt(text, start);
      if (found) {
        matches.push(found);
        openings.lastIndex = found.end;
      } else openings.lastIndex = start + 1;
    }
    return matches;
  }

  /** Walks the trie from `start` and keeps the longest accepted form that ends on a word boundary. */
  private longestAt(text: string, start: number): Match | undefined {
    let node: TrieNode | undefined = this.root;
    let best: Match | undefined;
    let i = start;
    let steppedOver = false; // a match never ends on an invisible character it stepped over
    while (node) {
      if (node.accepts.length > 0 && !steppedOver) best = this.acceptAt(text, start, i, node.accepts) ?? best;
      if (i >= text.length) break;
      const folded = foldCode(text.charCodeAt(i));
      i++;
      steppedOver = folded === SKIP;
      if (steppedOver) continue;
      if (folded === GAP) while (i < text.length && isGapCode(text.charCodeAt(i))) i++;
      node = child(node, folded);
    }
    return best;
  }

  private acceptAt(text: string, start: number, end: number, accepts: SurfaceForm[]): Match | undefined {
    for (const form of accepts) {
      if (form.caseSensitive && !sameCase(text, start, end, form.text)) continue;
      const matchEnd = wordEndAfter(text, end, form.plural);
      if (matchEnd !== undefined) return { start, end: matchEnd, termId: form.termId, form: form.text };
    }
    return undefined;
  }
}

/** The end of a whole-word match at `end`, taking a plural ending where allowed; undefined if mid-word. */
function wordEndAfter(text: string, end: number, plural: SurfaceForm['plural']): number | undefined {
  const boundary = (at: number) => !wordContinues(text, at, 1);
  if (boundary(end)) return end;
  if (plural === 'none') return undefined;
  if (plural === 'abbreviation') return text.charCodeAt(end) === 0x73 && boundary(end + 1) ? end + 1 : undefined; // "MRIs"
  const next = text.charCodeAt(end) | 0x20;
  if (next === 0x73 && boundary(end + 1)) return end + 1; // s
  if (next === 0x65 && (text.charCodeAt(end + 1) | 0x20) === 0x73 && boundary(end + 2)) return end + 2; // es
  return undefined;
}
