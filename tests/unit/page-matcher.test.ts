/** Whole-page matching with the real index: look-alikes, MS context, and abbreviations a page defines. */
import { describe, expect, it } from 'vitest';
import { findDefinitions } from '../../lib/match/abbreviations';
import { newShippedPage } from './shipped-index';

/** Scans blocks as one page and returns [text, termId] of every mark, in block order. */
function marks(...blocks: string[]): [string, string][] {
  const page = newShippedPage();
  const found = blocks.flatMap((text, index) => page.scanBlock(index, text));
  return found
    .sort((a, b) => a.key - b.key || a.match.start - b.match.start)
    .map(({ key, match }) => [blocks[key].slice(match.start, match.end), match.termId]);
}

describe('look-alikes', () => {
  it('never takes a date for OCT', () => {
    expect(marks('Visit on 12 OCT 2024. Next: OCT 14, 2024 and OCT 2025. Oct. 3 was fine.')).toEqual([]);
    expect(marks('OCT showed a thin RNFL; OCT 12 months later was stable.')).toEqual([
      ['OCT', 'optical-coherence-tomography'],
      ['RNFL', 'retinal-nerve-fibre-layer'],
      ['OCT', 'optical-coherence-tomography'],
    ]);
  });

  it('knows Microsoft and mass spectrometry from MS', () => {
    expect(marks('Save it in MS Word or MS Teams.', 'Samples were run on LC-MS and MS/MS.')).toEqual([]);
    expect(marks('Living with MS is hard some days.')).toEqual([['MS', 'multiple-sclerosis']]);
  });

  it('does not mark PML next to leukaemia words', () => {
    expect(marks('The PML-RARA fusion drives acute promyelocytic leukaemia (PML).')).toEqual([]);
  });

  it('marks CI only as a confidence interval next to numbers', () => {
    expect(marks('Our CI/CD pipeline failed.')).toEqual([]);
    expect(marks('HR 0.69 (95% CI 0.55–0.88) with tolebrutinib in people with MS.')).toEqual([
      ['HR', 'hazard-ratio'],
      ['CI', 'confidence-interval'],
      ['tolebrutinib', 'tolebrutinib'],
      ['MS', 'multiple-sclerosis'],
    ]);
  });

  it('does not take heart rate or human resources for a hazard ratio', () => {
    expect(marks('People with MS on fingolimod: HR 58 bpm at 6 hours. Ask HR about leave.')).toEqual([
      ['MS', 'multiple-sclerosis'],
      ['fingolimod', 'fingolimod'],
    ]);
  });
});

describe('pages about MS', () => {
  it('holds "relapse" until the page shows it is about MS, then marks it', () => {
    expect(marks('A relapse can happen.', 'It is common with multiple sclerosis.')).toEqual([
      ['relapse', 'relapse'],
      ['multiple sclerosis', 'multiple-sclerosis'],
    ]);
  });

  it('never marks relapse on an addiction or cancer page', () => {
    expect(marks('Relapse is part of recovery from alcohol addiction.')).toEqual([]);
    expect(marks('People with MS may relapse.', 'Cancer relapse after chemotherapy is rare.')).toEqual([
      ['MS', 'multiple-sclerosis'],
      ['relapse', 'relapse'],
    ]);
  });

  it('does not mark a knee MRI on a page with no MS term', () => {
    expect(marks('The MRI of his knee showed a torn ligament.')).toEqual([]);
  });
});

describe('abbreviations the page defines', () => {
  it('finds "long form (SF)" and "SF (long form)"', () => {
    expect(findDefinitions('We used optical coherence tomography (OCT) yearly.')).toMatchObject([{ short: 'OCT', long: 'optical coherence tomography' }]);
    expect(findDefinitions('Patients on NTZ (natalizumab) were followed.')).toMatchObject([{ short: 'NTZ', long: 'natalizumab' }]);
    expect(findDefinitions('This is a test (see below).')).toEqual([]);
  });

  it('marks later uses of a short form the page defines for an entry', () => {
    expect(marks('Patients on natalizumab (NTZ) were followed.', 'After NTZ, most switched.')).toEqual([
      ['natalizumab', 'natalizumab'],
      ['NTZ', 'natalizumab'],
      ['NTZ', 'natalizumab'],
    ]);
  });

  it('follows the page when it gives an index abbreviation another meaning', () => {
    expect(marks('In MS trials, the absolute risk reduction (ARR) was 8 points.', 'An ARR of 8 points means 12 people treated.')).toEqual([
      ['MS', 'multiple-sclerosis'],
      ['absolute risk reduction', 'absolute-risk-reduction'],
      ['ARR', 'absolute-risk-reduction'],
      ['ARR', 'absolute-risk-reduction'],
    ]);
    expect(marks('People with MS had an oxytocin challenge test (OCT).', 'The OCT was normal.')).toEqual([['MS', 'multiple-sclerosis']]);
  });
});

describe('spelling and inflection', () => {
  it('matches British and American spellings and plurals', () => {
    expect(marks('Annualized relapse rates fell in MS.', 'Two randomized controlled trials.')).toEqual([
      ['Annualized relapse rates', 'annualised-relapse-rate'],
      ['MS', 'multiple-sclerosis'],
      ['randomized controlled trials', 'randomised-controlled-trial'],
    ]);
  });

  it('matches through soft hyphens, accents and trademark signs', () => {
    expect(marks('Ocre\u00ADvus® and Tysabri™ for MS')).toEqual([
      ['Ocre\u00ADvus', 'ocrelizumab'],
      ['Tysabri', 'natalizumab'],
      ['MS', 'multiple-sclerosis'],
    ]);
    expect(marks('Devic’s disease and natalizumáb')).toEqual([
      ['Devic’s disease', 'neuromyelitis-optica-spectrum-disorder'],
      ['natalizumáb', 'natalizumab'],
    ]);
    // A form that starts with a Greek letter, and a curly apostrophe within a form's opening
    // characters (both found by the property test).
    expect(marks('A high κ-FLC index in MS.')).toEqual([
      ['κ-FLC index', 'kappa-free-light-chains'],
      ['MS', 'multiple-sclerosis'],
    ]);
    expect(marks('HY’S LAW was met on ocrelizumab.')).toEqual([
      ['HY’S LAW', 'hys-law'],
      ['ocrelizumab', 'ocrelizumab'],
    ]);
  });
});
