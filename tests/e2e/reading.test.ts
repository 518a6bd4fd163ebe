/**
 * The reading experience in real Chromium: keyboard-only use, screen-reader semantics, settings that
 * change what is marked and how cards look, the popup's controls, "My questions", looking up a
 * selection, and axe-core on the card and the popup. Saves the screenshots the README shows.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { ARTIFACTS_DIR, centreOfText, highlightedTexts, runAxe, serviceWorker, storeSettings, waitForBadge, waitForHighlights } from './harness';
import { useSession } from './session';

const CARD = 'plainly-ms-card .pm-card';

const session = useSession();

afterEach(async () => {
  await storeSettings(session.browser, {}); // back to the defaults
  for (const page of session.browser.context.pages()) await page.close();
});

async function openArticle(): Promise<Page> {
  const page = await session.browser.context.newPage();
  await page.goto(`${session.server.origin}/article.html`);
  await waitForHighlights(page, 20);
  return page;
}

/** What has focus, looking into our card's shadow root. */
function focusedInCard(page: Page) {
  return page.evaluate(() => {
    const host = document.querySelector('plainly-ms-card');
    const inner = host?.shadowRoot?.activeElement;
    return { hostFocused: document.activeElement === host, role: inner?.getAttribute('role') ?? null, label: inner?.getAttribute('aria-labelledby') ?? null };
  });
}

describe('keyboard and screen readers', () => {
  it('goes to the next and previous term with Alt+Shift+N / P, opening a focused, labelled dialog', async () => {
    const page = await openArticle();
    await page.keyboard.press('Alt+Shift+N');
    const card = page.locator(CARD);
    await expect.poll(() => card.getAttribute('data-term-id'), { timeout: 5_000 }).toBe('multiple-sclerosis');
    expect(await focusedInCard(page)).toEqual({ hostFocused: true, role: 'dialog', label: 'plainly-ms-card-title' });
    // The dialog is named by the card's heading.
    expect(await page.getByRole('dialog', { name: 'multiple sclerosis' }).count()).toBe(1);
    // The title: "B-cell depleting therapy in relapsing multiple sclerosis".
    await page.keyboard.press('Alt+Shift+N');
    await expect.poll(() => card.getAttribute('data-term-id')).toBe('b-cell');
    await page.keyboard.press('Alt+Shift+N');
    await expect.poll(() => card.getAttribute('data-term-id')).toBe('relapsing-ms');
    await page.keyboard.press('Alt+Shift+N');
    await expect.poll(() => card.getAttribute('data-term-id')).toBe('optical-coherence-tomography');
    await page.keyboard.press('Alt+Shift+P');
    await expect.poll(() => card.getAttribute('data-term-id')).toBe('relapsing-ms');
  });

  it('announces an opened card politely and returns focus on Escape', async () => {
    const page = await openArticle();
    await page.evaluate(() => {
      const button = document.createElement('button');
      button.id = 'test-focus-origin';
      button.textContent = 'origin';
      document.body.prepend(button);
      button.focus();
    });
    await page.keyboard.press('Alt+Shift+N');
    await page.locator(CARD).waitFor();
    const announced = await page.evaluate(() => document.querySelector('plainly-ms-card')!.shadowRoot!.querySelector('[aria-live="polite"]')!.textContent);
    expect(announced).toMatch(/^Plainly MS card opened: .+\. Press Escape to close\.$/);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator(CARD).count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('test-focus-origin');
  });

  it('lets Tab reach the card\'s controls in order: close, add to my questions, then its links', async () => {
    const page = await openArticle();
    await page.keyboard.press('Alt+Shift+N');
    await page.locator(CARD).waitFor();
    const order: string[] = [];
    for (let i = 0; i < 3; i++) {
      await page.keyboard.press('Tab');
      order.push(await page.evaluate(() => {
        const active = document.querySelector('plainly-ms-card')!.shadowRoot!.activeElement as HTMLElement | null;
        return active ? `${active.tagName.toLowerCase()}:${active.getAttribute('aria-label') ?? active.textContent?.trim()}` : 'outside';
      }));
    }
    expect(order[0]).toBe('button:Close');
    expect(order[1]).toBe('button:Add to my questions');
    expect(order[2]).toMatch(/^(summary|a):/);
  });
});

describe('settings change what is marked and how cards look', () => {
  it('marks only the chosen categories, only first occurrences, in the chosen style', async () => {
    await storeSettings(session.browser, { categories: { drug: false }, firstOccurrenceOnly: true, markStyle: 'background' });
    const page = await session.browser.context.newPage();
    await page.goto(`${session.server.origin}/article.html`);
    await page.waitForFunction(() => (CSS.highlights.get('plainly-ms-term-background')?.size ?? 0) >= 10, undefined, { timeout: 10_000 });
    const marked = await page.evaluate(() => Array.from(CSS.highlights.get('plainly-ms-term-background')!, (range) => range.toString()));
    expect(marked).not.toContain('Ocrevus');
    expect(marked).not.toContain('natalizumab');
    expect(marked).toContain('EDSS');
    expect(marked.filter((text) => text === 'OCT')).toHaveLength(0); // OCT is the second mention of optical coherence tomography
    expect(await page.evaluate(() => CSS.highlights.has('plainly-ms-term'))).toBe(false);
  });

  it('shows larger text and the clinician part open for a clinician who wants 150% text', async () => {
    await storeSettings(session.browser, { audience: 'clinician', textSizePercent: 150 });
    const page = await openArticle();
    const { x, y } = await centreOfText(page, '#background', 'Ocrevus');
    await page.mouse.click(x, y);
    const card = page.locator(CARD);
    await card.waitFor();
    expect(await card.evaluate((element) => getComputedStyle(element).fontSize)).toBe('25.5px');
    expect(await page.locator('plainly-ms-card details.pm-clinician').getAttribute('open')).not.toBeNull();
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'card-clinician.png') });
  });

  it('waits as long as the hover delay the person chose', async () => {
    await storeSettings(session.browser, { hoverDelayMs: 1200 });
    const page = await openArticle();
    const { x, y } = await centreOfText(page, '#background', 'Ocrevus');
    await page.mouse.move(x, y);
    await page.waitForTimeout(700);
    expect(await page.locator(CARD).count()).toBe(0);
    await expect.poll(() => page.locator(CARD).getAttribute('data-term-id'), { timeout: 3_000 }).toBe('ocrelizumab');
  });

  it('flips the card above a term near the bottom of the window, never over it', async () => {
    const page = await openArticle();
    // Bring "placebo" to 40 px above the bottom edge.
    await page.evaluate(() => {
      const paragraph = document.getElementById('conclusion')!;
      window.scrollBy(0, paragraph.getBoundingClientRect().top - (innerHeight - 40));
    });
    const term = await centreOfText(page, '#conclusion', 'placebo');
    await page.mouse.click(term.x, term.y);
    // The popover is the visible box; the card inside it scrolls when it is taller.
    const box = (await page.locator('plainly-ms-card .pm-popover').boundingBox({ timeout: 5_000 }))!;
    expect(box.y + box.height).toBeLessThan(term.y);
    expect(box.y).toBeGreaterThanOrEqual(0);
  });

  it('stops and starts on a site from the popup switch, and pauses everywhere', async () => {
    const page = await openArticle();
    const popup = await session.browser.context.newPage();
    await popup.goto(`chrome-extension://${session.browser.extensionId}/popup.html`);
    await page.bringToFront();
    await popup.reload();
    const siteSwitch = popup.getByLabel('Mark terms on 127.0.0.1');
    await expect.poll(() => siteSwitch.isChecked(), { timeout: 5_000 }).toBe(true);
    await siteSwitch.uncheck();
    await expect.poll(() => highlightedTexts(page), { timeout: 5_000 }).toEqual([]);
    await siteSwitch.check();
    await waitForHighlights(page, 20);
    await popup.getByLabel('Pause everywhere').check();
    await expect.poll(() => highlightedTexts(page), { timeout: 5_000 }).toEqual([]);
  });
});

describe('popup, my questions and look-up', () => {
  it('goes to a term on the page from "On this page"', async () => {
    const page = await openArticle();
    await page.bringToFront();
    await waitForBadge(session.browser); // the page has reported its terms to the background
    const popup = await session.browser.context.newPage();
    await popup.goto(`chrome-extension://${session.browser.extensionId}/popup.html`);
    await page.bringToFront();
    await popup.reload();
    await popup.getByRole('region', { name: 'On this page' }).getByRole('button', { name: /^JC virus/ }).click({ timeout: 5_000 });
    await expect.poll(() => page.locator(CARD).getAttribute('data-term-id'), { timeout: 5_000 }).toBe('jc-virus');
  });

  it('keeps questions from cards, lists them in the popup and on a printable page', async () => {
    const page = await openArticle();
    const { x, y } = await centreOfText(page, '#methods', 'EDSS');
    await page.mouse.click(x, y);
    await page.locator('plainly-ms-card').getByRole('button', { name: 'Add to my questions' }).click();
    await expect.poll(() => page.locator('plainly-ms-card .pm-save-question').textContent()).toBe('Added to my questions ✓');
    const popup = await session.browser.context.newPage();
    await popup.setViewportSize({ width: 480, height: 640 }); // about the size of a toolbar popup
    await popup.goto(`chrome-extension://${session.browser.extensionId}/popup.html`);
    const list = popup.getByRole('region', { name: 'My questions' });
    await expect.poll(() => list.innerText(), { timeout: 5_000 }).toContain('Expanded Disability Status Scale');
    await popup.screenshot({ path: join(ARTIFACTS_DIR, 'popup.png') });
    await list.getByRole('button', { name: 'Copy as text' }).click();
    await expect.poll(() => list.getByRole('button', { name: 'Copied ✓' }).count()).toBe(1);
    // The clipboard is the system's: read it back from an ordinary page allowed to read it.
    await session.browser.context.grantPermissions(['clipboard-read'], { origin: session.server.origin });
    await page.bringToFront();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^Questions for my MS team\n\n1\. Expanded Disability Status Scale: /);
    const printable = await session.browser.context.newPage();
    await printable.goto(`chrome-extension://${session.browser.extensionId}/questions.html`);
    await expect.poll(() => printable.locator('.pm-questions').innerText(), { timeout: 5_000 }).toContain('Expanded Disability Status Scale');
    await list.getByRole('button', { name: /Remove the question about/ }).click();
    await expect.poll(() => list.innerText()).toContain('No questions yet');
  });

  it('shows the card for a selected phrase, as "Look up in Plainly MS" does', async () => {
    const page = await openArticle();
    await page.evaluate(() => {
      const paragraph = document.getElementById('conclusion')!;
      const range = document.createRange();
      range.selectNodeContents(paragraph);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    });
    const worker = await serviceWorker(session.browser);
    // The same message the context-menu handler sends to the tab's frame.
    await worker.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome;
      const [tab] = await api.tabs.query({ active: true, currentWindow: true });
      await api.tabs.sendMessage(tab!.id!, { type: 'show-lookup', termId: 'placebo', query: 'placebo arm' }, { frameId: 0 });
    });
    await expect.poll(() => page.locator(CARD).getAttribute('data-term-id'), { timeout: 5_000 }).toBe('placebo');
    await worker.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome;
      const [tab] = await api.tabs.query({ active: true, currentWindow: true });
      await api.tabs.sendMessage(tab!.id!, { type: 'show-lookup', termId: null, query: 'tomato soup' }, { frameId: 0 });
    });
    await expect.poll(() => page.locator('plainly-ms-card .pm-card').innerText(), { timeout: 5_000 }).toContain('no entry for “tomato soup”');
  });
});

describe('accessibility (axe-core) and pictures', () => {
  it('follows prefers-contrast: more (muted text and borders take the full text colour)', async () => {
    const page = await openArticle();
    await page.emulateMedia({ contrast: 'more' });
    const { x, y } = await centreOfText(page, '#background', 'Ocrevus');
    await page.mouse.click(x, y);
    const card = page.locator(CARD);
    await card.waitFor();
    const colours = await card.evaluate((element) => ({
      text: getComputedStyle(element).color,
      muted: getComputedStyle(element.querySelector('.pm-aliases')!).color,
      border: getComputedStyle(element).borderTopColor,
    }));
    expect(colours.muted).toBe(colours.text);
    expect(colours.border).toBe(colours.text);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`finds no violations in the card on a page, and none in the popup with the same card (${colorScheme})`, async () => {
      const page = await openArticle();
      await page.emulateMedia({ colorScheme });
      const { x, y } = await centreOfText(page, '#background', 'Ocrevus');
      await page.mouse.click(x, y);
      await page.locator(CARD).waitFor();
      // Over a page, axe cannot see the colours behind the card, so contrast is checked in the popup below.
      expect((await runAxe(page, 'plainly-ms-card')).violations).toEqual([]);
      await page.screenshot({ path: join(ARTIFACTS_DIR, `card-patient-${colorScheme}.png`) });

      const popup = await session.browser.context.newPage();
      await popup.emulateMedia({ colorScheme });
      await popup.goto(`chrome-extension://${session.browser.extensionId}/popup.html`);
      await popup.getByLabel('Look up a medicine, test or study term').fill('tysabry');
      await popup.locator('.pm-results li button').first().waitFor();
      expect(await runAxe(popup)).toEqual({ violations: [], incomplete: [] });
      await popup.locator('.pm-results li button').first().click();
      await popup.locator('.pm-card').waitFor();
      const withCard = await runAxe(popup);
      expect(withCard.violations).toEqual([]);
      expect(withCard.incomplete).not.toContain('color-contrast');
    });
  }
});

describe('only when I click the toolbar button', () => {
  it('reads no page until the popup is opened on it, then marks it', async () => {
    await storeSettings(session.browser, { runMode: 'on-click' });
    const page = await session.browser.context.newPage();
    await page.goto(`${session.server.origin}/article.html`);
    await page.waitForTimeout(1_500);
    expect(await highlightedTexts(page)).toEqual([]);
    const popup = await session.browser.context.newPage();
    await popup.goto(`chrome-extension://${session.browser.extensionId}/popup.html`);
    await page.bringToFront();
    await popup.reload(); // opened while the article is the active tab, as the toolbar button would be
    expect((await waitForHighlights(page, 20)).length).toBeGreaterThanOrEqual(20);
    // Another page stays unread until the button is opened there too.
    const other = await session.browser.context.newPage();
    await other.goto(`${session.server.origin}/demo.html`);
    await other.waitForTimeout(1_500);
    expect(await highlightedTexts(other)).toEqual([]);
  });
});
