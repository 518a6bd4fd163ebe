/**
 * Character classes and folding for matching, one character at a time so offsets into the page's
 * text never shift (the offset map back to the original is the identity, minus skipped characters).
 *
 * - letters fold to lower case, Latin diacritics to their base letter (é → e);
 * - every dash and hyphen, and any white space (NBSP included), fold to one "gap" code, so
 *   "B-cell", "B cell", "relapsing–remitting" and "relapsing remitting" are the same to the matcher;
 * - curly apostrophes fold to ';
 * - soft hyphens, zero-width characters and combining marks are skipped (they sit inside words);
 * - letters of scripts without case (Chinese, Japanese, Arabic, Hebrew, Thai) do not make words with
 *   Latin letters: those scripts set a Latin term right beside their own letters ("MRI検査"), and the
 *   term is still found there.
 */

/** The folded code of every dash, hyphen and white-space character. */
export const GAP = 0x20;
/** Returned by `foldCode` for characters the matcher steps over. */
export const SKIP = -1;

const enum Kind {
  Other = 0,
  Word = 1,
  Gap = 2,
  Skip = 3,
}

const ASCII_KIND = new Uint8Array(128);
const ASCII_FOLD = new Int32Array(128);
for (let code = 0; code < 128; code++) {
  const isDigit = code >= 0x30 && code <= 0x39;
  const isUpper = code >= 0x41 && code <= 0x5a;
  const isLower = code >= 0x61 && code <= 0x7a;
  const isSpace = code === 0x20 || (code >= 0x09 && code <= 0x0d);
  // "_" joins words as in identifiers ("ms_score"), as the regex engine's \b also assumes.
  const isUnderscore = code === 0x5f;
  ASCII_KIND[code] = isDigit || isUpper || isLower || isUnderscore ? Kind.Word : isSpace || code === 0x2d ? Kind.Gap : Kind.Other;
  ASCII_FOLD[code] = isUpper ? code + 32 : isSpace || code === 0x2d ? GAP : code;
}

const GAP_CODES = new Set([0xa0, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2212, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x202f, 0x205f, 0x3000]);
const SKIP_CODES = new Set([0xad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff]);

/** Memo for non-ASCII characters: [kind, folded code]. */
const wideMemo = new Map<number, [Kind, number]>();

function classifyWide(code: number): [Kind, number] {
  let entry = wideMemo.get(code);
  if (entry) return entry;
  if (GAP_CODES.has(code)) entry = [Kind.Gap, GAP];
  else if (SKIP_CODES.has(code) || (code >= 0x300 && code <= 0x36f)) entry = [Kind.Skip, SKIP];
  else if (code === 0x2018 || code === 0x2019) entry = [Kind.Other, 0x27];
  else {
    const char = String.fromCharCode(code);
    const lower = char.toLowerCase();
    const isLetter = lower !== char.toUpperCase() || (code >= 0xc0 && code <= 0x24f);
    // NFD splits "é" into "e" + a combining accent: keep the base letter.
    const base = lower.normalize('NFD').charCodeAt(0);
    entry = [isLetter ? Kind.Word : Kind.Other, base];
  }
  wideMemo.set(code, entry);
  return entry;
}

/** Letters and digits in any script, and the invisible characters that sit inside words. */
export function isWordCode(code: number): boolean {
  const kind = code < 128 ? ASCII_KIND[code] : classifyWide(code)[0];
  return kind === Kind.Word || kind === Kind.Skip;
}

function kindOf(code: number): Kind {
  return code < 128 ? ASCII_KIND[code] : classifyWide(code)[0];
}

/**
 * Whether a word goes on right before `at` (or from `at` on, with `direction` 1), looking through
 * the invisible characters that sit inside words: "\u00ADOcrevus" still starts a word at "O".
 */
export function wordContinues(text: string, at: number, direction: 1 | -1): boolean {
  for (let i = direction === 1 ? at : at - 1; i >= 0 && i < text.length; i += direction) {
    const kind = kindOf(text.charCodeAt(i));
    if (kind !== Kind.Skip) return kind === Kind.Word;
  }
  return false;
}

/** A-Z and a-z: the letters case-sensitive forms compare by case. */
export function isAsciiLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

export function isGapCode(code: number): boolean {
  return (code < 128 ? ASCII_KIND[code] : classifyWide(code)[0]) === Kind.Gap;
}

/** The folded code of one character: GAP for dashes and spaces, SKIP for characters to step over. */
export function foldCode(code: number): number {
  return code < 128 ? ASCII_FOLD[code] : classifyWide(code)[1];
}
