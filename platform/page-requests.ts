/**
 * Requests from the popup and the background to the page script in a tab's frame. Not through
 * runtime messages: a page without MS terms then needs no runtime listener at all, and registering
 * one costs every page start-up time (measured: 1–4 ms, against the target of 5 ms for the whole guard). Instead a small
 * function runs in the page script's own isolated world (scripting.executeScript, whose default
 * world that is) and hands the request to it; only this extension can run it, and a page's own
 * scripts cannot reach that world. The page script checks the request anyway (lib/content-messages.ts).
 */
import { browser } from 'wxt/browser';
import { PAGE_REQUESTS_KEY, type ContentRequest } from '../lib/content-messages';

/**
 * Runs in the page's isolated world, sent there as source text: nothing from outside the function
 * is in scope, so the key comes as an argument. The request comes as JSON text: executeScript's
 * own copying of arguments drops fields whose value is null (measured in Chromium 156), and
 * "show-lookup" says "no entry" with termId: null.
 */
function handInRequest(key: string, requestJson: string): unknown {
  const handle = (globalThis as unknown as Record<string, ((request: unknown) => unknown) | undefined>)[key];
  return handle ? handle(JSON.parse(requestJson)) : undefined;
}

/**
 * Asks one frame (the top one unless told) and returns its answer, or undefined when no page script
 * answers there (browser pages, pages that were open before the extension, a closed tab).
 */
export async function askPage(tabId: number, request: ContentRequest, frameId = 0): Promise<unknown> {
  try {
    const [injection] = await browser.scripting.executeScript({
      target: { tabId, frameIds: [frameId] },
      func: handInRequest,
      args: [PAGE_REQUESTS_KEY, JSON.stringify(request)],
    });
    return injection?.result ?? undefined;
  } catch {
    return undefined;
  }
}

/** Tells every frame of a tab (the "activate" of on-click mode: each frame reads its own text). */
export async function tellAllFrames(tabId: number, request: ContentRequest): Promise<void> {
  await browser.scripting
    .executeScript({ target: { tabId, allFrames: true }, func: handInRequest, args: [PAGE_REQUESTS_KEY, JSON.stringify(request)] })
    .catch(() => undefined);
}
