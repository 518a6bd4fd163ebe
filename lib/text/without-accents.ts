/**
 * Accented Latin letters replaced by their base letter, one character for one, so offsets stay the
 * same: the text the matcher's openings regex and the first stage's candidate test search. Accent
 * classes inside those regexes would cost a third of their speed; most pages have no accents and
 * return at the first test.
 */
const LATIN_ACCENTED = /[\u00c0-\u024f]/;
const LATIN_ACCENTED_ALL = /[\u00c0-\u024f]/g;

export function withoutAccents(text: string): string {
  if (!LATIN_ACCENTED.test(text)) return text;
  return text.replace(LATIN_ACCENTED_ALL, (char) => {
    const base = char.normalize('NFD')[0] ?? char;
    return base.length === 1 ? base : char;
  });
}
