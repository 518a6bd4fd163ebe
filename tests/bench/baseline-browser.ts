/**
 * The browser WITHOUT the extension for the with-minus-without rows: a persistent context like the
 * one tests/e2e/harness.ts launchWithExtension() starts (same Chromium, flags, viewport and default
 * arguments), minus the two flags that load the extension. Not harness.launchPlain(): its
 * non-persistent context reached DOMContentLoaded and the load event some 20–30 ms later than a
 * persistent context on the same pages (measured on this machine, 5 loads each), which would flatter
 * every "with ÷ without" figure. Keep the options in step with launchWithExtension().
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { CHROMIUM_FLAGS, VIEWPORT, chromiumPath } from '../e2e/harness';

export interface BaselineBrowser {
  context: BrowserContext;
  /** "156.0.…", from the browser itself. */
  version: string;
  close: () => Promise<void>;
}

export async function launchBaseline(): Promise<BaselineBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'plainly-baseline-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    viewport: VIEWPORT,
    ignoreDefaultArgs: ['--disable-extensions', '--disable-back-forward-cache'],
    args: CHROMIUM_FLAGS,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const { product } = await (await context.newCDPSession(page)).send('Browser.getVersion');
  return {
    context,
    version: product.replace(/^[^/]*\//, ''),
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
