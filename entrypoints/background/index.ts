/**
 * Holds the full index and answers lookups and searches; keeps the terms found on each tab for the
 * popup and the toolbar badge. Nothing here touches the network.
 */
import { browser, type Browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import compiledMatcher from 'virtual:plainly/compiled-matcher';
import fullIndex from 'virtual:plainly/full-index';
import { MAX_QUERY_LENGTH } from '../../lib/content-messages';
import { announceTabTermsChanged } from '../../platform/background-client';
import { askPage } from '../../platform/page-requests';
import { addQuestion } from '../../platform/questions-store';
import { readSettings } from '../../platform/settings-store';
import { lookUpSelection } from '../../lib/index/lookup';
import { TermSearch } from '../../lib/index/search';
import { Matcher } from '../../lib/match/matcher';
import { Request, type RequestType, type ResponseTo, type TabTermsResponse, type TermResponse } from '../../lib/messages';
import { loadStage, refreshOpenTabs } from './page-stages';

const LOOKUP_MENU_ID = 'plainly-ms-lookup';
/** Browser commands (rebindable at chrome://extensions/shortcuts) → what the page does. */
const COMMAND_DIRECTIONS: Record<string, 'next' | 'previous'> = { 'next-term': 'next', 'previous-term': 'previous' };

export default defineBackground(() => {
  const termsById = new Map(fullIndex.terms.map((term) => [term.id, term]));
  const search = new TermSearch(fullIndex.searchDocuments, fullIndex.searchIndex);
  const matcher = new Matcher(compiledMatcher);
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

  /** One handler per request, each typed with its own answer (lib/messages.ts, Responses). */
  const handlers: { [Type in RequestType]: (message: Extract<Request, { type: Type }>, sender: Browser.runtime.MessageSender) => ResponseTo<Type> | Promise<ResponseTo<Type>> } = {
    'get-term': (message) => termResponse(message.id),
    search: (message) => search.search(message.query),
    'get-tab-terms': (message) => tabTermsResponse(message.tabId),
    'report-page-terms': (message, sender) => {
      const tabId = sender.tab?.id;
      // Only top frames report; a tab id is required so counts cannot be planted for another tab.
      if (tabId === undefined || sender.frameId !== 0) return null;
      tabTerms.set(tabId, message.counts);
      updateBadge(tabId, message.counts);
      announceTabTermsChanged(tabId);
      return null;
    },
    // Checked (and repaired if need be) here: the page's stages carry no zod.
    'get-page-settings': async () => (await readSettings()).settings,
    'load-stage': (message, sender) => loadStage(message.stage, sender),
    'add-question': async (message) => {
      const term = termsById.get(message.termId);
      if (term) await addQuestion(term);
      return null;
    },
  };

  function answer<Type extends RequestType>(message: Extract<Request, { type: Type }>, sender: Browser.runtime.MessageSender) {
    return handlers[message.type as Type](message, sender);
  }

  browser.runtime.onMessage.addListener((raw: unknown, sender: Browser.runtime.MessageSender) => {
    // Only our own extension's pages and content scripts may ask.
    if (sender.id !== browser.runtime.id) return undefined;
    const parsed = Request.safeParse(raw);
    if (!parsed.success) return undefined;
    return Promise.resolve(answer(parsed.data, sender));
  });

  browser.runtime.onInstalled.addListener(({ reason }) => {
    browser.contextMenus.create({ id: LOOKUP_MENU_ID, title: 'Look up in Plainly MS', contexts: ['selection'] });
    // Our own install or update only: a browser update leaves the page scripts as they are.
    if (reason === 'install' || reason === 'update') void refreshOpenTabs();
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== LOOKUP_MENU_ID || tab?.id === undefined) return;
    const query = (info.selectionText ?? '').trim().slice(0, MAX_QUERY_LENGTH);
    void askPage(tab.id, { type: 'show-lookup', termId: lookUpSelection(query, matcher, search), query }, info.frameId ?? 0);
  });
  browser.commands.onCommand.addListener((command, tab) => {
    const direction = COMMAND_DIRECTIONS[command];
    if (direction && tab?.id !== undefined) void askPage(tab.id, { type: 'step-term', direction });
  });

  browser.tabs.onRemoved.addListener((tabId) => tabTerms.delete(tabId));
  // A new page in the tab starts with an empty list until its content script reports.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading' && tabTerms.delete(tabId)) announceTabTermsChanged(tabId);
  });
});
