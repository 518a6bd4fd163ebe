/**
 * Build time: the character classes of the first stage (lib/match/candidates.ts) that follow from
 * lib/text/fold.ts rather than from the forms: what the matcher steps over, and what it folds to a
 * form's character that the patterns could not see as one.
 */
import { SKIP, foldCode, isAsciiLetter } from '../lib/text/fold';
import { withoutAccents } from '../lib/text/without-accents';
import { NEVER } from './form-patterns';

/** A code of a form and the pattern piece that stands for it (see build/compile-candidates.ts). */
export interface PieceUse {
  /** Folded, or with ASCII case kept for a case-sensitive form. */
  code: number;
  piece: string;
  /** In the case-keeping pattern (see unseenClass). */
  ownCase: boolean;
}

const everyCode = (): number[] => Array.from({ length: 0x10000 }, (_, code) => code);

/** A character class of the given UTF-16 codes (ascending), in ranges. */
function classOf(codes: number[]): string {
  if (codes.length === 0) return NEVER;
  const hex = (code: number) => `\\u${code.toString(16).padStart(4, '0')}`;
  const ranges: string[] = [];
  for (let i = 0; i < codes.length; ) {
    let j = i;
    while (j + 1 < codes.length && codes[j + 1] === codes[j] + 1) j++;
    ranges.push(j === i ? hex(codes[i]) : `${hex(codes[i])}-${hex(codes[j])}`);
    i = j + 1;
  }
  return `[${ranges.join('')}]`;
}

/** Soft hyphens, zero-width characters, combining marks: everything foldCode steps over. */
export function skippedClass(): string {
  return classOf(everyCode().filter((code) => foldCode(code) === SKIP));
}

/**
 * Whether the matcher takes `written` in the text where a form has `use.code`: the same folded
 * code, and for a case-sensitive form's ASCII letter the same letter (its sameCase).
 */
function matcherTakes(written: number, use: PieceUse): boolean {
  if (foldCode(written) !== foldCode(use.code)) return false;
  return !use.ownCase || written === use.code || !isAsciiLetter(written);
}

/**
 * Characters the matcher reads as a character of some form that the piece for it does not match
 * once the text is without accents: letters outside the Latin blocks withoutAccents covers ("ạ"),
 * and look-alike signs (the Kelvin sign folds to "k"). `uses`: every code of every pattern. Each
 * piece is tried as the page tries it (lib/match/candidates.ts): the any-case pattern on lower-cased
 * text, the case-keeping one as written, or with the i flag when the text had accents.
 */
export function unseenClass(uses: PieceUse[]): string {
  const regExps = new Map<string, RegExp>();
  const pieceMatches = (piece: string, flags: string, char: string) => {
    const key = `${flags}/${piece}`;
    if (!regExps.has(key)) regExps.set(key, new RegExp(`^(?:${piece})$`, flags));
    return (regExps.get(key) as RegExp).test(char);
  };
  const usesByFolded = new Map<number, PieceUse[]>();
  for (const use of new Map(uses.map((use) => [`${use.ownCase}/${use.code}`, use])).values()) {
    usesByFolded.set(foldCode(use.code), [...(usesByFolded.get(foldCode(use.code)) ?? []), use]);
  }
  const unseen = everyCode().filter((code) => {
    if (foldCode(code) === SKIP) return false; // removed before any pattern runs
    const written = String.fromCharCode(code);
    const searched = withoutAccents(written);
    const accentsRemoved = searched !== written;
    return (usesByFolded.get(foldCode(code)) ?? []).some((use) => {
      const [subject, flags] = !use.ownCase ? [searched.toLowerCase(), ''] : [searched, accentsRemoved ? 'i' : ''];
      return matcherTakes(code, use) && !pieceMatches(use.piece, flags, subject);
    });
  });
  return classOf(unseen);
}
