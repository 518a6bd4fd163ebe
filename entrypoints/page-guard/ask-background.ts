/**
 * Requests from a page's stages to the background. A failed request (the service worker is
 * restarting, the extension was reloaded) is "no answer", never an error thrown into the page.
 */
import { browser } from 'wxt/browser';
import type { Request, ResponseTo } from '../../lib/messages';

/** The answer as the background declares it (lib/messages.ts, Responses); not validated here: no zod on pages. */
export async function askBackground<R extends Request>(request: R): Promise<ResponseTo<R['type']> | undefined> {
  try {
    return ((await browser.runtime.sendMessage(request)) as ResponseTo<R['type']> | null | undefined) ?? undefined;
  } catch {
    return undefined;
  }
}
