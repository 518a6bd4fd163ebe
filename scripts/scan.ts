/**
 * `npm run --silent scan -- [--json] FILE.html [FILE2.html ...]`: finds the index's terms in saved
 * pages with the same engine and text rules as the extension. With --json prints exactly one JSON
 * document: {"pages":[{"file","matches":[{"text","termId","names","start","end"}]}]}; without it, a table.
 */
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { Matcher } from '../lib/match/matcher';
import { PageMatcher, pageRulesOf } from '../lib/match/page-matcher';
import { buildMatcherTable } from '../build/surface-forms';
import { scanDocument } from '../page-text/scan-page';
import { compileMatcher } from '../build/compile-matcher';
import { readData } from '../build/read-data';

interface PageReport {
  file: string;
  matches: { text: string; termId: string; names: string[]; start: number; end: number }[];
}

const args = process.argv.slice(2);
const asJson = args.includes('--json');
const files = args.filter((arg) => arg !== '--json');
if (files.length === 0) {
  console.error('usage: npm run --silent scan -- [--json] FILE.html [FILE2.html ...]');
  process.exit(2);
}

const terms = readData('data').terms;
const namesById = new Map(terms.map((term) => [term.id, [term.name, ...term.aliases.map((alias) => alias.text)]]));
const compiled = compileMatcher(buildMatcherTable(terms));
const matcher = new Matcher(compiled);
const pageRules = pageRulesOf(compiled);

const pages: PageReport[] = files.map((file) => {
  const { document } = parseHTML(readFileSync(file, 'utf8'));
  // A new page matcher per page: what one page defines or is about never leaks into the next.
  const scanned = scanDocument(document as unknown as Document, new PageMatcher<number>(matcher, pageRules));
  return {
    file,
    matches: scanned.matches.map((match) => ({
      text: scanned.text.slice(match.start, match.end),
      termId: match.termId,
      names: namesById.get(match.termId) ?? [],
      start: match.start,
      end: match.end,
    })),
  };
});

if (asJson) {
  process.stdout.write(`${JSON.stringify({ pages })}\n`);
} else {
  for (const page of pages) {
    console.log(`${page.file}: ${page.matches.length} match(es)`);
    for (const match of page.matches) console.log(`  ${String(match.start).padStart(7)}  ${match.text.padEnd(40)} → ${match.termId}`);
  }
}
