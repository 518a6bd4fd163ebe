/**
 * Scans a whole document in one go (no idle slicing): the CLI and the corpus tests use it on pages
 * parsed with linkedom, with the same text rules and page matcher as the content script.
 */
import type { Match } from '../lib/match/matcher';
import type { PageMatcher } from '../lib/match/page-matcher';
import { TextCollector } from './text-segments';

/** Blocks are joined with a line break in the extracted text, so no match can span two blocks. */
const BLOCK_SEPARATOR = '\n';

export interface ScannedPage {
  /** The page's extracted text: its blocks in order, one per line. */
  text: string;
  /** Matches with offsets into `text`. */
  matches: Match[];
}

export function scanDocument(document: Document, pageMatcher: PageMatcher<number>): ScannedPage {
  const collector = new TextCollector(undefined); // saved pages hold no UI of ours
  const blockStarts: number[] = [];
  let text = '';
  const found: { block: number; match: Match }[] = [];
  for (const segment of collector.segments(document.body ?? document.documentElement)) {
    const block = blockStarts.length;
    if (block > 0) text += BLOCK_SEPARATOR;
    blockStarts.push(text.length);
    text += segment.text;
    for (const { key, match } of pageMatcher.scanBlock(block, segment.text)) found.push({ block: key, match });
  }
  const matches = found
    .map(({ block, match }) => ({ ...match, start: match.start + blockStarts[block], end: match.end + blockStarts[block] }))
    .sort((a, b) => a.start - b.start);
  return { text, matches };
}
