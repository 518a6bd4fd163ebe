/**
 * The small MS page of the start-up rows: tests/fixtures/article.html, an abstract of about 170
 * words with a dozen MS terms, copied into the bench folder without its e2e recorder script
 * (dom-recorder.js observes every mutation from the page's world: page work that has nothing to
 * do with a reader's page, and that would run only when the extension changes something).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES_DIR } from '../e2e/harness';

export const SMALL_MS_PAGE = { id: 'ms-abstract', label: 'abstract, MS terms', source: 'tests/fixtures/article.html' };

const RECORDER = /<script src="dom-recorder\.js"><\/script>\s*/g;

export function writeSmallMsPage(folder: string): void {
  const html = readFileSync(join(FIXTURES_DIR, 'article.html'), 'utf8').replace(RECORDER, '');
  writeFileSync(join(folder, `${SMALL_MS_PAGE.id}.html`), html);
}
