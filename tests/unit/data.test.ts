/** The index in data/: every file valid, linked, sourced, and readable at the level we promise. */
import { describe, expect, it } from 'vitest';
import { checkStudyContent, checkTermContent, describeIndexSize, findSharedSurfaceForms, indexSize } from '../../build/index-style-checks';
import { shippedData } from './shipped-index';

const data = shippedData();

const REQUIRED_TERMS = [
  'cladribine', 'ocrelizumab', 'natalizumab', 'ofatumumab', 'optical-coherence-tomography', 'magnetic-resonance-imaging',
  'gadolinium-enhancing-lesion', 'expanded-disability-status-scale', 'relapse', 'relapsing-remitting-ms', 'primary-progressive-ms',
  'progressive-multifocal-leukoencephalopathy', 'jc-virus', 'mog-antibody-disease', 'neuromyelitis-optica-spectrum-disorder',
  'neurofilament-light-chain', 'placebo', 'hazard-ratio', 'confidence-interval', 'open-label-extension',
];

describe('data/', () => {
  it('validates, with unique ids and links that resolve (readData throws otherwise)', () => {
    expect(data.terms.length).toBeGreaterThanOrEqual(25);
    expect(data.studies.length).toBeGreaterThanOrEqual(3);
  });

  it('has the entries the first release promises', () => {
    const ids = new Set(data.terms.map((term) => term.id));
    expect(REQUIRED_TERMS.filter((id) => !ids.has(id))).toEqual([]);
  });

  it('carries the brand names people meet on forums', () => {
    const aliasesOf = (id: string) => data.terms.find((term) => term.id === id)?.aliases.map((alias) => alias.text) ?? [];
    expect(aliasesOf('ocrelizumab')).toEqual(expect.arrayContaining(['Ocrevus', 'Ocrevus Zunovo']));
    expect(aliasesOf('natalizumab')).toEqual(expect.arrayContaining(['Tysabri', 'Tyruko']));
    expect(aliasesOf('cladribine')).toContain('Mavenclad');
    expect(aliasesOf('ofatumumab')).toContain('Kesimpta');
    expect(aliasesOf('optical-coherence-tomography')).toContain('OCT');
  });

  it('covers the index the issue asks for: 300 entries, 600 names and aliases, 20 research notes', () => {
    const { entries, surfaceForms, notes, byCategory } = indexSize(data.terms, data.studies);
    // Printed so every run shows the size of the index, category by category.
    console.log(`index: ${describeIndexSize({ entries, surfaceForms, notes, byCategory })}`);
    expect(entries).toBeGreaterThanOrEqual(300);
    expect(surfaceForms).toBeGreaterThanOrEqual(600);
    expect(notes).toBeGreaterThanOrEqual(20);
    for (const category of ['drug', 'symptom-treatment', 'test', 'disease', 'safety', 'research', 'pregnancy']) {
      expect(byCategory.get(category) ?? 0, category).toBeGreaterThanOrEqual(10);
    }
  });

  it('gives every name or alias two entries share a disambiguation rule', () => {
    expect(findSharedSurfaceForms(data.terms)).toEqual([]);
  });

  it('keeps summaries to 50 words at grade 8 or below, and other patient text at grade 10 or below', () => {
    expect(data.terms.flatMap(checkTermContent)).toEqual([]);
  });

  it('keeps research notes to 250 words at grade 10 or below, each with a DOI or PMID', () => {
    expect(data.studies.flatMap(checkStudyContent)).toEqual([]);
    for (const study of data.studies) expect(study.citation.doi ?? study.citation.pmid, study.id).toBeTruthy();
  });

  it('dates every review no later than its promise: 12 months for drugs, 36 for the rest', () => {
    for (const term of data.terms) {
      const months = term.category === 'drug' ? 12 : 36;
      const last = new Date(term.review.lastReviewed);
      const limit = new Date(last);
      limit.setMonth(limit.getMonth() + months);
      expect(new Date(term.review.nextReview).getTime(), term.id).toBeLessThanOrEqual(limit.getTime());
      expect(new Date(term.review.nextReview).getTime(), term.id).toBeGreaterThan(last.getTime());
    }
  });
});
