/**
 * The text the matcher's openings regex reads: accents taken off, and without the characters that
 * folding steps over inside words (soft hyphens, zero-width characters, combining marks), so that
 * "Ty&shy;sabri" opens like "Tysabri". Offsets map back to the text's own, where the trie walk, which
 * steps over the same characters, decides. Most text has none of them and is read as it is.
 */
import { foldCode, SKIP } from '../text/fold';
import { withoutAccents } from '../text/without-accents';

const STEPPED_OVER = /[\u00ad\u200b-\u200d\u2060\ufeff\u0300-\u036f]/;

export interface OpeningsView {
  text: string;
  /** The text's own offset of the view's character at `index` (the text's length past the end). */
  toText(index: number): number;
  /** The view's offset of the first character at or after the text's offset `offset`. */
  toView(offset: number): number;
}

const SAME: Pick<OpeningsView, 'toText' | 'toView'> = { toText: (index) => index, toView: (offset) => offset };

export function openingsView(text: string): OpeningsView {
  if (!STEPPED_OVER.test(text)) return { text: withoutAccents(text), ...SAME };
  const kept: number[] = [];
  let visible = '';
  for (let i = 0; i < text.length; i++) {
    if (foldCode(text.charCodeAt(i)) === SKIP) continue;
    kept.push(i);
    visible += text[i];
  }
  return {
    text: withoutAccents(visible),
    toText: (index) => (index < kept.length ? kept[index] : text.length),
    toView: (offset) => {
      let low = 0;
      let high = kept.length;
      while (low < high) {
        const middle = (low + high) >> 1;
        if (kept[middle] < offset) low = middle + 1;
        else high = middle;
      }
      return low;
    },
  };
}
