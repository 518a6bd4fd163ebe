/**
 * What data/README.md asks of every entry, with the entries that still lack it listed in
 * tests/fixtures/content-gaps.json: the list may only shrink. An entry added without a safety
 * section (drugs and symptom treatments) or a clinician part fails here, and so does a listed one
 * that has gained it and was not taken off the list.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { shippedData } from './shipped-index';

const gaps = JSON.parse(readFileSync('tests/fixtures/content-gaps.json', 'utf8')) as { noSafetySection: string[]; noClinicianPart: string[] };

describe('content every entry needs', () => {
  it('gives every drug and symptom treatment a safety section or the reason it has none, but for the listed gaps', () => {
    const { terms } = shippedData();
    const missing = terms.filter((term) => (term.category === 'drug' || term.category === 'symptom-treatment') && !term.safety && !term.noSafetySection).map((term) => term.id);
    expect(missing.sort()).toEqual([...gaps.noSafetySection].sort());
    // The rule sees entries that meet it: some have a section, some a reason.
    expect(terms.some((term) => term.safety) && terms.some((term) => term.noSafetySection)).toBe(true);
  });

  it('gives every entry a clinician part, but for the listed gaps', () => {
    const { terms } = shippedData();
    const missing = terms.filter((term) => !term.clinician || Object.values(term.clinician).every((value) => value === undefined)).map((term) => term.id);
    expect(missing.sort()).toEqual([...gaps.noClinicianPart].sort());
  });
});
