/** Build time: the full index and its search index for the background (lib/index/compiled.ts). */
import type { FullIndex } from '../lib/index/compiled';
import type { StudyNote, TermEntry } from '../lib/index/schema';
import { createSearchIndex, searchDocumentOf } from '../lib/index/search';

export function compileFullIndex(terms: TermEntry[], studies: StudyNote[]): FullIndex {
  const searchDocuments = terms.map(searchDocumentOf);
  return { terms, studies, searchDocuments, searchIndex: createSearchIndex(searchDocuments) };
}
