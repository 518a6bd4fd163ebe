/**
 * Typed requests to the background, used by the content script and the popup.
 * Answers are validated before use: a malformed answer becomes "nothing found", never a crash.
 */
import { browser } from 'wxt/browser';
import { SearchResponse, TabTermsResponse, TermResponse, type Request } from '../lib/messages';
import * as z from 'zod/mini';

async function ask<T>(request: Request, schema: z.ZodMiniType<T>, fallback: T): Promise<T> {
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
export const reportPageTerms = (counts: Record<string, number>) =>
  ask({ type: 'report-page-terms', counts }, z.unknown(), undefined);
