/**
 * Regex pieces for forms, at build time: one folded character as a regex, and a set of forms as one
 * trie-shaped alternation. Shared by the matcher's openings regex (build/compile-matcher.ts) and
 * the first stage's candidate patterns (build/compile-candidates.ts), so both read text the same way.
 */
import { GAP } from '../lib/text/fold';

/**
 * Every character lib/text/fold.ts folds to GAP, and a few more: dashes, the minus sign and any
 * white space (\s holds NBSP, the narrow NBSP and the other Unicode spaces).
 */
export const GAP_CLASS = '[\\s\\-\\u2010-\\u2014\\u2212]';

/** Curly apostrophes fold to the straight one (lib/text/fold.ts): a regex must accept all three. */
export const APOSTROPHE_CLASS = "['\\u2018\\u2019]";

/**
 * Put before the forms that start with an ASCII letter or digit. \b knows only ASCII words, so
 * forms that start with another letter ("κ-FLC index") go without it; the matcher checks the
 * character before every candidate anyway.
 */
export const WORD_START = '\\b';

/** A regex that never matches: what an empty set of forms becomes. */
export const NEVER = '(?!)';

/**
 * The regex for one folded character code: itself, or the class of what folds to it. Letters and
 * digits stand as they are (an escaped `\S` or `\w` would be a class); anything else is escaped.
 */
export function charClass(folded: number): string {
  if (folded === GAP) return GAP_CLASS;
  if (folded === 0x27) return APOSTROPHE_CLASS;
  const char = String.fromCharCode(folded);
  return /[a-zA-Z0-9]/.test(char) ? char : `\\${char}`;
}

/** Whether a form's folded codes start with an ASCII letter or digit, where \b can stand before it. */
export function startsAsciiWord(codes: number[]): boolean {
  return /[a-z0-9]/i.test(String.fromCharCode(codes[0] ?? 0));
}

/**
 * Sequences of regex pieces (one piece per character, WORD_START allowed first) as one alternation
 * shaped like a trie (`a(?:b|n)|oct`): V8 runs it far faster than a flat list of the same strings,
 * and it is much shorter. Alternatives keep the order their first piece is first seen in.
 */
export function trieShapedPattern(sequences: string[][]): string {
  return alternativesOf(sequences).join('|') || NEVER;
}

function alternativesOf(sequences: string[][]): string[] {
  const groups = new Map<string, string[][]>();
  for (const [first, ...rest] of sequences) {
    if (first === undefined) continue;
    const tails = groups.get(first) ?? [];
    tails.push(rest);
    groups.set(first, tails);
  }
  return [...groups].map(([first, tails]) => {
    const canEnd = tails.some((tail) => tail.length === 0);
    const inner = alternativesOf(tails.filter((tail) => tail.length > 0));
    if (inner.length === 0) return first;
    // A chain of single children needs no group: "oct", not "o(?:c(?:t))".
    if (inner.length === 1 && !canEnd) return `${first}${inner[0]}`;
    return `${first}(?:${inner.join('|')})${canEnd ? '?' : ''}`;
  });
}
