/**
 * Where the content script reads text, in real Chromium: open shadow roots and frames yes; form
 * fields, editable areas, hidden elements no; abbreviations the page defines are followed.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { cardAttribute, cardCount } from './card';
import { centreOfText, highlightedTexts, waitForHighlights } from './harness';
import { useSession } from './session';

const session = useSession();
let page: Page;

beforeAll(async () => {
  page = await session.browser.context.newPage();
  await page.goto(`${session.server.origin}/structure.html`);
  await waitForHighlights(page, 7);
  await page.waitForTimeout(500); // let every idle slice finish
});

describe('where terms are marked', () => {
  it('marks page text, text inside an open shadow root, and abbreviations the page defines', async () => {
    expect(await highlightedTexts(page)).toEqual([
      'multiple sclerosis', 'Ocrevus', 'Kesimpta',
      'optical coherence tomography', 'OCT', 'natalizumab', 'NTZ', 'NTZ', 'OCT',
    ]);
  });

  it('marks a term that a component puts into its open shadow root long after the page loaded', async () => {
    const late = await session.browser.context.newPage();
    await late.goto(`${session.server.origin}/hostile/shadow-late.html`);
    await late.waitForTimeout(1_000);
    // Before the component fills its root, the page holds no term at all.
    expect(await highlightedTexts(late)).toEqual([]);
    expect(await waitForHighlights(late, 1)).toEqual(['Briumvi']);
    await late.close();
  });

  it('never marks form fields, buttons, editable areas or hidden text', async () => {
    const marked = (await highlightedTexts(page)).join(' ');
    for (const untouched of ['Tysabri', 'Mavenclad', 'Tecfidera', 'Copaxone', 'EDSS', 'Gilenya']) expect(marked).not.toContain(untouched);
  });

  it('marks text in a same-origin frame, in that frame', async () => {
    const frame = page.frame({ url: /frame-child\.html$/ });
    expect(frame).not.toBeNull();
    expect(await waitForHighlights(frame!, 2)).toEqual(['MS', 'Briumvi']);
  });

  it('opens the card for a term in a same-origin frame inside that frame', async () => {
    const frame = page.frame({ url: /frame-child\.html$/ })!;
    const { x, y } = await centreOfText(frame, '#in-frame', 'Briumvi');
    await page.mouse.click(x, y);
    await expect.poll(() => cardAttribute(frame, '.pm-card', 'data-term-id'), { timeout: 5_000 }).toBe('ublituximab');
    // The click gave that frame focus, so Escape reaches its card and closes it; a click on the page
    // brings focus back there for the next tests' keys.
    await page.keyboard.press('Escape');
    await expect.poll(() => cardCount(frame)).toBe(0);
    await page.mouse.click(5, 5);
  });

  it('opens the card for a term inside a shadow root', async () => {
    const { x, y } = await page.evaluate(() => {
      const paragraph = document.getElementById('shadow-host')!.shadowRoot!.getElementById('in-shadow')!;
      const text = paragraph.firstChild as Text;
      const range = document.createRange();
      const at = text.data.indexOf('Kesimpta');
      range.setStart(text, at);
      range.setEnd(text, at + 'Kesimpta'.length);
      const rect = range.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    });
    await page.mouse.move(x, y);
    await expect.poll(() => cardAttribute(page, '.pm-card', 'data-term-id'), { timeout: 5_000 }).toBe('ofatumumab');
    await page.keyboard.press('Escape');
  });

  it('opens the card for a short form the page defined', async () => {
    const { x, y } = await centreOfText(page, '#defined', 'NTZ');
    await page.mouse.click(x, y);
    await expect.poll(() => cardAttribute(page, '.pm-card', 'data-term-id'), { timeout: 5_000 }).toBe('natalizumab');
  });
});
