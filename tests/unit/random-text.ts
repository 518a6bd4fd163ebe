/**
 * Random text for the property tests (fast-check): the index's own names, as written or changed the
 * way pages change them, mixed with everyday words, punctuation, odd spaces and noise.
 */
import fc from 'fast-check';

/** How a page may write a name. */
const NAME_CHANGES = {
  upper: (name: string) => name.toUpperCase(),
  lower: (name: string) => name.toLowerCase(),
  dash: (name: string) => name.replace(' ', '\u2011'),
  spaces: (name: string) => name.replace(' ', ' \n '),
  accent: (name: string) => name.replace(/[aeiou]/, (vowel) => `${vowel}\u0301`.normalize('NFC')),
  /** An accented letter in the other case ("éDSS"): the matcher compares accented letters in any case. */
  'accent, other case': (name: string) => name.replace(/[aeiou]/i, (vowel) => `${vowel === vowel.toLowerCase() ? vowel.toUpperCase() : vowel.toLowerCase()}\u0301`.normalize('NFC')),
  /** Letters outside the Latin-1 and Latin Extended blocks: ạ, ụ (Vietnamese). */
  'dot below': (name: string) => name.replace(/[aeiou](?=[^aeiou]*$)/, (vowel) => `${vowel}\u0323`.normalize('NFC')),
  /** The Kelvin sign, which folds to "k". */
  kelvin: (name: string) => name.replace(/k/i, '\u212a'),
  'soft hyphen': (name: string, at: number) => `${name.slice(0, at % name.length)}\u00ad${name.slice(at % name.length)}`,
};
export type NameChange = keyof typeof NAME_CHANGES;

export function writtenNames(names: string[], changes: NameChange[]): fc.Arbitrary<string> {
  return fc.tuple(fc.constantFrom(...names), fc.nat(), fc.constantFrom(...changes)).map(([name, at, change]) => NAME_CHANGES[change](name, at));
}

export const EVERYDAY_PIECES = fc.constantFrom('the', 'patient', 'Oct', 'ms', 'is', 'relapsing', 'scan', 'é', 'ü', '日本', 'x', 'ạ', '\u212a');
export const PUNCTUATION_PIECES = fc.constantFrom(' ', '  ', '\n', '\u00a0', '-', '–', '.', ',', '(', ')', '/', '®', '’s', 's', 'es', '\u00ad');

/** Up to 40 pieces, joined. */
export function textOf(...pieces: fc.Arbitrary<string>[]): fc.Arbitrary<string> {
  return fc.array(fc.oneof(...pieces, fc.string({ maxLength: 4 })), { maxLength: 40 }).map((parts) => parts.join(''));
}
