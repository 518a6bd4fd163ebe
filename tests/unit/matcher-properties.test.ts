/**
 * Property tests (fast-check) for the matcher on random text built from the index's own names mixed
 * with noise: spans are ordered, inside the text, on word boundaries, never overlapping; unrelated
 * text does not change them; and the fast matcher agrees with a slow, obviously-correct reference.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Matcher, type Match } from '../../lib/match/matcher';
import { buildMatcherTable, type SurfaceForm } from '../../lib/match/surface-forms';
import { foldCode, GAP, isWordCode, SKIP, wordContinues } from '../../lib/text/fold';
import { readData } from '../../scripts/read-data';

const table = buildMatcherTable(readData('data').terms);
const matcher = new Matcher(table);

/** Pieces random texts are made of: real names (in odd cases), words, digits, punctuation, odd spaces. */
const piece = fc.oneof(
  fc.constantFrom(...table.map((form) => form.text)),
  fc.constantFrom(...table.map((form) => form.text.toUpperCase()), ...table.map((form) => form.text.toLowerCase())),
  fc.constantFrom('the', 'patient', 'Oct', 'ms', 'is', 'relapsing', 'scan', 'é', 'ü', '日本', 'x'),
  fc.constantFrom(' ', '  ', '\n', '\u00a0', '-', '–', '.', ',', '(', ')', '/', '®', '’s', 's', 'es', '\u00ad'),
  fc.string({ maxLength: 4 }),
);
const randomText = fc.array(piece, { maxLength: 40 }).map((pieces) => pieces.join(''));

/** Folded form as the matcher sees it (gaps collapsed, skipped characters dropped). */
function folded(text: string): string {
  let out = '';
  for (const char of text) {
    const code = foldCode(char.charCodeAt(0));
    if (code === SKIP || (code === GAP && out.endsWith(' '))) continue;
    out += String.fromCharCode(code);
  }
  return out;
}

/** Letters as written, with gaps collapsed: what a case-sensitive form must equal. */
function caseKey(text: string): string {
  let out = '';
  for (const char of text) {
    const code = foldCode(char.charCodeAt(0));
    if (code === SKIP) continue;
    if (code === GAP) {
      if (!out.endsWith(' ')) out += ' ';
      continue;
    }
    out += /[A-Za-z]/.test(char) ? char : String.fromCharCode(code);
  }
  return out;
}

/** A word ends at `at` when no letter or digit follows (invisible in-word characters looked through). */
const isBoundary = (text: string, at: number) => !wordContinues(text, at, 1);
const startsWord = (text: string, at: number) => foldCode(text.charCodeAt(at)) !== SKIP && isWordCode(text.charCodeAt(at)) && !wordContinues(text, at, -1);

/**
 * Forms by their folded text, so the reference compares whole strings through a Map instead of
 * trying a thousand forms at every position (with the complete index that took over a minute).
 */
const formsByFolded = new Map<string, SurfaceForm[]>();
for (const form of table) formsByFolded.set(folded(form.text), [...(formsByFolded.get(folded(form.text)) ?? []), form]);

/** A form that matches text[start, end) exactly (plural ending allowed), by plain string comparison. */
function formMatching(text: string, start: number, end: number): SurfaceForm | undefined {
  const exact = text.slice(start, end);
  // The text itself, or without a plural ending of the kind the form allows.
  const candidates: [string, SurfaceForm['plural'][]][] = [
    [exact, ['word', 'abbreviation', 'none']],
    [exact.replace(/(es|s)$/i, ''), ['word']],
    [exact.replace(/s$/i, ''), ['word']],
    [exact.replace(/s$/, ''), ['abbreviation']],
  ];
  for (const [candidate, plurals] of candidates) {
    for (const form of formsByFolded.get(folded(candidate)) ?? []) {
      if (!plurals.includes(form.plural)) continue;
      if (!form.caseSensitive || caseKey(candidate) === caseKey(form.text)) return form;
    }
  }
  return undefined;
}

/** The slow reference: at each word start, the longest [start, end) that some form matches exactly. */
function referenceScan(text: string): [number, number, string][] {
  const result: [number, number, string][] = [];
  let i = 0;
  while (i < text.length) {
    if (!startsWord(text, i)) {
      i++;
      continue;
    }
    let best: [number, number, string] | undefined;
    for (let end = text.length; end > i && !best; end--) {
      if (!isBoundary(text, end) || !isWordCode(text.charCodeAt(end - 1)) || foldCode(text.charCodeAt(end - 1)) === SKIP) continue;
      const form = formMatching(text, i, end);
      if (form) best = [i, end, form.termId];
    }
    if (best) {
      result.push(best);
      i = best[1];
    } else i++;
  }
  return result;
}

const spans = (matches: Match[]) => matches.map((match) => [match.start, match.end, match.termId] as [number, number, string]);

describe('matcher properties', () => {
  it('returns ordered, non-overlapping spans inside the text, on word boundaries', () => {
    fc.assert(
      fc.property(randomText, (text) => {
        let previousEnd = 0;
        for (const match of matcher.scan(text)) {
          expect(match.start).toBeGreaterThanOrEqual(previousEnd);
          expect(match.end).toBeLessThanOrEqual(text.length);
          expect(match.end).toBeGreaterThan(match.start);
          expect(wordContinues(text, match.start, -1)).toBe(false);
          expect(isBoundary(text, match.end)).toBe(true);
          previousEnd = match.end;
        }
      }),
      { numRuns: 500 },
    );
  });

  it('gives the same matches, shifted, when unrelated text is put in front', () => {
    fc.assert(
      fc.property(randomText, fc.constantFrom('Hello world. ', '12 apples and pears; ', '\n\n'), (text, prefix) => {
        const shifted = spans(matcher.scan(prefix + text)).map(([start, end, id]) => [start - prefix.length, end - prefix.length, id]);
        expect(shifted).toEqual(spans(matcher.scan(text)));
      }),
      { numRuns: 300 },
    );
  });

  // The reference tries every end position against every form's whole text: slow by design.
  it('agrees with a slow reference implementation', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(randomText, (text) => {
        const fast = spans(matcher.scan(text)).map(([start, end]) => [start, end]);
        const slow = referenceScan(text).map(([start, end]) => [start, end]);
        expect(fast).toEqual(slow);
      }),
      { numRuns: 2000 },
    );
  });
});
