import type { TabTermsResponse } from '../../lib/messages';

/** The terms marked on the current tab, most frequent first; picking one goes to it on the page. */
export function PageTerms({ terms, onPick }: { terms: TabTermsResponse; onPick: (id: string) => void }) {
  return (
    <section class="pm-page-terms" aria-label="On this page">
      <h2>On this page</h2>
      {terms.length === 0 ? (
        <p class="pm-muted">No MS terms marked on this page.</p>
      ) : (
        <ul>
          {terms.map((term) => (
            <li key={term.id}>
              <button type="button" onClick={() => onPick(term.id)}>
                {term.name} <span class="pm-count">×{term.count}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
