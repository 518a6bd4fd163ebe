/**
 * What the build makes of data/: the matcher table for the content script, the full index and the
 * search index for the background. Produced by build/index-plugin.ts as virtual modules.
 */
import type { StudyNote, TermEntry } from './schema';
import { createSearchIndex, searchDocumentOf, type SearchDocument } from './search';

export interface FullIndex {
  terms: TermEntry[];
  studies: StudyNote[];
  searchDocuments: SearchDocument[];
  searchIndex: ReturnType<typeof createSearchIndex>;
}

export function compileFullIndex(terms: TermEntry[], studies: StudyNote[]): FullIndex {
  const searchDocuments = terms.map(searchDocumentOf);
  return { terms, studies, searchDocuments, searchIndex: createSearchIndex(searchDocuments) };
}

