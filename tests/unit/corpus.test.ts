/**
 * Precision and recall of the whole detector (text extraction, matcher, context rules, page
 * abbreviations) over the labelled corpus in tests/fixtures/corpus: real-world style pages, each
 * with every expected mark and the look-alikes that must not be marked.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { scanDocument } from '../../page-text/scan-page';
import { CORPUS_DIR, corpusHtml, corpusPageNames } from './corpus-pages';
import { newShippedPage } from './shipped-index';

const MIN_PRECISION = 0.98;
const MIN_RECALL = 0.95;

const Expectations = z.object({
  kind: z.enum(['abstract', 'article', 'leaflet', 'forum', 'news', 'label', 'trap']),
  expected: z.array(z.object({ text: z.string().check(z.minLength(1)), termId: z.string().check(z.minLength(1)) })),
  mustNotMatch: z.array(z.string().check(z.minLength(1))),
});

interface PageScore {
  page: string;
  truePositives: number;
  found: number;
  expected: number;
  falsePositives: string[];
  missed: string[];
}

const key = (text: string, termId: string) => `${text} → ${termId}`;

function count(keys: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  return counts;
}

/** Scores one page: marks are compared as (exact text, entry) pairs, counted with multiplicity. */
function scorePage(page: string): PageScore {
  const html = corpusHtml(page);
  const expectations = Expectations.parse(JSON.parse(readFileSync(join(CORPUS_DIR, `${page}.expected.json`), 'utf8')));
  const { document } = parseHTML(html);
  const scanned = scanDocument(document as unknown as Document, newShippedPage());
  const found = count(scanned.matches.map((match) => key(scanned.text.slice(match.start, match.end), match.termId)));
  const expected = count(expectations.expected.map((mark) => key(mark.text, mark.termId)));
  let truePositives = 0;
  const falsePositives: string[] = [];
  const missed: string[] = [];
  for (const [k, n] of found) {
    const hit = Math.min(n, expected.get(k) ?? 0);
    truePositives += hit;
    if (n > hit) falsePositives.push(`${k} ×${n - hit}`);
  }
  for (const [k, n] of expected) if (n > (found.get(k) ?? 0)) missed.push(`${k} ×${n - (found.get(k) ?? 0)}`);
  return { page, truePositives, found: scanned.matches.length, expected: expectations.expected.length, falsePositives, missed };
}

const pages = corpusPageNames();
const scores = pages.map(scorePage);

describe('detection corpus', () => {
  it('has at least 25 labelled pages of varied kinds', () => {
    expect(pages.length).toBeGreaterThanOrEqual(25);
  });

  it(`reaches precision ≥ ${MIN_PRECISION} and recall ≥ ${MIN_RECALL}`, () => {
    const truePositives = scores.reduce((sum, score) => sum + score.truePositives, 0);
    const found = scores.reduce((sum, score) => sum + score.found, 0);
    const expected = scores.reduce((sum, score) => sum + score.expected, 0);
    const precision = truePositives / found;
    const recall = truePositives / expected;
    const problems = scores.filter((score) => score.falsePositives.length + score.missed.length > 0);
    // Printed so a failing run says exactly which marks are wrong, page by page.
    console.log(
      `corpus: ${pages.length} pages, ${expected} expected marks, ${found} found, precision ${precision.toFixed(4)}, recall ${recall.toFixed(4)}\n` +
        problems.map((score) => `  ${score.page}\n${score.falsePositives.map((fp) => `    false: ${fp}`).concat(score.missed.map((m) => `    missed: ${m}`)).join('\n')}`).join('\n'),
    );
    expect(precision).toBeGreaterThanOrEqual(MIN_PRECISION);
    expect(recall).toBeGreaterThanOrEqual(MIN_RECALL);
  });
});
