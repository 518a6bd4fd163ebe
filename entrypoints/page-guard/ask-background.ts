/**
 * Requests from a page's stages to the background. A failed request (the service worker is
 * restarting, the extension was reloaded) is "no answer", never an error thrown into the page.
 */
import { browser } from 'wxt/browser';
import type { Request } from '../../lib/messages';

export async function askBackground<T>(request: Request): Promise<T | undefined> {
  try {
    return ((await browser.runtime.sendMessage(request)) as T | null | undefined) ?? undefined;
  } catch {
    return undefined;
  }
}
