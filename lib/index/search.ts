/**
 * Typo-tolerant search over every name and alias (fuse.js), for what a person types or selects.
 * The same options build the index at build time (Fuse.createIndex) and search it at run time,
 * so they live here once.
 */
import Fuse, { type FuseIndex, type IFuseOptions } from 'fuse.js';
import type { TermEntry } from './schema';

/** One row per entry: its names flattened so fuse can weigh the canonical name above aliases. */
export interface SearchDocument {
  id: string;
  name: string;
  aliases: string[];
}

export function searchDocumentOf(term: TermEntry): SearchDocument {
  return { id: term.id, name: term.name, aliases: term.aliases.map((alias) => alias.text) };
}

const KEYS = [
  { name: 'name', weight: 2 },
  { name: 'aliases', weight: 1.5 },
  { name: 'id', weight: 0.5 },
];

export const SEARCH_OPTIONS: IFuseOptions<SearchDocument> = {
  keys: KEYS,
  includeScore: true,
  // 0.4 finds one or two typos in a drug name ("ocrelizumb", "tysabry") without flooding short queries.
  threshold: 0.4,
  // Drug names are often typed from the middle ("zumab") or as a brand: position must not count.
  ignoreLocation: true,
  minMatchCharLength: 2,
};

export function createSearchIndex(documents: SearchDocument[]): ReturnType<FuseIndex<SearchDocument>['toJSON']> {
  return Fuse.createIndex(KEYS, documents).toJSON();
}

export interface SearchHit {
  id: string;
  name: string;
  score: number;
}

export class TermSearch {
  private readonly fuse: Fuse<SearchDocument>;

  constructor(documents: SearchDocument[], serializedIndex?: ReturnType<FuseIndex<SearchDocument>['toJSON']>) {
    const index = serializedIndex ? Fuse.parseIndex<SearchDocument>(serializedIndex) : undefined;
    this.fuse = new Fuse(documents, SEARCH_OPTIONS, index);
  }

  search(query: string, limit = 8): SearchHit[] {
    const trimmed = query.trim().slice(0, 32); // fuse's Bitap matcher is limited to 32 characters
    if (trimmed.length < 2) return [];
    const exact = trimmed.toLowerCase();
    return this.fuse
      .search(trimmed, { limit: limit * 2 })
      .map(({ item, score = 1 }) => {
        // An exact name or alias ("oct", "mri") must beat a fuzzy hit on a longer word.
        const isExact = item.name.toLowerCase() === exact || item.aliases.some((alias) => alias.toLowerCase() === exact);
        return { id: item.id, name: item.name, score: isExact ? 0 : score };
      })
      .sort((a, b) => a.score - b.score)
      .slice(0, limit);
  }
}
