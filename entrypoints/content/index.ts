/**
 * The content script: marks MS terms on the page and opens their cards (see plainly-page.ts).
 * Carries only the matcher table; entries come from the background when a card opens. Runs on
 * every page, so it waits for idle time, never throws into the page and never changes the page's
 * own nodes.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import matcherTable from 'virtual:plainly/matcher-table';
import { browser } from 'wxt/browser';
import { onSettingsChanged, readSettings } from '../../lib/extension/settings-store';
import { ContentRequest } from '../../lib/messages';
import { PlainlyPage } from './plainly-page';
import './highlight.css';

async function startPlainly(): Promise<void> {
  // No Custom Highlight API (old browsers): do nothing rather than touch the page's DOM.
  if (typeof Highlight !== 'function' || !('highlights' in CSS)) return;
  const page = new PlainlyPage(matcherTable);
  page.apply((await readSettings()).settings);
  onSettingsChanged((settings) => page.apply(settings));
  browser.runtime.onMessage.addListener((raw: unknown, sender) => {
    if (sender.id !== browser.runtime.id) return undefined; // only our popup and background
    const request = ContentRequest.safeParse(raw);
    // A frame that is not the top one answers nothing about the page: the top frame speaks for the tab.
    // Every frame hears "activate" (the popup sends it to all of them).
    if (!request.success || (request.data.type === 'page-info' && window !== window.top)) return undefined;
    return Promise.resolve(page.handle(request.data) ?? null);
  });
}

export default defineContentScript({
  matches: ['<all_urls>'],
  // Every frame scans its own text (same-origin and cross-origin alike); nothing crosses frames.
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  main() {
    startPlainly().catch((error: unknown) => {
      // Never throw into the page; leave a trace for whoever debugs the extension.
      console.debug('Plainly MS could not start on this page', error);
    });
  },
});
