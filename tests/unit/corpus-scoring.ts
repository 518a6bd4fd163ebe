/**
 * One corpus page scanned by the whole detector (text reading, matcher, look-alike rules, page
 * abbreviations) and compared with its labels (corpus-labels.ts).
 */
import { parseHTML } from 'linkedom';
import type { Match } from '../../lib/match/matcher';
import { scanDocument } from '../../page-text/scan-page';
import { labelsOf, type PageLabels } from './corpus-labels';
import { corpusHtml } from './corpus-pages';
import { newShippedPage } from './shipped-index';

/** A mark as the labels name it (exact text as written, entry), with how many times it differs. */
export interface MarkCount {
  text: string;
  termId: string;
  count: number;
}

export interface PageScore {
  page: string;
  kind: PageLabels['kind'];
  expected: number;
  found: number;
  /** Marks that match a label (same text and entry), counted with multiplicity. */
  correct: number;
  missed: MarkCount[];
  falseMarks: MarkCount[];
  /** One line per mark that touches an occurrence of a mustNotMatch string. */
  marksOnLookAlikes: string[];
  /** mustNotMatch strings that are nowhere in the page's HTML: labels gone stale. */
  lookAlikesNotOnPage: string[];
}

const keyOf = (text: string, termId: string) => JSON.stringify([text, termId]);

function countByKey(marks: { text: string; termId: string }[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const mark of marks) counts.set(keyOf(mark.text, mark.termId), (counts.get(keyOf(mark.text, mark.termId)) ?? 0) + 1);
  return counts;
}

/** What `counts` has more of than `other`, key by key. */
function excess(counts: Map<string, number>, other: Map<string, number>): MarkCount[] {
  return [...counts].flatMap(([key, count]) => {
    const extra = count - Math.min(count, other.get(key) ?? 0);
    const [text, termId] = JSON.parse(key) as [string, string];
    return extra > 0 ? [{ text, termId, count: extra }] : [];
  });
}

/**
 * Every occurrence of a mustNotMatch string in the extracted text, exactly as written (case and
 * all), must share no character with any mark. A string that is not in the extracted text at all
 * is text the reader must skip (a form field, a script, an attribute): it passes while it stays
 * unread, and would be checked the moment the reader started taking it in.
 */
function marksOnLookAlikes(text: string, matches: Match[], lookAlikes: string[]): string[] {
  return lookAlikes.flatMap((lookAlike) => {
    const touching: string[] = [];
    for (let at = text.indexOf(lookAlike); at >= 0; at = text.indexOf(lookAlike, at + 1)) {
      for (const match of matches) {
        if (match.start < at + lookAlike.length && match.end > at) {
          touching.push(`"${text.slice(match.start, match.end)}" → ${match.termId} touches "${lookAlike}" at ${at}`);
        }
      }
    }
    return touching;
  });
}

export function scorePage(page: string): PageScore {
  const html = corpusHtml(page);
  const labels = labelsOf(page);
  const { document } = parseHTML(html);
  const scanned = scanDocument(document as unknown as Document, newShippedPage());
  const found = countByKey(scanned.matches.map((match) => ({ text: scanned.text.slice(match.start, match.end), termId: match.termId })));
  const expected = countByKey(labels.expected);
  const falseMarks = excess(found, expected);
  return {
    page,
    kind: labels.kind,
    expected: labels.expected.length,
    found: scanned.matches.length,
    correct: scanned.matches.length - falseMarks.reduce((sum, mark) => sum + mark.count, 0),
    missed: excess(expected, found),
    falseMarks,
    marksOnLookAlikes: marksOnLookAlikes(scanned.text, scanned.matches, labels.mustNotMatch),
    lookAlikesNotOnPage: labels.mustNotMatch.filter((lookAlike) => !html.includes(lookAlike)),
  };
}
