/**
 * The whole detector (text reading, matcher, look-alike rules, page abbreviations) over the
 * labelled corpus in tests/fixtures/corpus: real-world style pages, each with every expected mark
 * and the look-alikes that must not be marked.
 *
 * - A trap page exists to hold look-alikes: it may have no false mark at all.
 * - No mark on any page may touch a mustNotMatch string (the rule is in corpus-scoring.ts).
 * - Every other difference from the labels, a miss or a false mark on any page, must be listed
 *   with its reason in known-misses.json, and every listed one must still happen: a new miss fails,
 *   and so does a fixed one until its entry is removed, so the list stays true.
 */
import { describe, expect, it } from 'vitest';
import { KNOWN_DIFFERENCES_FILE, knownDifferences } from './corpus-labels';
import { corpusPageNames } from './corpus-pages';
import { scorePage, type MarkCount } from './corpus-scoring';

const pages = corpusPageNames();
const scores = pages.map(scorePage);
const trapScores = scores.filter((score) => score.kind === 'trap');

const differenceLine = (page: string, kind: 'missed' | 'false', mark: MarkCount) => `${page} | ${kind} | "${mark.text}" → ${mark.termId} ×${mark.count}`;

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

describe('detection corpus', () => {
  it('has at least 25 labelled pages of at least 5 kinds, traps among them', () => {
    expect(pages.length).toBeGreaterThanOrEqual(25);
    expect(new Set(scores.map((score) => score.kind)).size).toBeGreaterThanOrEqual(5);
    expect(trapScores.length).toBeGreaterThan(0);
  });

  it.each(trapScores.map((score) => [score.page, score]))('trap page %s has no false mark', (_page, score) => {
    expect(score.falseMarks).toEqual([]);
  });

  it.each(scores.map((score) => [score.page, score]))('%s: no mark touches a mustNotMatch string, and each is on the page', (_page, score) => {
    expect(score.marksOnLookAlikes).toEqual([]);
    expect(score.lookAlikesNotOnPage).toEqual([]);
  });

  it(`misses and false marks are exactly those listed in ${KNOWN_DIFFERENCES_FILE}`, () => {
    const actual = scores.flatMap((score) => [
      ...score.missed.map((mark) => differenceLine(score.page, 'missed', mark)),
      ...score.falseMarks.map((mark) => differenceLine(score.page, 'false', mark)),
    ]);
    const listed = knownDifferences().map((known) => differenceLine(known.page, known.kind, known));
    const expected = sum(scores.map((score) => score.expected));
    const found = sum(scores.map((score) => score.found));
    const correct = sum(scores.map((score) => score.correct));
    // Printed so every run shows the figures, and a failing one which marks differ, page by page.
    console.log(
      `corpus: ${pages.length} pages, ${expected} expected marks, ${found} found, ${correct} correct, ` +
        `precision ${(correct / found).toFixed(4)}, recall ${(correct / expected).toFixed(4)}\n` +
        actual.map((line) => `  ${line}`).join('\n'),
    );
    expect(new Set(listed).size, 'an entry is listed twice').toBe(listed.length);
    expect({
      notListed: actual.filter((line) => !listed.includes(line)),
      listedButGone: listed.filter((line) => !actual.includes(line)),
    }).toEqual({ notListed: [], listedButGone: [] });
  });
});
