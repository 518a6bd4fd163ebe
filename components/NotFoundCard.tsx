/** Said plainly when a looked-up phrase has no entry: what was looked for, and where to search. */
export interface NotFoundCardProps {
  query: string;
  onClose: () => void;
  headingId?: string;
}

export function NotFoundCard({ query, onClose, headingId }: NotFoundCardProps) {
  return (
    <article class="pm-card">
      <header class="pm-header">
        <h2 id={headingId} class="pm-name">
          No entry found
        </h2>
        <button type="button" class="pm-close" onClick={onClose} aria-label="Close">
          ×
        </button>
      </header>
      <p class="pm-summary">Plainly MS has no entry for “{query}”. Try the search in the toolbar button: it finds names with typos too.</p>
    </article>
  );
}
