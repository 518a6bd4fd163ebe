/** The sources an entry was checked against, with the date each was read and the entry's review date. */
import type { Source, TermEntry } from '../lib/index/schema';

const KIND_LABEL: Record<Source['kind'], string> = {
  label: 'drug label',
  regulator: 'regulator',
  guideline: 'guideline',
  'peer-reviewed': 'research paper',
  society: 'MS society',
  government: 'health service',
  news: 'news',
};

export function SourceList({ sources, review }: { sources: Source[]; review: TermEntry['review'] }) {
  return (
    <section class="pm-sources" aria-label="Sources">
      <h3>Sources</h3>
      <ol>
        {sources.map((source) => (
          <li key={source.url}>
            <a href={source.url} target="_blank" rel="noopener noreferrer">
              {source.title}
            </a>{' '}
            <span class="pm-muted">
              ({source.publisher}, {KIND_LABEL[source.kind]}; read {source.accessed})
            </span>
          </li>
        ))}
      </ol>
      <p class="pm-muted">
        Last reviewed {review.lastReviewed}; next review due {review.nextReview}.
      </p>
    </section>
  );
}
