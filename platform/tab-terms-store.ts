/**
 * The terms each tab's page marked, by id and count, in storage.session: it outlives the MV3 service
 * worker (which the browser stops after about 30 s idle) and goes when the browser closes. Only the
 * extension's own contexts can read that area (its default access level), never a page's script.
 */
import { browser } from 'wxt/browser';

export type TermCounts = Record<string, number>;

const keyOf = (tabId: number) => `tabTerms.${tabId}`;

function asCounts(value: unknown): TermCounts {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  return Object.fromEntries(Object.entries(value).filter(([, count]) => Number.isInteger(count) && (count as number) > 0)) as TermCounts;
}

export async function readTabTerms(tabId: number): Promise<TermCounts> {
  try {
    return asCounts((await browser.storage.session.get(keyOf(tabId)))[keyOf(tabId)]);
  } catch {
    return {};
  }
}

export async function writeTabTerms(tabId: number, counts: TermCounts): Promise<void> {
  await browser.storage.session.set({ [keyOf(tabId)]: counts }).catch(() => undefined);
}

/** Forgets a tab's terms; true when there were some. */
export async function forgetTabTerms(tabId: number): Promise<boolean> {
  const had = Object.keys(await readTabTerms(tabId)).length > 0;
  await browser.storage.session.remove(keyOf(tabId)).catch(() => undefined);
  return had;
}
