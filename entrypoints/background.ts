/**
 * Holds the full index and answers lookups and searches; keeps the terms found on each tab for the
 * popup and the toolbar badge. Nothing here touches the network.
 */
import { browser, type Browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import fullIndex from 'virtual:plainly/full-index';
import { TermSearch } from '../lib/index/search';
import { Request, type SearchResponse, type TabTermsResponse, type TermResponse } from '../lib/messages';

export default defineBackground(() => {
  const termsById = new Map(fullIndex.terms.map((term) => [term.id, term]));
  const search = new TermSearch(fullIndex.searchDocuments, fullIndex.searchIndex);
  /** Per tab: term id → how many times it is marked. Memory only; gone when the tab closes. */
  const tabTerms = new Map<number, Record<string, number>>();

  function termResponse(id: string): TermResponse {
    const term = termsById.get(id);
    if (!term) return null;
    return { term, studies: fullIndex.studies.filter((study) => study.terms.includes(id)) };
  }

  function tabTermsResponse(tabId: number): TabTermsResponse {
    const counts = tabTerms.get(tabId) ?? {};
    return Object.entries(counts)
      .flatMap(([id, count]) => {
        const term = termsById.get(id);
        return term ? [{ id, name: term.name, count }] : [];
      })
      .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  }

  function updateBadge(tabId: number, counts: Record<string, number>): void {
    const distinct = Object.keys(counts).length;
    void browser.action.setBadgeText({ tabId, text: distinct > 0 ? String(distinct) : '' }).catch(() => undefined);
  }

  function answer(message: Request, sender: Browser.runtime.MessageSender): TermResponse | SearchResponse | TabTermsResponse | undefined {
    switch (message.type) {
      case 'get-term':
        return termResponse(message.id);
      case 'search':
        return search.search(message.query);
      case 'get-tab-terms':
        return tabTermsResponse(message.tabId);
      case 'report-page-terms': {
        const tabId = sender.tab?.id;
        // Only top frames report; a tab id is required so counts cannot be planted for another tab.
        if (tabId === undefined || sender.frameId !== 0) return undefined;
        tabTerms.set(tabId, message.counts);
        updateBadge(tabId, message.counts);
        return undefined;
      }
    }
  }

  browser.runtime.onMessage.addListener((raw: unknown, sender: Browser.runtime.MessageSender) => {
    // Only our own extension's pages and content scripts may ask.
    if (sender.id !== browser.runtime.id) return undefined;
    const parsed = Request.safeParse(raw);
    if (!parsed.success) return undefined;
    return Promise.resolve(answer(parsed.data, sender) ?? null);
  });

  browser.tabs.onRemoved.addListener((tabId) => tabTerms.delete(tabId));
  // A new page in the tab starts with an empty list until its content script reports.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') tabTerms.delete(tabId);
  });
});
