/**
 * Names a page cannot know in advance (highlight names, the card host's tag): a fixed name would let
 * any page test for Plainly MS (docs/architecture.md, Decision 5). Lowercase letters only, so every name is a
 * valid CSS identifier; a custom-element-like name gets its hyphen from the caller.
 */
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

export function randomLetters(count: number): string {
  const bytes = crypto.getRandomValues(new Uint8Array(count));
  return Array.from(bytes, (byte) => LETTERS[byte % LETTERS.length]).join('');
}
