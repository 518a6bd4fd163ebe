/**
 * How the reference matcher sees characters, written from the matching rules as documented
 * (lib/text/fold.ts's header, data/README.md) and not from that file's code, so that a slip in
 * either shows up as a difference between the two matchers:
 *
 * - letters and digits of any script, and "_", make words;
 * - letters compare in lower case and without diacritics (é is e);
 * - every dash and hyphen, and all white space, are one gap, however many stand in a row;
 * - curly apostrophes are the straight one;
 * - soft hyphens, zero-width characters and combining marks are invisible: stepped over, and
 *   taken as part of the word they sit in.
 *
 * One UTF-16 unit at a time, as the page's offsets count.
 *
 * Letters of scripts without case (日本, Arabic, Hebrew, Thai; \p{Lo}) end a word, as lib/text/fold.ts
 * documents: "MRI検査" marks MRI. The matcher properties test pins that case.
 */

export type CharKind = 'word' | 'gap' | 'invisible' | 'other';

const INVISIBLE = /^[\u00ad\u200b\u200c\u200d\u2060\ufeff\p{M}]$/u;
const GAP = /^[\p{White_Space}\p{Pd}]$/u;
const WORD = /^[\p{L}\p{Nd}_]$/u;
/** Letters of scripts without case, which end a word (the rule above). */
const CASELESS_LETTER = /^\p{Lo}$/u;
const CURLY_APOSTROPHES = /^[\u2018\u2019]$/;

export function kindOf(char: string): CharKind {
  if (INVISIBLE.test(char)) return 'invisible';
  if (GAP.test(char)) return 'gap';
  return WORD.test(char) && !CASELESS_LETTER.test(char) ? 'word' : 'other';
}

/** A character as matching compares it: lower case, diacritics dropped; "" for invisible ones, " " for gaps. */
export function foldChar(char: string): string {
  const kind = kindOf(char);
  if (kind === 'invisible') return '';
  if (kind === 'gap') return ' ';
  if (CURLY_APOSTROPHES.test(char)) return "'";
  return char.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** A text as matching compares it: folded, each run of gaps one space. */
export function foldText(text: string): string {
  return [...Array(text.length).keys()].map((i) => foldChar(text[i])).join('').replace(/ {2,}/g, ' ');
}

/** Whether a word goes on just before `at` (direction -1) or from `at` on (direction 1), looking through invisible characters. */
export function wordGoesOn(text: string, at: number, direction: 1 | -1): boolean {
  for (let i = direction === 1 ? at : at - 1; i >= 0 && i < text.length; i += direction) {
    const kind = kindOf(text[i]);
    if (kind !== 'invisible') return kind === 'word';
  }
  return false;
}
