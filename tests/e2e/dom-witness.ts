/**
 * What the page's own mutation log (tests/fixtures/dom-recorder.js) says about changes that were not
 * the page's: the one node the extension may add is its card host, recognised by identity (the host
 * of a closed root holding our popover, found over CDP), not by its tag name, which is random.
 */
import type { Page } from 'playwright-core';
import { cardHost } from './card';

export interface MutationRecordSummary {
  type: string;
  target: string;
  within: string | null;
  added: string[];
  removed: string[];
  attribute: string | null;
}

/**
 * Every record except the page's own changes (those inside an element whose id is in `pageChanges`)
 * and our host arriving on <html> or moving in and out of a fullscreen element. Before a card has
 * opened there is no host, so then every insertion counts.
 */
export async function foreignMutations(page: Page, pageChanges: string[] = []): Promise<MutationRecordSummary[]> {
  const host = await cardHost(page);
  return page.evaluate(
    ([host, pageChanges]) => {
      const log = (window as unknown as { __plainlyTest: { records: MutationRecordSummary[]; changedNodes: Node[][] } }).__plainlyTest;
      const foreign: MutationRecordSummary[] = [];
      // Plain loops: some fixtures replace Array.prototype.map and filter.
      for (let i = 0; i < log.records.length; i++) {
        const record = log.records[i];
        if (record.within !== null && pageChanges.includes(record.within)) continue;
        const nodes = log.changedNodes[i];
        let onlyOurHost = record.type === 'childList' && nodes.length > 0 && host !== null;
        for (const node of nodes) if (node !== host) onlyOurHost = false;
        if (!onlyOurHost) foreign.push(record);
      }
      return foreign;
    },
    [host, pageChanges] as const,
  );
}
