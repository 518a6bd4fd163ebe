/**
 * Messages between the background and the extension's own pages (popup, options): typed requests
 * whose answers are validated before use (a malformed answer becomes "nothing found", never a crash),
 * and the background's word that a tab's list of terms changed.
 */
import { browser } from 'wxt/browser';
import * as z from 'zod/mini';
import { SearchResponse, TabTermsChanged, TabTermsResponse, TermResponse, type Request, type ResponseTo } from '../lib/messages';

async function ask<R extends Request>(request: R, schema: z.ZodMiniType<ResponseTo<R['type']>>, fallback: ResponseTo<R['type']>): Promise<ResponseTo<R['type']>> {
  try {
    const parsed = schema.safeParse(await browser.runtime.sendMessage(request));
    return parsed.success ? parsed.data : fallback;
  } catch {
    // The background can be restarting (MV3 service worker) or the extension reloaded: degrade quietly.
    return fallback;
  }
}

export const getTerm = (id: string) => ask({ type: 'get-term', id }, TermResponse, null);
export const searchTerms = (query: string) => ask({ type: 'search', query }, SearchResponse, []);
export const getTabTerms = (tabId: number) => ask({ type: 'get-tab-terms', tabId }, TabTermsResponse, []);

/** "On-click" mode: the popup was opened on this tab (the background tells its frames and remembers it). */
export async function activateTab(tabId: number): Promise<void> {
  await browser.runtime.sendMessage({ type: 'activate-tab', tabId } satisfies Request).catch(() => undefined);
}

/** Calls `listener` whenever the background's list for `tabId` changes; returns the unsubscribe. */
export function onTabTermsChanged(tabId: number, listener: () => void): () => void {
  const onMessage = (raw: unknown, sender: { id?: string }) => {
    const message = TabTermsChanged.safeParse(raw);
    if (sender.id === browser.runtime.id && message.success && message.data.tabId === tabId) listener();
    return undefined; // never answers: the background answers requests
  };
  browser.runtime.onMessage.addListener(onMessage);
  return () => browser.runtime.onMessage.removeListener(onMessage);
}

/** Said by the background only. No popup open is the usual case: then nobody hears it. */
export function announceTabTermsChanged(tabId: number): void {
  const message: TabTermsChanged = { type: 'tab-terms-changed', tabId };
  void browser.runtime.sendMessage(message).catch(() => undefined);
}
