/**
 * The start-up budget (tests/budgets.json): the main-thread script time the extension adds to a
 * small page without MS terms, measured by Chromium's own counters in a browser with the extension
 * and in the same browser without it. Median of five loads each, to ride out a busy machine.
 */
import { readFileSync } from 'node:fs';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES_DIR, launchPlain, launchWithExtension, serveFolder } from './harness';

const budgets = JSON.parse(readFileSync('tests/budgets.json', 'utf8')) as { startupScriptMsWithoutTerms: number };
let server: Awaited<ReturnType<typeof serveFolder>>;

beforeAll(async () => {
  server = await serveFolder(FIXTURES_DIR);
});

afterAll(async () => {
  await server?.close();
});

/** Script milliseconds for one load of the page, after the extension (if any) has settled. */
async function scriptMs(context: BrowserContext): Promise<number> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(`${server.origin}/no-terms.html`);
  await page.waitForTimeout(1_500); // idle-time scanning is over by then on a page this small
  const { metrics } = await cdp.send('Performance.getMetrics');
  await page.close();
  return metrics.find((metric) => metric.name === 'ScriptDuration')!.value * 1000;
}

async function medianOfFive(context: BrowserContext): Promise<number> {
  const runs: number[] = [];
  for (let load = 0; load < 5; load++) runs.push(await scriptMs(context));
  return runs.sort((a, b) => a - b)[2];
}

describe('start-up budget', () => {
  it(`adds at most ${budgets.startupScriptMsWithoutTerms} ms of script to a page without terms`, async () => {
    const withExtension = await launchWithExtension();
    const plain = await launchPlain();
    try {
      const added = (await medianOfFive(withExtension.context)) - (await medianOfFive(plain.context));
      console.log(`start-up: the extension adds ${added.toFixed(1)} ms of script to a page without terms`);
      expect(added).toBeLessThanOrEqual(budgets.startupScriptMsWithoutTerms);
    } finally {
      await withExtension.close();
      await plain.close();
    }
  }, 60_000);
});
