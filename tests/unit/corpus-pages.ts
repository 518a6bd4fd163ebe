/**
 * The labelled detection corpus (tests/fixtures/corpus): page names, and each page's blocks of
 * text as the page matcher gets them (page-text/text-segments.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { TextCollector } from '../../page-text/text-segments';

export const CORPUS_DIR = 'tests/fixtures/corpus';

export function corpusPageNames(): string[] {
  return readdirSync(CORPUS_DIR)
    .filter((file) => file.endsWith('.html'))
    .map((file) => file.slice(0, -'.html'.length))
    .sort();
}

export function corpusHtml(page: string): string {
  return readFileSync(join(CORPUS_DIR, `${page}.html`), 'utf8');
}

/** The blocks of text of one HTML document, in page order. */
export function blocksOf(html: string): string[] {
  const { document } = parseHTML(html);
  const root = (document.body ?? document.documentElement) as unknown as Node;
  return [...new TextCollector(undefined).segments(root)].map((segment) => segment.text);
}
