/**
 * The reading experience in real Chromium: keyboard-only use, screen-reader semantics, settings that
 * change what is marked and how cards look, the popup's controls, "My questions", looking up a
 * selection, and axe-core on the card and the popup. Saves the screenshots the README shows.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../lib/settings/defaults';
import { cardAttribute, cardBox, cardCount, cardElement, cardFocus, cardText, clickCardButton, dialogNames, runAxeOnCard } from './card';
import { ARTIFACTS_DIR, askPageScript, centreOfText, highlightedTexts, openPopupOn, runAxe, storeSettings, waitForBadge, waitForHighlights } from './harness';
import { markingSeen } from './marking-pixels';
import { useSession } from './session';

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

const termId = (page: Page) => cardAttribute(page, '.pm-card', 'data-term-id');

describe('keyboard and screen readers', () => {
  it('goes to the next and previous term with Alt+Shift+N / P, opening a focused, labelled dialog', async () => {
    const page = await openArticle();
    await page.keyboard.press('Alt+Shift+N');
    await expect.poll(() => termId(page), { timeout: 5_000 }).toBe('multiple-sclerosis');
    const focus = await cardFocus(page);
    expect(focus).toMatchObject({ hostFocused: true, tag: 'div', role: 'dialog' });
    // The dialog is named by the card's heading, as a screen reader gets it (the accessibility tree).
    expect(await cardAttribute(page, `[id="${focus.labelledBy}"]`, 'class')).toContain('pm-name');
    expect(await dialogNames(page)).toEqual(['multiple sclerosis']);
    // The title: "B-cell depleting therapy in relapsing multiple sclerosis".
    await page.keyboard.press('Alt+Shift+N');
    await expect.poll(() => termId(page)).toBe('b-cell');
    await page.keyboard.press('Alt+Shift+N');
    await expect.poll(() => termId(page)).toBe('relapsing-ms');
    await page.keyboard.press('Alt+Shift+N');
    await expect.poll(() => termId(page)).toBe('optical-coherence-tomography');
    await page.keyboard.press('Alt+Shift+P');
    await expect.poll(() => termId(page)).toBe('relapsing-ms');
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
    await cardElement(page);
    const announced = await (await cardElement(page, '[aria-live="polite"]')).textContent();
    expect(announced).toMatch(/^Plainly MS card opened: .+\. Press Escape to close\.$/);
    await page.keyboard.press('Escape');
    await expect.poll(() => cardCount(page)).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('test-focus-origin');
  });

  it('lets Tab reach the card\'s controls in order: close, add to my questions, then its links', async () => {
    const page = await openArticle();
    await page.keyboard.press('Alt+Shift+N');
    await cardElement(page);
    const order: string[] = [];
    for (let i = 0; i < 3; i++) {
      await page.keyboard.press('Tab');
      const { tag, name } = await cardFocus(page);
      order.push(tag ? `${tag}:${name}` : 'outside');
    }
    expect(order[0]).toBe('button:Close');
    expect(order[1]).toBe('button:Add to my questions');
    expect(order[2]).toMatch(/^(summary|a):/);
  });
});

describe('settings change what is marked and how cards look', () => {
  it('paints marks with a dotted teal underline by default, and leaves other words as they were', async () => {
    const page = await openArticle();
    await page.waitForTimeout(300); // the last batch of ranges reaches the highlight
    const marked = await markingSeen(page, '#methods', 'EDSS');
    expect(marked.underline).toBeGreaterThanOrEqual(6);
    expect(marked.background).toBe(0);
    // "assessment", right after EDSS on the same line, is no term: neither colour is seen there.
    expect(await markingSeen(page, '#methods', 'assessment')).toMatchObject({ underline: 0, background: 0 });
  });

  it('marks only the chosen categories, only first occurrences, in the chosen style', async () => {
    await storeSettings(session.browser, { categories: { ...DEFAULT_SETTINGS.categories, drug: false }, firstOccurrenceOnly: true, markStyle: 'background' });
    const page = await session.browser.context.newPage();
    await page.goto(`${session.server.origin}/article.html`);
    // waitForHighlights returns once the count has settled: the scan is done, late marks included.
    const marked = await waitForHighlights(page, 10);
    expect(marked).not.toContain('Ocrevus');
    expect(marked).not.toContain('natalizumab');
    expect(marked).toContain('EDSS');
    expect(marked.filter((text) => text === 'OCT')).toHaveLength(0); // OCT is the second mention of optical coherence tomography
    // One highlight is registered, in the background style: what the person sees is a pale yellow box.
    expect(await page.evaluate(() => CSS.highlights.size)).toBe(1);
    const edss = await markingSeen(page, '#methods', 'EDSS');
    expect(edss.background / edss.pixels).toBeGreaterThan(0.3);
    expect(edss.underline).toBe(0);
    // A drug name, unmarked with drugs switched off, keeps the page's own look.
    expect(await markingSeen(page, '#methods', 'ocrelizumab')).toMatchObject({ underline: 0, background: 0 });
  });

  it('shows larger text and the clinician part open for a clinician who wants 150% text', async () => {
    await storeSettings(session.browser, { audience: 'clinician', textSizePercent: 150 });
    const page = await openArticle();
    const { x, y } = await centreOfText(page, '#background', 'Ocrevus');
    await page.mouse.click(x, y);
    const card = await cardElement(page);
    expect(await card.evaluate((element) => getComputedStyle(element).fontSize)).toBe('25.5px');
    expect(await cardAttribute(page, 'details.pm-clinician', 'open')).not.toBeNull();
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'card-clinician.png') });
  });

  it('waits as long as the hover delay the person chose', async () => {
    await storeSettings(session.browser, { hoverDelayMs: 1200 });
    const page = await openArticle();
    const { x, y } = await centreOfText(page, '#background', 'Ocrevus');
    await page.mouse.move(x, y);
    await page.waitForTimeout(700);
    expect(await cardCount(page)).toBe(0);
    await expect.poll(() => termId(page), { timeout: 3_000 }).toBe('ocrelizumab');
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
    const box = await cardBox(page, '.pm-popover');
    expect(box.y + box.height).toBeLessThan(term.y);
    expect(box.y).toBeGreaterThanOrEqual(0);
  });

  it('stops and starts on a site from the popup switch, and pauses everywhere', async () => {
    const page = await openArticle();
    const popup = await openPopupOn(session.browser, page);
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
    const popup = await openPopupOn(session.browser, page);
    await popup.getByRole('region', { name: 'On this page' }).getByRole('button', { name: /^JC virus/ }).click({ timeout: 5_000 });
    await expect.poll(() => termId(page), { timeout: 5_000 }).toBe('jc-virus');
  });

  it('keeps questions from cards, lists them in the popup and on a printable page', async () => {
    const page = await openArticle();
    const { x, y } = await centreOfText(page, '#methods', 'EDSS');
    await page.mouse.click(x, y);
    await clickCardButton(page, 'Add to my questions');
    await expect.poll(() => cardText(page, '.pm-save-question')).toBe('Added to my questions ✓');
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

  // Not through the context menu itself: automation cannot open Chromium's native menu, and firing
  // contextMenus.onClicked by hand would not be the browser's path either. This starts where the
  // menu's handler ends (entrypoints/background/index.ts): its request to the tab's page script.
  it('shows the card, or a "no entry" note, for the request the look-up menu sends about a selection', async () => {
    const page = await openArticle();
    await page.evaluate(() => {
      const paragraph = document.getElementById('conclusion')!;
      const range = document.createRange();
      range.selectNodeContents(paragraph);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    });
    await askPageScript(session.browser, page, { type: 'show-lookup', termId: 'placebo', query: 'placebo arm' });
    await expect.poll(() => termId(page), { timeout: 5_000 }).toBe('placebo');
    await askPageScript(session.browser, page, { type: 'show-lookup', termId: null, query: 'tomato soup' });
    await expect.poll(() => cardText(page), { timeout: 5_000 }).toContain('no entry for “tomato soup”');
  });
});

describe('accessibility (axe-core) and pictures', () => {
  it('follows prefers-contrast: more (muted text and borders take the full text colour)', async () => {
    const page = await openArticle();
    await page.emulateMedia({ contrast: 'more' });
    const { x, y } = await centreOfText(page, '#background', 'Ocrevus');
    await page.mouse.click(x, y);
    const card = await cardElement(page);
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
      await cardElement(page);
      // Over a page, axe cannot see the colours behind the card, so contrast is checked in the popup below.
      expect((await runAxeOnCard(page)).violations).toEqual([]);
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
    // A page whose button is never opened, loaded first: the page script is there (it answers)
    // and it is not marking.
    const unread = await session.browser.context.newPage();
    await unread.goto(`${session.server.origin}/demo.html`);
    await expect.poll(() => askPageScript(session.browser, unread, { type: 'page-info' }), { timeout: 5_000 }).toEqual({ host: '127.0.0.1', running: false });
    const page = await session.browser.context.newPage();
    await page.goto(`${session.server.origin}/article.html`);
    await openPopupOn(session.browser, page);
    expect((await waitForHighlights(page, 20)).length).toBeGreaterThanOrEqual(20);
    // The control: loaded after the first page, the article went from button to marks in this
    // time, so a first page read without its button would have its marks by now too.
    expect(await highlightedTexts(unread)).toEqual([]);
    expect(await askPageScript(session.browser, unread, { type: 'page-info' })).toEqual({ host: '127.0.0.1', running: false });
  });

  it('remembers the click when that page reloads, and not for another site in the same tab', async () => {
    await storeSettings(session.browser, { runMode: 'on-click' });
    const page = await session.browser.context.newPage();
    await page.goto(`${session.server.origin}/article.html`);
    await expect.poll(() => askPageScript(session.browser, page, { type: 'page-info' }), { timeout: 5_000 }).toEqual({ host: '127.0.0.1', running: false });
    await openPopupOn(session.browser, page);
    expect((await waitForHighlights(page, 20)).length).toBeGreaterThanOrEqual(20);

    await page.bringToFront();
    await page.reload();
    expect((await waitForHighlights(page, 20)).length).toBeGreaterThanOrEqual(20);

    // Another host (the same server, named differently) in the same tab waits for its own click.
    await page.goto(`${session.server.origin.replace('127.0.0.1', 'localhost')}/article.html`);
    await expect.poll(() => askPageScript(session.browser, page, { type: 'page-info' }), { timeout: 5_000 }).toEqual({ host: 'localhost', running: false });
  });
});
