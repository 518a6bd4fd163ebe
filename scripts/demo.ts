/**
 * `npm start`: opens Chromium with the freshly built extension on the bundled demo page.
 * With a display it opens a normal window and waits until you close it. Without one (or with
 * `npm start -- --headless`) it hovers a term, saves a screenshot of the card and prints the terms found.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { cardText } from '../tests/e2e/card';
import { ARTIFACTS_DIR, FIXTURES_DIR, centreOfText, highlightedTexts, launchWithExtension, serveFolder, waitForHighlights } from '../tests/e2e/harness';

const headless = process.argv.includes('--headless') || !process.env.DISPLAY;
const server = await serveFolder(FIXTURES_DIR);
const browser = await launchWithExtension({ headless });
try {
  const page = await browser.context.newPage();
  await page.goto(`${server.origin}/demo.html`);
  await waitForHighlights(page, 10);
  const found = await highlightedTexts(page);
  console.log(`Plainly MS marked ${found.length} terms on the demo page:`);
  console.log(`  ${[...new Set(found)].join(', ')}`);

  if (headless) {
    const { x, y } = await centreOfText(page, '#abstract-background', 'Tysabri');
    await page.mouse.move(x, y);
    // The card is in a closed shadow root: the demo reads it the way the tests do (tests/e2e/card.ts).
    const heading = (await cardText(page, '.pm-name')).trim();
    mkdirSync(ARTIFACTS_DIR, { recursive: true });
    const screenshot = join(ARTIFACTS_DIR, 'demo-card.png');
    await page.screenshot({ path: screenshot });
    console.log(`Hovered "Tysabri": its card ("${heading}") is in ${screenshot}`);
  } else {
    console.log('Hover or click a marked term to read its card. Close the browser window to finish.');
    await new Promise<void>((done) => browser.context.on('close', () => done()));
  }
} finally {
  await browser.close().catch(() => undefined);
  await server.close();
}
