/**
 * What the popup's "On this page" and the toolbar badge show: the terms the top frame of each tab
 * reported, kept in storage.session (platform/tab-terms-store.ts), so both still agree after the
 * service worker stopped and started again.
 */
import { browser } from 'wxt/browser';
import type { TabTermsResponse } from '../../lib/messages';
import { announceTabTermsChanged } from '../../platform/background-client';
import { forgetTabTerms, readTabTerms, writeTabTerms, type TermCounts } from '../../platform/tab-terms-store';

function updateBadge(tabId: number, counts: TermCounts): void {
  const distinct = Object.keys(counts).length;
  void browser.action.setBadgeText({ tabId, text: distinct > 0 ? String(distinct) : '' }).catch(() => undefined);
}

export async function reportTabTerms(tabId: number, counts: TermCounts): Promise<void> {
  await writeTabTerms(tabId, counts);
  updateBadge(tabId, counts);
  announceTabTermsChanged(tabId);
}

/** The tab's terms with their names, most marked first. `nameOf`: undefined for an id the index lacks. */
export async function tabTermsResponse(tabId: number, nameOf: (id: string) => string | undefined): Promise<TabTermsResponse> {
  return Object.entries(await readTabTerms(tabId))
    .flatMap(([id, count]) => {
      const name = nameOf(id);
      return name ? [{ id, name, count }] : [];
    })
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}

/** A closed tab, or a new page in it: its list starts empty until that page reports. */
export function followTabs(): void {
  browser.tabs.onRemoved.addListener((tabId) => void forgetTabTerms(tabId));
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void forgetTabTerms(tabId).then((had) => had && announceTabTermsChanged(tabId));
  });
}
