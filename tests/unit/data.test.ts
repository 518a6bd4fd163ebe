/** The index in data/: every file valid, linked, sourced, and readable at the level we promise. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkStudyContent, checkTermContent, describeIndexSize, findSharedSurfaceForms, indexSize } from '../../build/index-style-checks';
import { DataError, readData } from '../../build/read-data';
import { shippedData } from './shipped-index';

const REQUIRED_TERMS = [
  'cladribine', 'ocrelizumab', 'natalizumab', 'ofatumumab', 'optical-coherence-tomography', 'magnetic-resonance-imaging',
  'gadolinium-enhancing-lesion', 'expanded-disability-status-scale', 'relapse', 'relapsing-remitting-ms', 'primary-progressive-ms',
  'progressive-multifocal-leukoencephalopathy', 'jc-virus', 'mog-antibody-disease', 'neuromyelitis-optica-spectrum-disorder',
  'neurofilament-light-chain', 'placebo', 'hazard-ratio', 'confidence-interval', 'open-label-extension',
];

// shippedData() is called in each test, not at load, so data that does not validate fails the test that says so.
describe('data/', () => {
  it('validates, with unique ids and links that resolve', () => {
    expect(() => shippedData()).not.toThrow();
  });

  // What makes the test above mean something: readData does turn each kind of problem down.
  it('would not validate with a file off the schema, a duplicate id or a link to nothing', () => {
    const copy = mkdtempSync(join(tmpdir(), 'plainly-data-'));
    try {
      cpSync('data', copy, { recursive: true });
      const edit = (file: string, change: (entry: Record<string, unknown>) => void) => {
        const path = join(copy, file);
        const entry = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
        change(entry);
        writeFileSync(path, JSON.stringify(entry));
      };
      edit('terms/clemastine.json', (entry) => (entry.category = 'not-a-category'));
      edit('studies/affirm-trial.json', (entry) => (entry.id = 'natalizumab'));
      writeFileSync(join(copy, 'studies/natalizumab.json'), readFileSync(join(copy, 'studies/affirm-trial.json')));
      rmSync(join(copy, 'studies/affirm-trial.json'));
      edit('terms/natalizumab.json', (entry) => ((entry.related as string[]).push('no-such-entry')));
      let problems: string[] = [];
      try {
        readData(copy);
      } catch (error) {
        if (!(error instanceof DataError)) throw error;
        problems = error.problems;
      }
      expect(problems).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/terms\/clemastine\.json: category/),
          'duplicate id natalizumab',
          'natalizumab: related entry "no-such-entry" does not exist',
        ]),
      );
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });

  it('has the entries the first release promises', () => {
    const ids = new Set(shippedData().terms.map((term) => term.id));
    expect(REQUIRED_TERMS.filter((id) => !ids.has(id))).toEqual([]);
  });

  it('carries the brand names people meet on forums', () => {
    const aliasesOf = (id: string) => shippedData().terms.find((term) => term.id === id)?.aliases.map((alias) => alias.text) ?? [];
    expect(aliasesOf('ocrelizumab')).toEqual(expect.arrayContaining(['Ocrevus', 'Ocrevus Zunovo']));
    expect(aliasesOf('natalizumab')).toEqual(expect.arrayContaining(['Tysabri', 'Tyruko']));
    expect(aliasesOf('cladribine')).toContain('Mavenclad');
    expect(aliasesOf('ofatumumab')).toContain('Kesimpta');
    expect(aliasesOf('optical-coherence-tomography')).toContain('OCT');
  });

  it('covers the index the issue asks for: 300 entries, 600 names and aliases, 20 research notes', () => {
    const { entries, surfaceForms, notes, byCategory } = indexSize(shippedData().terms, shippedData().studies);
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
    expect(findSharedSurfaceForms(shippedData().terms)).toEqual([]);
  });

  it('keeps summaries to 50 words at grade 8 or below, and other patient text at grade 10 or below', () => {
    expect(shippedData().terms.flatMap(checkTermContent)).toEqual([]);
  });

  it('keeps research notes to 250 words at grade 10 or below, each with a DOI or PMID', () => {
    expect(shippedData().studies.flatMap(checkStudyContent)).toEqual([]);
    for (const study of shippedData().studies) expect(study.citation.doi ?? study.citation.pmid, study.id).toBeTruthy();
  });

  it('dates every review no later than its promise: 12 months for drugs, 36 for the rest', () => {
    for (const term of shippedData().terms) {
      const months = term.category === 'drug' ? 12 : 36;
      const last = new Date(term.review.lastReviewed);
      const limit = new Date(last);
      limit.setMonth(limit.getMonth() + months);
      expect(new Date(term.review.nextReview).getTime(), term.id).toBeLessThanOrEqual(limit.getTime());
      expect(new Date(term.review.nextReview).getTime(), term.id).toBeGreaterThan(last.getTime());
    }
  });
});
