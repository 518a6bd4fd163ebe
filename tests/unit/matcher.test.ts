import { describe, expect, it } from 'vitest';
import { Matcher } from '../../lib/match/matcher';
import type { MatcherTable } from '../../build/surface-forms';
import { compileMatcher } from '../../build/compile-matcher';

const table: MatcherTable = (
  [
  { text: 'OCT', termId: 'optical-coherence-tomography', caseSensitive: true, plural: 'none' },
  { text: 'optical coherence tomography', termId: 'optical-coherence-tomography', caseSensitive: false, plural: 'none' },
  { text: 'multiple sclerosis', termId: 'multiple-sclerosis', caseSensitive: false, plural: 'none' },
  { text: 'relapsing-remitting multiple sclerosis', termId: 'relapsing-remitting-ms', caseSensitive: false, plural: 'word' },
  { text: 'relapse', termId: 'relapse', caseSensitive: false, plural: 'word' },
  { text: 'hazard ratio', termId: 'hazard-ratio', caseSensitive: false, plural: 'word' },
  { text: 'Ocrevus', termId: 'ocrelizumab', caseSensitive: false, plural: 'none' },
  { text: 'NfL', termId: 'neurofilament-light-chain', caseSensitive: true, plural: 'none' },
  { text: 'JC virus', termId: 'jc-virus', caseSensitive: true, plural: 'none' },
  ] as const
).map((form) => ({ ...form, category: 'drug' as const }));
const matcher = new Matcher(compileMatcher(table));

const found = (text: string) => matcher.scan(text).map((match) => [text.slice(match.start, match.end), match.termId]);

describe('Matcher', () => {
  it('finds whole words only', () => {
    expect(found('relapse relapsed prerelapse relapse.')).toEqual([
      ['relapse', 'relapse'],
      ['relapse', 'relapse'],
    ]);
  });

  it('keeps abbreviations to their own case and words to any case', () => {
    expect(found('OCT scan in Oct 2024, oct; OCREVUS and ocrevus')).toEqual([
      ['OCT', 'optical-coherence-tomography'],
      ['OCREVUS', 'ocrelizumab'],
      ['ocrevus', 'ocrelizumab'],
    ]);
    expect(found('NFL season, nfl, NfL levels')).toEqual([['NfL', 'neurofilament-light-chain']]);
  });

  it('prefers the longest match and never overlaps', () => {
    expect(found('People with relapsing-remitting multiple sclerosis and multiple sclerosis')).toEqual([
      ['relapsing-remitting multiple sclerosis', 'relapsing-remitting-ms'],
      ['multiple sclerosis', 'multiple-sclerosis'],
    ]);
  });

  it('takes simple plurals where the form allows them', () => {
    expect(found('two relapses, hazard ratios, OCTs')).toEqual([
      ['relapses', 'relapse'],
      ['hazard ratios', 'hazard-ratio'],
    ]);
  });

  it('lets abbreviations take only a lowercase "s"', () => {
    const abbreviations = new Matcher(compileMatcher([{ text: 'MRI', termId: 'magnetic-resonance-imaging', caseSensitive: true, plural: 'abbreviation', category: 'test' }]));
    const marks = (text: string) => abbreviations.scan(text).map((match) => text.slice(match.start, match.end));
    expect(marks('two MRIs, MRIS, MRIes, MRI')).toEqual(['MRIs', 'MRI']);
  });

  it('treats dashes, non-breaking hyphens and any white space as the same', () => {
    expect(found('relapsing\u2011remitting\u00a0multiple\n   sclerosis')).toEqual([['relapsing\u2011remitting\u00a0multiple\n   sclerosis', 'relapsing-remitting-ms']]);
    expect(found('relapsing–remitting multiple sclerosis')).toHaveLength(1);
  });

  it('finds a name whose first letters hold a soft hyphen, a zero-width space or a run of white space', () => {
    expect(found('O\u00adcrevus, Oc\u200brevus, JC\n      virus, NfL, OCT\u00ad')).toEqual([
      ['O\u00adcrevus', 'ocrelizumab'],
      ['Oc\u200brevus', 'ocrelizumab'],
      ['JC\n      virus', 'jc-virus'],
      ['NfL', 'neurofilament-light-chain'],
      ['OCT', 'optical-coherence-tomography'],
    ]);
  });

  it('reports offsets into the original text', () => {
    const text = 'The hazard  ratio was 0.7.';
    const [match] = matcher.scan(text);
    expect(match).toMatchObject({ start: 4, end: 17, form: 'hazard ratio' });
  });

  it('does not match inside words of other scripts or next to digits', () => {
    expect(found('éOCT 3OCT OCT3 OCT')).toEqual([['OCT', 'optical-coherence-tomography']]);
  });

  it('returns nothing for text without terms', () => {
    expect(matcher.scan('The last tomatoes came in on 12 Oct. Ms. Patel brought pears.')).toEqual([]);
  });
});
