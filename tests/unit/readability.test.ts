import { describe, expect, it } from 'vitest';
import { fleschKincaid, wordCount } from '../../build/readability';

describe('fleschKincaid', () => {
  it('rates short plain sentences low and dense jargon high', () => {
    expect(fleschKincaid('The cat sat on the mat. It was happy.').grade).toBeLessThan(2);
    expect(fleschKincaid('Ocrelizumab is a humanised monoclonal antibody that selectively depletes CD20-expressing B lymphocytes.').grade).toBeGreaterThan(14);
  });

  it('counts words, sentences and syllables as the formula needs them', () => {
    const report = fleschKincaid('You take it twice a year. It is given by drip.');
    expect(report).toMatchObject({ words: 11, sentences: 2 });
    expect(report.syllables).toBe(12);
  });

  it('does not count numbers as words', () => {
    expect(wordCount('Given every 6 months at 600 mg.')).toBe(5); // Given, every, months, at, mg
  });
});
