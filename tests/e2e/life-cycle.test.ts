/**
 * The page script's life cycle in real Chromium: a new copy of the guard (what the background
 * injects into open tabs after an update) stops the old one, which takes its marks with it; a page
 * restored from the back/forward cache reports its terms again; and a copy whose extension went
 * away (reloaded) removes its marks at the page's next event instead of answering it. Highlights are read from the page's own world, as any page could read them.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { badgeText, serviceWorker, waitForBadge, withExtensionApi } from './harness';
import { useSession } from './session';

const session = useSession();

/** Every registered highlight, as name → number of ranges (fixture pages register none of their own). */
function registry(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => Object.fromEntries(Array.from(CSS.highlights, ([name, highlight]) => [name, highlight.size])));
}

async function markedArticle(): Promise<{ page: Page; name: string; size: number }> {
  const page = await session.browser.context.newPage();
  await page.goto(`${session.server.origin}/article.html`);
  await expect.poll(async () => Object.keys(await registry(page)).length, { timeout: 10_000 }).toBe(1);
  // The scan is over when the count stops changing.
  let previous = -1;
  let size = Object.values(await registry(page))[0];
  while (size !== previous) {
    await page.waitForTimeout(500);
    [previous, size] = [size, Object.values(await registry(page))[0]];
  }
  const [name] = Object.keys(await registry(page));
  return { page, name, size };
}

describe('life cycle', () => {
  it('a new copy of the page script replaces the old one: the same marks, once, under a new name', async () => {
    const { page, name, size } = await markedArticle();
    expect(size).toBeGreaterThan(10);
    const worker = await serviceWorker(session.browser);
    const injected = await withExtensionApi(worker, async (api, url) => {
      const [tab] = await api.tabs.query({ url });
      return (await api.scripting.executeScript({ target: { tabId: tab.id!, allFrames: true }, files: ['/page-guard.js'] })).length;
    }, page.url());
    expect(injected).toBe(1);
    await expect.poll(async () => Object.keys(await registry(page)), { timeout: 10_000 }).not.toEqual([name]);
    await expect.poll(async () => Object.values(await registry(page)), { timeout: 10_000 }).toEqual([size]);
    await page.close();
  });

  it('a page restored from the back/forward cache reports its terms to the tab again', async () => {
    const { page } = await markedArticle();
    const badge = await waitForBadge(session.browser);
    // The page's own record of being restored (the harness lets Chromium keep pages in that cache).
    await page.evaluate(() => {
      const world = window as unknown as { restored: number };
      world.restored = 0;
      addEventListener('pageshow', (event) => event.persisted && world.restored++);
    });
    await page.goto(`${session.server.origin}/no-terms.html`);
    await expect.poll(() => badgeText(session.browser), { timeout: 5_000 }).toBe(''); // a new page in the tab clears the count
    await page.goBack({ waitUntil: 'commit' }); // a restored page fires no load event
    await expect.poll(() => page.evaluate(() => (window as unknown as { restored?: number }).restored), { timeout: 5_000 }).toBe(1);
    await expect.poll(() => badgeText(session.browser), { timeout: 5_000 }).toBe(badge);
    await page.close();
  });

  // Last in the file: an unpacked extension reloaded by runtime.reload() does not come back in this
  // test browser, so nothing can run after it.
  it('after the extension is reloaded, the old copy removes its marks at the next pointer move', async () => {
    const { page, name } = await markedArticle();
    const worker = await serviceWorker(session.browser);
    await withExtensionApi(worker, (api) => api.runtime.reload()).catch(() => undefined);
    await page.waitForTimeout(1_000);
    expect(Object.keys(await registry(page)), 'marks stay until the page does something').toEqual([name]);
    await page.mouse.move(200, 200);
    await page.mouse.move(260, 240);
    await expect.poll(() => registry(page), { timeout: 5_000 }).toEqual({});
    await page.close();
  });
});
