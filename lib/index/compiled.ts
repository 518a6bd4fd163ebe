/**
 * What the background gets of data/ (virtual:plainly/full-index): the entries, the notes and the
 * search index, made at build time by build/compile-full-index.ts.
 */
import type { StudyNote, TermEntry } from './schema';
import type { createSearchIndex, SearchDocument } from './search';

export interface FullIndex {
  terms: TermEntry[];
  studies: StudyNote[];
  searchDocuments: SearchDocument[];
  searchIndex: ReturnType<typeof createSearchIndex>;
}
