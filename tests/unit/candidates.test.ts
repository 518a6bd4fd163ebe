/**
 * The first stage's candidate test (lib/match/candidates.ts) against the page matcher it stands
 * for: never a "no" where the page matcher marks something, on every corpus block and on random
 * text; mostly "no" on blocks where nothing is marked.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasCandidate } from '../../lib/match/candidates';
import { compileCandidatePatterns } from '../../build/compile-candidates';
import { blocksOf, corpusHtml, corpusPageNames } from './corpus-pages';
import { EVERYDAY_PIECES, PUNCTUATION_PIECES, textOf, writtenNames } from './random-text';
import { newShippedPage, shippedTable } from './shipped-index';

const table = shippedTable();
const patterns = compileCandidatePatterns(table);
const isCandidate = (text: string) => hasCandidate(text, patterns);
const names = table.map((form) => form.text);
const ownCaseNames = table.filter((form) => form.caseSensitive).map((form) => form.text);

/** What the page matcher marks in one block of a page that has nothing else. */
const marksAlone = (block: string) => newShippedPage().scanBlock(0, block);

/**
 * A page's blocks in order; for each block whether the page matcher marks anything when it reaches
 * it (in any block: held marks are released later), and whether the candidate test said yes for
 * that block or an earlier one. The guard needs one yes before the first mark, not one per block.
 */
function pageRun(blocks: string[]): { marked: boolean; seenBefore: boolean }[] {
  const page = newShippedPage();
  let seen = false;
  return blocks.map((block, index) => {
    seen ||= isCandidate(block);
    return { marked: page.scanBlock(index, block).length > 0, seenBefore: seen };
  });
}

/** "fatigue (FA)", "RE (relapse)": a definition a page may make with a name (marked at once, or on an MS page). */
const definition = fc.tuple(fc.constantFrom(...names), fc.boolean()).map(([name, longFirst]) => {
  const words = name.split(/[\s-]+/).filter(Boolean);
  const short = (words.length > 1 ? words.map((word) => word[0]).join('') : name.slice(0, 2)).toUpperCase();
  return longFirst ? `${name} (${short})` : `${short} (${name})`;
});
const randomText = textOf(
  fc.constantFrom(...names),
  writtenNames(names, ['upper', 'lower', 'dash', 'spaces', 'accent', 'accent, other case', 'dot below', 'kelvin', 'soft hyphen']),
  // Case-sensitive forms are few: given their own piece, with the changes their regex must allow for.
  writtenNames(ownCaseNames, ['accent', 'accent, other case', 'dot below', 'kelvin', 'soft hyphen']),
  definition,
  EVERYDAY_PIECES,
  PUNCTUATION_PIECES,
  fc.constantFrom('MSc', 'MSN', 'MRIs', 'Ms.', 'NTZ', 'RL', ';', '(see', 'natalizumab (NTZ)'),
);

const corpus = corpusPageNames().map((page) => ({ page, blocks: blocksOf(corpusHtml(page)) }));

describe('candidate test', () => {
  it('says yes for whole forms and no for look-alike words', () => {
    expect(['Ocrevus', 'two EDSSs', 'the OCT scan', 'hazard\u2011ratio', 'hazard \n ratios', 'Ocre\u00advus', 'OCRELIZUMAB', 'Ocrevụs', 'éDSS'].filter((text) => !isCandidate(text))).toEqual([]);
    // Blocks joined by textContent with nothing between them (entrypoints/page-guard/page-text.ts):
    // a term at a block's edge still counts, and so, the price of it, does a word glued to a name.
    expect(['jane_doeMS fatigue', '12MS', 'about MSReply', 'usernameOcrevus', 'OcrevusReply', 'MS12 comments', 'on MSN', 'Ocrevusx'].filter((text) => !isCandidate(text))).toEqual([]);
    expect(['an MSc in', 'Ms. Smith', 'relapsed', 'fatigue', 'the ms', 'SMS', 'MSFT', 'OCTOBER', 'fatigue (FA)', 'RE (relapses; see)'].filter(isCandidate)).toEqual([]);
  });

  it('never says no to a corpus block the page matcher marks on its own', () => {
    const missed = corpus.flatMap(({ blocks }) => blocks).filter((block) => marksAlone(block).length > 0 && !isCandidate(block));
    expect(missed).toEqual([]);
  });

  it('says yes on every corpus page before its first mark, block by block and on the whole text', () => {
    for (const { page, blocks } of corpus) {
      const run = pageRun(blocks);
      expect(run.filter((block) => block.marked && !block.seenBefore), page).toEqual([]);
      // Joined with nothing between, as textContent joins a page's blocks for the guard.
      if (run.some((block) => block.marked)) expect(isCandidate(blocks.join('')), page).toBe(true);
    }
  });

  it('never says no to random text the page matcher marks, alone or as part of a page', () => {
    fc.assert(
      fc.property(randomText, (text) => {
        if (marksAlone(text).length > 0) expect(isCandidate(text)).toBe(true);
      }),
      { numRuns: 3000 },
    );
    fc.assert(
      fc.property(fc.array(randomText, { minLength: 2, maxLength: 4 }), (blocks) => {
        expect(pageRun(blocks).filter((block) => block.marked && !block.seenBefore)).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it('says no on most trap and term-free blocks where nothing is marked', () => {
    const unmarked = [
      ...corpus.filter(({ page }) => page.startsWith('trap-')).flatMap(({ blocks }) => blocks),
      ...blocksOf(readFileSync('tests/fixtures/no-terms.html', 'utf8')),
    ].filter((block) => marksAlone(block).length === 0);
    const saidNo = unmarked.filter((block) => !isCandidate(block)).length / unmarked.length;
    console.log(`candidate test: no on ${(saidNo * 100).toFixed(1)}% of ${unmarked.length} unmarked trap and term-free blocks`);
    expect(unmarked.length).toBeGreaterThan(300);
    expect(saidNo).toBeGreaterThanOrEqual(0.85);
  });
});
