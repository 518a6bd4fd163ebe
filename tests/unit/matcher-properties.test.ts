/**
 * Property tests (fast-check) for the matcher on random text built from the index's own names mixed
 * with noise: spans are ordered, inside the text, on word boundaries, never overlapping; unrelated
 * text does not change them; and the shipped matcher (compiled at build time) gives exactly the
 * matches of a slow, obviously-correct reference, on random text and on every corpus block.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Match } from '../../lib/match/matcher';
import { blocksOf, corpusHtml, corpusPageNames } from './corpus-pages';
import { EVERYDAY_PIECES, PUNCTUATION_PIECES, textOf, writtenNames } from './random-text';
import { ReferenceMatcher, endsWord } from './reference-matcher';
import { wordGoesOn } from './reference-fold';
import { shippedMatcher, shippedTable } from './shipped-index';

const table = shippedTable();
const matcher = shippedMatcher();
const reference = new ReferenceMatcher(table);
const names = table.map((form) => form.text);

/** Names as pages write them; not with letters the openings regex never sees as a form's first letters (ạ, the Kelvin sign). */
const randomText = textOf(fc.constantFrom(...names), writtenNames(names, ['upper', 'lower', 'dash', 'spaces', 'accent', 'soft hyphen']), EVERYDAY_PIECES, PUNCTUATION_PIECES);

/** What a match says: where, which entry, and through which of its forms. */
const spans = (matches: Match[]) => matches.map((match) => [match.start, match.end, match.termId, match.form] as [number, number, string, string]);

describe('matcher properties', () => {
  it('returns ordered, non-overlapping spans inside the text, on word boundaries', () => {
    fc.assert(
      fc.property(randomText, (text) => {
        let previousEnd = 0;
        for (const match of matcher.scan(text)) {
          expect(match.start).toBeGreaterThanOrEqual(previousEnd);
          expect(match.end).toBeLessThanOrEqual(text.length);
          expect(match.end).toBeGreaterThan(match.start);
          expect(wordGoesOn(text, match.start, -1)).toBe(false);
          expect(endsWord(text, match.end)).toBe(true);
          previousEnd = match.end;
        }
      }),
      { numRuns: 500 },
    );
  });

  it('gives the same matches, shifted, when unrelated text is put in front', () => {
    fc.assert(
      fc.property(randomText, fc.constantFrom('Hello world. ', '12 apples and pears; ', '\n\n'), (text, prefix) => {
        const shifted = spans(matcher.scan(prefix + text)).map(([start, end, id, form]) => [start - prefix.length, end - prefix.length, id, form]);
        expect(shifted).toEqual(spans(matcher.scan(text)));
      }),
      { numRuns: 300 },
    );
  });

  it('gives exactly the matches of a slow reference implementation', () => {
    fc.assert(
      fc.property(randomText, (text) => {
        expect(spans(matcher.scan(text))).toEqual(spans(reference.scan(text)));
      }),
      { numRuns: 2000 },
    );
  });

  it('gives exactly the matches of the reference on every block of the corpus', () => {
    const blocks = corpusPageNames().flatMap((page) => blocksOf(corpusHtml(page)));
    expect(blocks.length).toBeGreaterThan(500);
    const differing = blocks.filter((block) => JSON.stringify(spans(matcher.scan(block))) !== JSON.stringify(spans(reference.scan(block))));
    expect(differing).toEqual([]);
  }, 60_000); // the reference tries every span at every word start: slow by design

  // The rule for scripts without case (lib/text/fold.ts), pinned: a Latin term set beside their
  // letters is found.
  it('ends words at letters of scripts without case, as documented', () => {
    expect(spans(matcher.scan('MRI検査とMSの患者'))).toEqual([
      [0, 3, 'magnetic-resonance-imaging', 'MRI'],
      [6, 8, 'multiple-sclerosis', 'MS'],
    ]);
  });
});
