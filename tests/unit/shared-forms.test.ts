/**
 * Forms two entries share, and entries named by everyday words: the rules the data carries
 * (schema `Disambiguation`, `onlyOnMsPages`), checked on small made-up indexes and on the real one.
 */
import { describe, expect, it } from 'vitest';
import { findSharedSurfaceForms } from '../../build/index-style-checks';
import { TermEntry, type Disambiguation } from '../../lib/index/schema';
import { Matcher } from '../../lib/match/matcher';
import { PageMatcher, pageRulesOf } from '../../lib/match/page-matcher';
import { buildMatcherTable } from '../../build/surface-forms';
import { compileMatcher } from '../../build/compile-matcher';
import { newShippedPage } from './shipped-index';

/** A minimal valid entry: only what matching and the sharing check read matters here. */
function entry(id: string, category: TermEntry['category'], aliases: { text: string; disambiguation?: Disambiguation }[], extra: Partial<TermEntry> = {}): TermEntry {
  return TermEntry.parse({
    id,
    name: id.replaceAll('-', ' '),
    category,
    aliases: aliases.map((alias) => ({ kind: 'abbreviation', ...alias })),
    summary: 'A test entry.',
    whyItMatters: 'It is a test.',
    sources: [{ title: 'A source', publisher: 'A publisher', url: 'https://example.org/', accessed: '2026-11-21', kind: 'society' }],
    review: { lastReviewed: '2026-11-21', nextReview: '2027-11-21' },
    ...extra,
  });
}

function marksWith(terms: TermEntry[], ...blocks: string[]): [string, string][] {
  const compiled = compileMatcher(buildMatcherTable(terms));
  const page = new PageMatcher<number>(new Matcher(compiled), pageRulesOf(compiled));
  return blocks
    .flatMap((text, index) => page.scanBlock(index, text))
    .sort((a, b) => a.key - b.key || a.match.start - b.match.start)
    .map(({ key, match }) => [blocks[key].slice(match.start, match.end), match.termId]);
}

describe('the sharing check', () => {
  it('asks for a rule on every entry that shares a form, and allows one preferred entry', () => {
    const withoutRules = [entry('glatiramer-acetate', 'drug', [{ text: 'GA' }]), entry('gestational-age', 'pregnancy', [{ text: 'GA' }])];
    expect(findSharedSurfaceForms(withoutRules).map((problem) => problem.id)).toEqual(['glatiramer-acetate', 'gestational-age']);

    const bothPreferred = [
      entry('glatiramer-acetate', 'drug', [{ text: 'GA', disambiguation: { cues: ['Copaxone'], preferWhenUnclear: true } }]),
      entry('gestational-age', 'pregnancy', [{ text: 'GA', disambiguation: { cues: ['weeks'], preferWhenUnclear: true } }]),
    ];
    expect(findSharedSurfaceForms(bothPreferred)).toHaveLength(1);

    const ruled = [
      entry('glatiramer-acetate', 'drug', [{ text: 'GA', disambiguation: { cues: ['Copaxone'], preferWhenUnclear: true } }]),
      entry('gestational-age', 'pregnancy', [{ text: 'GA', disambiguation: { cues: ['weeks'] } }]),
    ];
    expect(findSharedSurfaceForms(ruled)).toEqual([]);
  });

  it('never lets a canonical name be shared', () => {
    const terms = [entry('lesion', 'test', []), entry('plaque', 'disease', [{ text: 'lesion', disambiguation: { cues: ['plaque'] } }])];
    expect(findSharedSurfaceForms(terms).map((problem) => problem.field)).toContain('name');
  });
});

describe('choosing between entries that share a form', () => {
  const terms = [
    entry('glatiramer-acetate', 'drug', [{ text: 'GA', disambiguation: { cues: ['Copaxone', 'injection'], preferWhenUnclear: true } }]),
    entry('gestational-age', 'pregnancy', [{ text: 'GA', disambiguation: { cues: ['weeks', 'trimester'] } }]),
    entry('interferon-beta', 'drug', [{ text: 'IFN', disambiguation: { cues: ['beta'] } }]),
    entry('interferon-gamma', 'research', [{ text: 'IFN', disambiguation: { cues: ['gamma'] } }]),
  ];

  it('follows the cue words in the same block, at word starts and in any case', () => {
    expect(marksWith(terms, 'She takes GA by injection.', 'Born at a GA of 39 weeks.', 'GA was stopped in the Second Trimester.')).toEqual([
      ['GA', 'glatiramer-acetate'],
      ['GA', 'gestational-age'],
      ['GA', 'gestational-age'],
    ]);
  });

  it('takes the preferred entry when the block gives no cue, and marks nothing when none is preferred', () => {
    expect(marksWith(terms, 'GA helped.', 'IFN helped.')).toEqual([['GA', 'glatiramer-acetate']]);
    expect(marksWith(terms, 'IFN beta-1a and IFN gamma differ.')).toEqual([]);
  });

  it('lets the page’s own definition decide first', () => {
    expect(marksWith(terms, 'The gestational age (GA) was recorded.', 'GA helped.')).toEqual([
      ['gestational age', 'gestational-age'],
      ['GA', 'gestational-age'],
      ['GA', 'gestational-age'],
    ]);
  });

  it('tells ARR apart in the real index', () => {
    const page = newShippedPage();
    const ids = (text: string) => page.scanBlock(0, text).filter(({ match }) => match.form === 'ARR').map(({ match }) => match.termId);
    expect(ids('In relapsing MS, the ARR fell from 0.33 to 0.16.')).toEqual(['annualised-relapse-rate']);
    expect(ids('The ARR was 8 percentage points, so the number needed to treat was 13.')).toEqual(['absolute-risk-reduction']);
  });

  it('tells MMF apart in the real index, and leaves it unmarked when a paragraph gives no cue', () => {
    const page = newShippedPage();
    const ids = (text: string) => page.scanBlock(0, text).filter(({ match }) => match.form === 'MMF').map(({ match }) => match.termId);
    expect(ids('Dimethyl fumarate is broken down to MMF in the gut.')).toEqual(['monomethyl-fumarate']);
    expect(ids('In NMOSD, MMF or azathioprine may be used.')).toEqual(['mycophenolate-mofetil']);
    expect(ids('MMF was started in 2019.')).toEqual([]);
  });
});

describe('entries named by everyday words', () => {
  const terms = [entry('fatigue', 'disease', [], { onlyOnMsPages: true }), entry('ocrelizumab', 'drug', [])];

  it('waits for an MS term before marking, and is no sign of an MS page itself', () => {
    expect(marksWith(terms, 'Fatigue after a long shift is normal.', 'More fatigue and more fatigue.')).toEqual([]);
    expect(marksWith(terms, 'Fatigue was common.', 'People on ocrelizumab took part.')).toEqual([
      ['Fatigue', 'fatigue'],
      ['ocrelizumab', 'ocrelizumab'],
    ]);
  });

  it('stays unmarked on a page mostly about cancer that names an MS drug in passing', () => {
    const leukaemiaPage = [
      'Hairy cell leukaemia is treated with cladribine.',
      'Most people reach remission after chemotherapy.',
      'Leukaemia cells are counted again at 6 months.',
    ];
    expect(marksWith([...terms, entry('remission', 'disease', [], { onlyOnMsPages: true }), entry('cladribine', 'drug', [])], ...leukaemiaPage)).toEqual([
      ['cladribine', 'cladribine'],
    ]);
  });
});
