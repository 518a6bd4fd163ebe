/**
 * The toolbar popup: search every term, and see the terms marked on the current tab.
 * Picking a term shows the same TermCard as the page.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { SearchBox } from '../../components/SearchBox';
import { TermCard } from '../../components/TermCard';
import { getTabTerms, getTerm, searchTerms } from '../../lib/extension/background-client';
import type { TabTermsResponse, TermResponse } from '../../lib/messages';

async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

function PageTerms({ terms, onPick }: { terms: TabTermsResponse; onPick: (id: string) => void }) {
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

export function Popup() {
  const [selected, setSelected] = useState<TermResponse>(null);
  const [pageTerms, setPageTerms] = useState<TabTermsResponse>([]);

  useEffect(() => {
    void activeTabId().then((tabId) => (tabId === undefined ? [] : getTabTerms(tabId))).then(setPageTerms);
  }, []);

  const pick = (id: string) => void getTerm(id).then(setSelected);

  return (
    <main class="pm-popup">
      <h1>Plainly MS</h1>
      {selected ? (
        <>
          <button type="button" class="pm-back" onClick={() => setSelected(null)}>
            ← Back
          </button>
          <TermCard term={selected.term} studies={selected.studies} />
        </>
      ) : (
        <>
          <SearchBox search={searchTerms} onPick={pick} />
          <PageTerms terms={pageTerms} onPick={pick} />
        </>
      )}
    </main>
  );
}
