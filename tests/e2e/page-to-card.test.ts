/**
 * The first-release promise, in real Chromium with the built extension: terms on a page are marked
 * without touching the page's DOM, hovering one opens its card, and the popup's search finds terms.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { TermEntry } from '../../lib/index/schema';
import { DEFAULT_SETTINGS } from '../../lib/settings/defaults';
import { cardAttribute, cardBox, cardCount, cardHostCount, cardText } from './card';
import { foreignMutations } from './dom-witness';
import { ARTIFACTS_DIR, askPageScript, boxOfText, centreOfText, highlightedTexts, openPopupOn, waitForBadge, waitForHighlights } from './harness';
import { useSession } from './session';

function entry(id: string): TermEntry {
  return TermEntry.parse(JSON.parse(readFileSync(join('data/terms', `${id}.json`), 'utf8')));
}

const session = useSession();

/** The hover delay and the time to reach the card, as every test here has them (the defaults). */
const DWELL_MS = DEFAULT_SETTINGS.hoverDelayMs;
const GRACE_MS = DEFAULT_SETTINGS.graceMs;

/** Looks for a card again and again for `ms`: none may open, even for a moment. */
async function expectNoCardFor(page: Page, ms: number): Promise<void> {
  for (const end = Date.now() + ms; Date.now() < end; ) expect(await cardCount(page)).toBe(0);
}

async function open(fixture: string): Promise<Page> {
  const page = await session.browser.context.newPage();
  await page.goto(`${session.server.origin}/${fixture}`);
  return page;
}

describe('marking terms on an article', () => {
  let page: Page;
  beforeAll(async () => {
    page = await open('article.html');
    await waitForHighlights(page, 20);
  });

  it('marks every MS term of the abstract, in whole words and with abbreviations in their own case', async () => {
    const marked = await highlightedTexts(page);
    for (const expected of [
      'Optical coherence tomography', 'OCT', 'Ocrevus', 'relapsing-remitting multiple sclerosis', 'natalizumab', 'Tysabri',
      'ocrelizumab', 'ofatumumab', 'MRI', 'EDSS', 'NfL', 'relapse', 'CI', 'PML', 'JC virus',
      'randomised controlled trial', 'placebo', 'open-label extension',
    ]) {
      expect(marked, expected).toContain(expected);
    }
    expect(marked).not.toContain('Oct');
  });

  it('finds a phrase split across inline elements (<b>hazard</b> ratio)', async () => {
    expect(await highlightedTexts(page)).toContain('hazard ratio');
  });

  it('opens the card with the entry\'s plain text after hovering a term', async () => {
    const ocrelizumab = entry('ocrelizumab');
    const { x, y } = await centreOfText(page, '#background', 'Ocrevus');
    await page.mouse.move(x, y);
    await expect.poll(() => cardCount(page), { timeout: 5_000 }).toBe(1);
    await expect.poll(() => cardAttribute(page, '.pm-card', 'data-term-id')).toBe('ocrelizumab');
    const text = await cardText(page);
    expect(text).toContain(ocrelizumab.summary);
    expect(text).toContain(ocrelizumab.whyItMatters);
    expect(text).toContain(`Last reviewed ${ocrelizumab.review.lastReviewed}`);
    expect(text).toContain(ocrelizumab.sources[0].title);
    expect(text).toContain('not medical advice');
    const box = await cardBox(page);
    // Beside the term, not over it.
    expect(box.y > y || box.y + box.height < y).toBe(true);
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'card-ocrevus.png') });
  });

  it('closes the card on Escape and on a click elsewhere', async () => {
    await page.keyboard.press('Escape');
    await expect.poll(() => cardCount(page)).toBe(0);
    const { x, y } = await centreOfText(page, '#results', 'relapse');
    await page.mouse.click(x, y);
    await expect.poll(() => cardAttribute(page, '.pm-card', 'data-term-id')).toBe('relapse');
    await page.mouse.click(5, 5);
    await expect.poll(() => cardCount(page)).toBe(0);
  });

  it('opens no card while the pointer sweeps across terms, and one once it rests', async () => {
    // One straight sweep over a line with several terms, far faster than reading speed.
    const start = await centreOfText(page, '#methods', 'natalizumab');
    const end = await centreOfText(page, '#methods', 'ofatumumab');
    await page.mouse.move(start.x - 200, start.y);
    for (let step = 0; step <= 30; step++) {
      await page.mouse.move(start.x - 200 + ((end.x - start.x + 400) * step) / 30, start.y);
      await page.waitForTimeout(8);
    }
    await expectNoCardFor(page, DWELL_MS + GRACE_MS);
    // Coming to rest on a term after a fast move still opens its card.
    await page.mouse.move(end.x, end.y, { steps: 3 });
    await expect.poll(() => cardAttribute(page, '.pm-card', 'data-term-id'), { timeout: 3_000 }).toBe('ofatumumab');
    await page.keyboard.press('Escape');
  });

  it('opens the card only once the pointer has rested on a term for the hover delay', async () => {
    // A click opens a card at once: the card stage is loaded from here on, whatever ran before.
    const edss = await centreOfText(page, '#methods', 'EDSS');
    await page.mouse.click(edss.x, edss.y);
    await expect.poll(() => cardAttribute(page, '.pm-card', 'data-term-id'), { timeout: 3_000 }).toBe('expanded-disability-status-scale');
    await page.keyboard.press('Escape');
    await page.mouse.move(5, 5);
    await expect.poll(() => cardCount(page)).toBe(0);
    // Onto the word at reading speed, reaching it with the last move (a jump would count as a sweep
    // and add the time a sweep takes to settle).
    const box = await boxOfText(page, '#methods', 'NfL');
    for (let step = 6; step >= 0; step--) {
      await page.mouse.move(box.x + 2 - step * 5, box.y + box.height / 2);
      if (step > 0) await page.waitForTimeout(16);
    }
    const rested = Date.now();
    // Two thirds of the delay after the pointer came to rest (without a delay the card would long
    // be there), then its card once the delay is over.
    await page.waitForTimeout((DWELL_MS * 2) / 3);
    expect(await cardCount(page), 'a card before the hover delay was over').toBe(0);
    expect(Date.now() - rested, 'the check itself came too late to tell').toBeLessThan(DWELL_MS);
    await expect.poll(() => cardAttribute(page, '.pm-card', 'data-term-id'), { timeout: 3_000 }).toBe('neurofilament-light-chain');
    await page.keyboard.press('Escape');
    await expect.poll(() => cardCount(page)).toBe(0);
  });

  it('does not open a card for text that merely passes under the pointer', async () => {
    const { x, y } = await centreOfText(page, '#methods', 'EDSS');
    await page.mouse.move(x, y);
    await page.mouse.move(5, 5);
    await expectNoCardFor(page, DWELL_MS + GRACE_MS);
  });

  it('never modified the page\'s own DOM', async () => {
    expect(await foreignMutations(page)).toEqual([]);
    const [before, after] = await page.evaluate(() => [(window as unknown as { __plainlyTest: { bodyAtLoad: string } }).__plainlyTest.bodyAtLoad, document.body.innerHTML]);
    expect(after).toBe(before);
  });
});

describe('pages without MS terms', () => {
  it('marks nothing where "Oct" is a month and "Ms." a title, and adds no node', async () => {
    const page = await open('no-terms.html');
    // The page script is here, and has read the page: it reads the page's text before it takes
    // requests, and it says it is not marking (it found no candidate term).
    await expect.poll(() => askPageScript(session.browser, page, { type: 'page-info' }), { timeout: 5_000 }).toEqual({ host: '127.0.0.1', running: false });
    expect(await highlightedTexts(page)).toEqual([]);
    expect(await page.evaluate(() => CSS.highlights.size)).toBe(0); // not even an empty highlight
    expect(await cardHostCount(page)).toBe(0);
    expect(await foreignMutations(page)).toEqual([]);

    // The control: a term the page adds at its end starts the marks stage, which reads the whole
    // page from the top; once that term is marked, "Oct" and "Ms." above it have been read too.
    await page.evaluate(() => {
      const paragraph = document.createElement('p');
      paragraph.textContent = 'Ms. Patel starts Ocrevus next Oct.';
      document.body.append(paragraph);
    });
    expect(await waitForHighlights(page, 1)).toEqual(['Ocrevus']);
    await page.close();
  });
});

describe('pages that add text later', () => {
  it('marks a term in a reply added after load, without touching the page\'s nodes', async () => {
    const page = await open('dynamic.html');
    expect(await waitForHighlights(page, 1)).toEqual(['Kesimpta']);
    await page.evaluate(() => (window as unknown as { addReply: (text: string) => void }).addReply('Has anyone had an MRI since starting Ocrevus?'));
    expect(await waitForHighlights(page, 3)).toEqual(expect.arrayContaining(['Kesimpta', 'MRI', 'Ocrevus']));
    const records = await foreignMutations(page);
    // Only the page's own two insertions of <li>.
    expect(records.map((record) => record.added)).toEqual([['li'], ['li']]);
  });
});

describe('toolbar popup', () => {
  async function openPopup(): Promise<Page> {
    const popup = await session.browser.context.newPage();
    await popup.goto(`chrome-extension://${session.browser.extensionId}/popup.html`);
    return popup;
  }

  it.each([
    ['ocrelizumb', 'ocrelizumab'],
    ['tysabry', 'natalizumab'],
    ['oct', 'optical coherence tomography'],
    ['Kesimpta', 'ofatumumab'],
  ])('search "%s" finds %s first', async (query, expected) => {
    const popup = await openPopup();
    await popup.getByLabel('Look up a medicine, test or study term').fill(query);
    const first = popup.locator('.pm-results li button').first();
    await expect.poll(() => first.textContent(), { timeout: 5_000 }).toBe(expected);
    await popup.close();
  });

  it('shows the same card for a picked result', async () => {
    const popup = await openPopup();
    await popup.getByLabel('Look up a medicine, test or study term').fill('ocrelizumb');
    await popup.locator('.pm-results li button').first().click();
    const card = popup.locator('.pm-card');
    await expect.poll(() => card.getAttribute('data-term-id')).toBe('ocrelizumab');
    expect(await card.innerText()).toContain(entry('ocrelizumab').summary);
    await popup.screenshot({ path: join(ARTIFACTS_DIR, 'popup-card.png') });
    await popup.close();
  });

  it('lists the terms found on the current tab with counts, and shows their number on the badge', async () => {
    const page = await open('article.html');
    await waitForHighlights(page, 20);
    await page.bringToFront();
    // The content script reports shortly after marking; the badge shows how many different terms it found.
    const badge = Number(await waitForBadge(session.browser));
    expect(badge).toBeGreaterThanOrEqual(15);

    const popup = await openPopupOn(session.browser, page);
    const list = popup.getByRole('region', { name: 'On this page' });
    await expect.poll(() => list.innerText(), { timeout: 5_000 }).toContain('ocrelizumab');
    expect(await list.innerText()).toMatch(/natalizumab ×2/);
    expect(await list.getByRole('button').count()).toBe(badge);
    await popup.close();
    await page.close();
  });

  it('keeps "On this page" current while it is open, as the page marks more', async () => {
    const page = await open('dynamic.html');
    expect(await waitForHighlights(page, 1)).toEqual(['Kesimpta']);
    const popup = await openPopupOn(session.browser, page);
    const list = popup.getByRole('region', { name: 'On this page' });
    await expect.poll(() => list.innerText(), { timeout: 5_000 }).toContain('ofatumumab');
    expect(await list.innerText()).not.toContain('ocrelizumab');
    // A reply arrives while the popup stays open: the list follows without reopening it.
    await page.evaluate(() => (window as unknown as { addReply: (text: string) => void }).addReply('Has anyone had an MRI since starting Ocrevus?'));
    await expect.poll(() => list.innerText(), { timeout: 5_000 }).toContain('ocrelizumab');
    await popup.close();
    await page.close();
  });
});
