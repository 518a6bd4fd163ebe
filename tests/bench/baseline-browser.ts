/**
 * The browser WITHOUT the extension for the with-minus-without rows: a persistent context like the
 * one tests/e2e/harness.ts launchWithExtension() starts (same Chromium, flags, viewport and default
 * arguments), minus the two flags that load the extension. Not harness.launchPlain(): its
 * non-persistent context reached DOMContentLoaded and the load event some 20–30 ms later than a
 * persistent context on the same pages (measured on this machine, 5 loads each), which would flatter
 * every "with ÷ without" figure. Both go through harness.launchPersistentChromium().
 */
import type { BrowserContext } from 'playwright-core';
import { launchPersistentChromium } from '../e2e/harness';

export interface BaselineBrowser {
  context: BrowserContext;
  /** "156.0.…", from the browser itself. */
  version: string;
  close: () => Promise<void>;
}

export async function launchBaseline(): Promise<BaselineBrowser> {
  const { context, close } = await launchPersistentChromium();
  const page = context.pages()[0] ?? (await context.newPage());
  const { product } = await (await context.newCDPSession(page)).send('Browser.getVersion');
  return { context, version: product.replace(/^[^/]*\//, ''), close };
}
