/**
 * What the corpus pages are labelled with (tests/fixtures/corpus/<page>.expected.json), and the
 * committed list of the places where the detector and the labels are known to differ
 * (tests/fixtures/corpus/known-misses.json), each read and checked against its shape.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod/mini';
import { CORPUS_DIR } from './corpus-pages';

const PageLabels = z.object({
  kind: z.enum(['abstract', 'article', 'leaflet', 'forum', 'news', 'label', 'trap']),
  expected: z.array(z.object({ text: z.string().check(z.minLength(1)), termId: z.string().check(z.minLength(1)) })),
  /** Look-alikes: text on (or hidden in) the page that no mark may touch. */
  mustNotMatch: z.array(z.string().check(z.minLength(1))),
});
export type PageLabels = z.infer<typeof PageLabels>;

export function labelsOf(page: string): PageLabels {
  return PageLabels.parse(JSON.parse(readFileSync(join(CORPUS_DIR, `${page}.expected.json`), 'utf8')));
}

const KnownDifference = z.object({
  page: z.string().check(z.minLength(1)),
  /** "missed": labelled but not marked; "false": marked but not labelled. */
  kind: z.enum(['missed', 'false']),
  text: z.string().check(z.minLength(1)),
  termId: z.string().check(z.minLength(1)),
  count: z.number().check(z.int(), z.positive()),
  /** Why the detector and the label differ here, so the entry can be judged without re-running. */
  reason: z.string().check(z.minLength(10)),
});
export type KnownDifference = z.infer<typeof KnownDifference>;

export const KNOWN_DIFFERENCES_FILE = join(CORPUS_DIR, 'known-misses.json');

export function knownDifferences(): KnownDifference[] {
  return z.array(KnownDifference).parse(JSON.parse(readFileSync(KNOWN_DIFFERENCES_FILE, 'utf8')));
}
