/** A labelled search field over every name and alias; results update as the person types. */
import { useEffect, useState } from 'preact/hooks';
import type { SearchResponse } from '../lib/messages';

export interface SearchBoxProps {
  search: (query: string) => Promise<SearchResponse>;
  onPick: (id: string) => void;
}

export function SearchBox({ search, onPick }: SearchBoxProps) {
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<SearchResponse>([]);

  useEffect(() => {
    let current = true;
    void search(query).then((hits) => {
      if (current) setResults(hits);
    });
    return () => {
      current = false;
    };
  }, [query, search]);

  return (
    <div class="pm-search">
      <label for="pm-search-input">Look up a medicine, test or study term</label>
      <input
        id="pm-search-input"
        type="search"
        autoFocus
        autoComplete="off"
        spellcheck={false}
        placeholder="e.g. Ocrevus, EDSS, hazard ratio"
        value={query}
        onInput={(event) => setQuery(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && results[0]) onPick(results[0].id);
        }}
      />
      {query.trim().length >= 2 && (
        <ul class="pm-results" aria-label="Search results">
          {results.length === 0 && <li class="pm-muted">Nothing found for “{query}”.</li>}
          {results.map((hit) => (
            <li key={hit.id}>
              <button type="button" onClick={() => onPick(hit.id)}>
                {hit.name}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
