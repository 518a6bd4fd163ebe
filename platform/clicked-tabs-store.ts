/**
 * Where the person opened the toolbar button in "on-click" mode: the tab and the host its page had,
 * in storage.session, so a reload of that page is read again without another click, and another
 * site in the same tab is not. Gone when the tab closes or the browser does.
 */
import { browser } from 'wxt/browser';

const keyOf = (tabId: number) => `clickedHost.${tabId}`;

export async function rememberClick(tabId: number, host: string): Promise<void> {
  await browser.storage.session.set({ [keyOf(tabId)]: host }).catch(() => undefined);
}

export async function wasClicked(tabId: number, host: string): Promise<boolean> {
  try {
    return (await browser.storage.session.get(keyOf(tabId)))[keyOf(tabId)] === host;
  } catch {
    return false;
  }
}

export async function forgetClick(tabId: number): Promise<void> {
  await browser.storage.session.remove(keyOf(tabId)).catch(() => undefined);
}
