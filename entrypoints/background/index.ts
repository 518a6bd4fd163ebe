/**
 * Holds the full index and answers lookups and searches; keeps the terms found on each tab for the
 * popup and the toolbar badge (tab-terms.ts); the one writer of settings. Nothing here touches the
 * network.
 */
import { browser, type Browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import compiledMatcher from 'virtual:plainly/compiled-matcher';
import fullIndex from 'virtual:plainly/full-index';
import { asPageInfoResponse, MAX_QUERY_LENGTH } from '../../lib/content-messages';
import { forgetClick, rememberClick, wasClicked } from '../../platform/clicked-tabs-store';
import { askPage, tellAllFrames } from '../../platform/page-requests';
import { addQuestion } from '../../platform/questions-store';
import { readSettings } from '../../platform/settings-reader';
import { repairStoredSettings, updateSettings, writeSettings } from '../../platform/settings-writer';
import { lookUpSelection } from '../../lib/index/lookup';
import { TermSearch } from '../../lib/index/search';
import { Matcher } from '../../lib/match/matcher';
import { Request, type RequestType, type ResponseTo, type TermResponse } from '../../lib/messages';
import { isSettingsKey } from '../../lib/storage-keys';
import { loadStage, refreshOpenTabs } from './page-stages';
import { followTabs, reportTabTerms, tabTermsResponse } from './tab-terms';

const LOOKUP_MENU_ID = 'plainly-ms-lookup';
/** Browser commands (rebindable at chrome://extensions/shortcuts) → what the page does. */
const COMMAND_DIRECTIONS: Record<string, 'next' | 'previous'> = { 'next-term': 'next', 'previous-term': 'previous' };

export default defineBackground(() => {
  const termsById = new Map(fullIndex.terms.map((term) => [term.id, term]));
  const search = new TermSearch(fullIndex.searchDocuments, fullIndex.searchIndex);
  const matcher = new Matcher(compiledMatcher);
  /** Whether the person opened the toolbar button on the asking frame's tab, at this host. */
  async function clickedHere(sender: Browser.runtime.MessageSender): Promise<boolean> {
    const host = sender.url ? new URL(sender.url).hostname : undefined;
    return sender.tab?.id !== undefined && host !== undefined && (await wasClicked(sender.tab.id, host));
  }

  function termResponse(id: string): TermResponse {
    const term = termsById.get(id);
    if (!term) return null;
    return { term, studies: fullIndex.studies.filter((study) => study.terms.includes(id)) };
  }

  /** One handler per request, each typed with its own answer (lib/messages.ts, Responses). */
  const handlers: { [Type in RequestType]: (message: Extract<Request, { type: Type }>, sender: Browser.runtime.MessageSender) => ResponseTo<Type> | Promise<ResponseTo<Type>> } = {
    'get-term': (message) => termResponse(message.id),
    search: (message) => search.search(message.query),
    'get-tab-terms': (message) => tabTermsResponse(message.tabId, (id) => termsById.get(id)?.name),
    'report-page-terms': async (message, sender) => {
      const tabId = sender.tab?.id;
      // Only top frames report; a tab id is required so counts cannot be planted for another tab.
      if (tabId !== undefined && sender.frameId === 0) await reportTabTerms(tabId, message.counts);
      return null;
    },
    // Checked here: the page's stages carry no zod, and never write settings themselves.
    'get-page-settings': async (_message, sender) => ({ settings: (await readSettings()).settings, clicked: await clickedHere(sender) }),
    'activate-tab': async (message) => {
      await tellAllFrames(message.tabId, { type: 'activate' });
      const info = asPageInfoResponse(await askPage(message.tabId, { type: 'page-info' }));
      if (info) await rememberClick(message.tabId, info.host);
      return null;
    },
    'save-settings': (message) => writeSettings(message.settings),
    'update-settings': (message) => updateSettings(message.change),
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

  followTabs();
  browser.tabs.onRemoved.addListener((tabId) => void forgetClick(tabId));

  // The one writer repairs what it finds at each start, and whatever another device or version syncs in.
  void repairStoredSettings();
  browser.storage.onChanged.addListener((changes) => {
    if (Object.keys(changes).some(isSettingsKey)) void repairStoredSettings();
  });
});
