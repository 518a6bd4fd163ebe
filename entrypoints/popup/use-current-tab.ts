/**
 * The tab the popup was opened on: its id, the host its page script reports, and the terms marked
 * there, kept current while the popup is open (the background says when the list changes). Opening
 * the popup is also the click that "on-click" mode waits for: every frame of the tab may read now.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { asPageInfoResponse } from '../../lib/content-messages';
import type { TabTermsResponse } from '../../lib/messages';
import type { RunMode } from '../../lib/settings/schema';
import { activateTab, getTabTerms, onTabTermsChanged } from '../../platform/background-client';
import { askPage } from '../../platform/page-requests';

export interface CurrentTab {
  tabId?: number;
  /** As the page script sees it; undefined where no page script runs (a browser page, a PDF). */
  host?: string;
  terms: TabTermsResponse;
}

/** `runMode`: undefined until the settings are read. */
export function useCurrentTab(runMode: RunMode | undefined): CurrentTab {
  const [tab, setTab] = useState<CurrentTab>({ terms: [] });

  useEffect(() => {
    if (runMode === undefined) return undefined;
    let stopListening = () => {};
    let live = true;
    void (async () => {
      const [active] = await browser.tabs.query({ active: true, currentWindow: true });
      const tabId = active?.id;
      if (tabId === undefined || !live) return;
      const refresh = () => void getTabTerms(tabId).then((terms) => live && setTab((current) => ({ ...current, terms })));
      stopListening = onTabTermsChanged(tabId, refresh);
      setTab((current) => ({ ...current, tabId }));
      if (runMode === 'on-click') await activateTab(tabId);
      refresh();
      const info = asPageInfoResponse(await askPage(tabId, { type: 'page-info' }));
      if (info && live) setTab((current) => ({ ...current, host: info.host }));
    })();
    return () => {
      live = false;
      stopListening();
    };
  }, [runMode]);

  return tab;
}
