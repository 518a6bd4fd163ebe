/**
 * How long a card takes once the pointer has rested for the dwell: warm (the service worker is
 * running) and cold (just stopped, as Chrome stops it after 30 s idle), CARD_RUNS times each, on the
 * small MS page. Latency = from the pointer coming to rest on a term to the card holding that term's
 * entry, minus the dwell; read through the DevTools protocol every few milliseconds, so a figure
 * can be a few milliseconds late, never early.
 */
import type { Page } from 'playwright-core';
import { cardAttribute } from '../e2e/card';
import { boxOfText, waitForHighlights, type ExtensionBrowser } from '../e2e/harness';
import { DEFAULT_SETTINGS } from '../../lib/settings/defaults';
import { median } from './stats';

export const CARD_RUNS = 10;
const POLL_MS = 2;
const TIMEOUT_MS = 5_000;
/** The last 30 px before the term in 6 moves of 5 px, 16 ms apart: about 0.3 px/ms, well under a sweep. */
const APPROACH_STEPS = 6;
const APPROACH_STEP_PX = 5;
const APPROACH_STEP_MS = 16;

export interface CardLatency {
  warmMs: number[];
  coldMs: number[];
  warmMedianMs: number;
  coldMedianMs: number;
  dwellMs: number;
}

async function stopServiceWorker(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
}

/** One card: away from every term, then at rest on `word` until its card shows; ms beyond the dwell. */
async function oneCard(page: Page, word: string, termId: string): Promise<number> {
  await page.keyboard.press('Escape');
  await page.mouse.move(2, 2);
  await page.waitForTimeout(400); // past the grace: no card is open
  const box = await boxOfText(page, '#methods', word);
  // Arrive at reading speed, as a hand slowing onto a word does (a jump would count as a sweep and
  // wait for the pointer to settle: lib/card-intent/pointer-speed.ts), and reach the word only with
  // the last move, so the dwell starts when the clock does.
  const x = box.x + 2;
  const y = box.y + box.height / 2;
  for (let step = APPROACH_STEPS; step >= 0; step--) {
    await page.mouse.move(x - step * APPROACH_STEP_PX, y);
    if (step > 0) await page.waitForTimeout(APPROACH_STEP_MS);
  }
  const restedAt = performance.now();
  while ((await cardAttribute(page, '.pm-card', 'data-term-id')) !== termId) {
    if (performance.now() - restedAt > TIMEOUT_MS) return Number.NaN;
    await new Promise((done) => setTimeout(done, POLL_MS));
  }
  return performance.now() - restedAt - DEFAULT_SETTINGS.hoverDelayMs;
}

export async function measureCardLatency(extension: ExtensionBrowser, origin: string, pageId: string): Promise<CardLatency> {
  const page = await extension.context.newPage();
  try {
    await page.goto(`${origin}/${pageId}.html`);
    await waitForHighlights(page, 10);
    // Two terms taken in turn, so each card is a new entry to fetch, not the one already shown.
    const terms: ReadonlyArray<readonly [word: string, termId: string]> = [
      ['EDSS', 'expanded-disability-status-scale'],
      ['MRI', 'magnetic-resonance-imaging'],
    ];
    const card = (index: number) => oneCard(page, terms[index % 2][0], terms[index % 2][1]);
    await card(1); // the card stage is injected once; not part of any figure
    const warmMs: number[] = [];
    const coldMs: number[] = [];
    for (let run = 0; run < CARD_RUNS; run++) {
      warmMs.push(await card(run));
      await stopServiceWorker(page);
      coldMs.push(await card(run + 1));
    }
    return { warmMs, coldMs, warmMedianMs: median(warmMs), coldMedianMs: median(coldMs), dwellMs: DEFAULT_SETTINGS.hoverDelayMs };
  } finally {
    await page.close();
  }
}
