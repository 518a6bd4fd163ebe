/**
 * Real Chromium with the built extension loaded, and fixture pages served from 127.0.0.1.
 * Shared by the e2e tests and the demo (scripts/demo.ts).
 */
import { createServer, type Server } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Frame, type Page, type Worker } from 'playwright-core';
import type { Settings } from '../../lib/settings/schema';

export const EXTENSION_DIR = resolve('.output/chrome-mv3');
export const FIXTURES_DIR = resolve('tests/fixtures');
export const ARTIFACTS_DIR = resolve('test-results');
export const VIEWPORT = { width: 1280, height: 900 };

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/**
 * Serves a folder on 127.0.0.1 (or another loopback address: 127.0.0.2 is another site, whose frames
 * Chromium runs in their own process) at a free port. A file `NAME.headers.json` beside `NAME` adds
 * HTTP headers to it (a strict Content-Security-Policy, say). The favicon is an empty answer, so no
 * page logs a 404 that tests would take for an error.
 */
export async function serveFolder(folder: string, host = '127.0.0.1'): Promise<{ origin: string; close: () => Promise<void> }> {
  const server: Server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    if (path === '/favicon.ico') {
      response.writeHead(204).end();
      return;
    }
    const file = join(folder, path);
    if (!file.startsWith(folder) || !existsSync(file)) {
      response.writeHead(404).end('not found');
      return;
    }
    const extraHeaders = existsSync(`${file}.headers.json`) ? (JSON.parse(readFileSync(`${file}.headers.json`, 'utf8')) as Record<string, string>) : {};
    response.writeHead(200, { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream', ...extraHeaders });
    response.end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, host, done));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('server has no port');
  return {
    origin: `http://${host}:${address.port}`,
    // Browsers keep connections open for reuse: drop them, or close() waits for them.
    close: () =>
      new Promise((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}

/** Debian's Chromium, or CHROMIUM_PATH when set. */
export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean) as string[];
  const found = candidates.find((path) => existsSync(path));
  if (!found) throw new Error('Chromium not found: install Debian\'s "chromium" package or set CHROMIUM_PATH');
  return found;
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  close: () => Promise<void>;
}

/** Flags for every Chromium we start: no sandbox (root in CI), and nothing that reaches for the closed network. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export interface PlainBrowser {
  browser: Browser;
  context: BrowserContext;
  close: () => Promise<void>;
}

/** The same Chromium, same flags and viewport, without the extension: the baseline for comparisons. */
export async function launchPlain(): Promise<PlainBrowser> {
  const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_FLAGS });
  const context = await browser.newContext({ viewport: VIEWPORT });
  return { browser, context, close: () => browser.close() };
}

export interface PersistentBrowser {
  context: BrowserContext;
  close: () => Promise<void>;
}

/**
 * Chromium on a fresh persistent profile, with our flags and viewport, with the extension in `extensionDir`
 * or none: the same launch for the browser under test and for the benchmark's baseline
 * (tests/bench/baseline-browser.ts), so their figures compare. Playwright disables extensions and the
 * back/forward cache by default; both are let back in.
 */
export async function launchPersistentChromium(options: { extensionDir?: string; headless?: boolean } = {}): Promise<PersistentBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'plainly-profile-'));
  const { extensionDir } = options;
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: options.headless ?? true,
    viewport: VIEWPORT,
    ignoreDefaultArgs: ['--disable-extensions', '--disable-back-forward-cache'],
    args: [...(extensionDir ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : []), ...CHROMIUM_FLAGS],
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export async function launchWithExtension(options: { headless?: boolean } = {}): Promise<ExtensionBrowser> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) throw new Error('No build in .output/chrome-mv3: run `npm run build` first');
  const { context, close } = await launchPersistentChromium({ extensionDir: EXTENSION_DIR, headless: options.headless });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return { context, extensionId, close };
}

/**
 * The text of every range of every highlight in the page's registry, read from the page's own world
 * as any page could. Fixture pages register no highlights of their own and the extension registers
 * one at a time (under a random name), so these are our marks, in the order they were added.
 */
export function highlightedTexts(page: Page | Frame): Promise<string[]> {
  return page.evaluate(() => {
    // The registry as the page's recorder kept it (a page may replace its CSS global), else the live one.
    const registry = (window as unknown as { __plainlyTest?: { highlights?: HighlightRegistry } }).__plainlyTest?.highlights ?? CSS.highlights;
    const texts: string[] = [];
    for (const highlight of registry.values()) for (const range of highlight) texts.push(range.toString());
    return texts;
  });
}

/**
 * Waits until the registry holds at least `count` ranges. Polls with plain evaluate calls rather
 * than waitForFunction, whose page-side helpers break on pages that replace MutationObserver.
 */
export async function waitForHighlights(page: Page | Frame, count: number, timeout = 10_000): Promise<string[]> {
  const deadline = Date.now() + timeout;
  // Only the size while waiting: reading every range's text on each poll would load a huge page.
  const size = () =>
    page.evaluate(() => {
      const registry = (window as unknown as { __plainlyTest?: { highlights?: HighlightRegistry } }).__plainlyTest?.highlights ?? CSS.highlights;
      let ranges = 0;
      for (const highlight of registry.values()) ranges += highlight.size;
      return ranges;
    });
  let found = await size();
  for (; found < count; found = await size()) {
    if (Date.now() > deadline) throw new Error(`expected at least ${count} highlighted ranges within ${timeout} ms, found ${found}: ${(await highlightedTexts(page)).slice(0, 20).join(', ')}`);
    await new Promise((done) => setTimeout(done, 200));
  }
  // The first marks are painted at once and the rest in later batches: wait until the count holds
  // still for a moment, so callers see the whole scan, not its first batch.
  for (let settled = 0; settled < 2 && Date.now() < deadline; ) {
    await new Promise((done) => setTimeout(done, 200));
    const now = await size();
    settled = now === found ? settled + 1 : 0;
    found = now;
  }
  return highlightedTexts(page);
}

/** Where a frame's content starts in the page's viewport (its own and its parents' frame offsets). */
async function frameOffset(frame: Frame): Promise<{ x: number; y: number }> {
  const parent = frame.parentFrame();
  if (!parent) return { x: 0, y: 0 };
  const [above, inParent] = await Promise.all([
    frameOffset(parent),
    (await frame.frameElement()).evaluate((element: Element) => {
      const box = element.getBoundingClientRect();
      return { x: box.left + element.clientLeft, y: box.top + element.clientTop };
    }),
  ]);
  return { x: above.x + inParent.x, y: above.y + inParent.y };
}

/**
 * The box, in the page's viewport (where page.mouse clicks), of the first occurrence of `text`
 * inside the element matching `selector`, in the page or in one of its frames.
 */
export async function boxOfText(page: Page | Frame, selector: string, text: string): Promise<{ x: number; y: number; width: number; height: number }> {
  const offset = 'mainFrame' in page ? { x: 0, y: 0 } : await frameOffset(page);
  const box = await page.evaluate(
    ({ selector, text }) => {
      const root = document.querySelector(selector);
      if (!root) throw new Error(`no element ${selector}`);
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = (node as Text).data.indexOf(text);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + text.length);
        const rect = range.getBoundingClientRect();
        return { x: rect.left, y: rect.top, width: rect.width, height: rect.height };
      }
      throw new Error(`text "${text}" not found in ${selector}`);
    },
    { selector, text },
  );
  return { ...box, x: box.x + offset.x, y: box.y + offset.y };
}

/** The centre of `boxOfText`: where the pointer rests on that text. */
export async function centreOfText(page: Page | Frame, selector: string, text: string): Promise<{ x: number; y: number }> {
  const box = await boxOfText(page, selector, text);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

const AXE_SOURCE = readFileSync(resolve('node_modules/axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

export interface AxeReport {
  violations: AxeViolation[];
  /** Rules axe could not decide on some node (e.g. colour contrast over a page it cannot see through). */
  incomplete: string[];
}

/**
 * Runs axe-core (WCAG 2.0–2.2 A and AA rules plus best practices) on the page, or only inside the
 * elements matching `include`, and returns its violations in a readable form.
 */
export async function runAxe(page: Page, include?: string): Promise<AxeReport> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (selector) => {
    type Result = { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] };
    const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: Result[]; incomplete: Result[] }> } }).axe;
    const result = await axe.run(selector ? { include: [[selector]] } : document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    });
    return {
      violations: result.violations.map((violation) => ({
        id: violation.id,
        impact: violation.impact,
        help: violation.help,
        nodes: violation.nodes.map((node) => JSON.stringify(node.target)),
      })),
      incomplete: result.incomplete.map((rule) => rule.id),
    };
  }, include);
}

/** The extension's service worker, where tests act as the browser would (storage, messages to tabs). */
export async function serviceWorker(browser: ExtensionBrowser) {
  return browser.context.serviceWorkers()[0] ?? (await browser.context.waitForEvent('serviceworker'));
}

/** The extension API as its service worker and pages have it (the global `chrome`), typed as WXT's `browser`. */
export type ExtensionApi = typeof import('wxt/browser').browser;

/**
 * Runs `use` with the extension API, in the service worker or one of the extension's pages. Like
 * any evaluated function, `use` travels as source text: nothing from this file is in scope there,
 * `arg` travels as JSON, and a named function inside `use` fails there (tsx wraps it in a
 * `__name()` helper the browser lacks): write inner functions as unnamed arrows.
 */
export function withExtensionApi<Arg, Result>(where: Page | Worker, use: (api: ExtensionApi, arg: Arg) => Result | Promise<Result>, arg?: Arg): Promise<Result> {
  const expression = `(${use.toString()})(chrome, ${JSON.stringify(arg)})`;
  // Two branches because TypeScript cannot call the union of Page's and Worker's evaluate.
  return ('mainFrame' in where ? where.evaluate(expression) : where.evaluate(expression)) as Promise<Result>;
}

/**
 * A request to the page script in the active tab's top frame, sent from the service worker the way
 * the popup and the background send it (platform/page-requests.ts); its answer, or undefined
 * when no page script is there.
 */
export async function askActivePage(browser: ExtensionBrowser, request: Record<string, unknown>): Promise<unknown> {
  const { PAGE_REQUESTS_KEY } = await import('../../lib/content-messages');
  return withExtensionApi(
    await serviceWorker(browser),
    async (api, { key, request }) => {
      const [tab] = await api.tabs.query({ active: true, currentWindow: true });
      const [injection] = await api.scripting.executeScript({
        target: { tabId: tab!.id!, frameIds: [0] },
        // As platform/page-requests.ts sends it: JSON text (executeScript drops null fields).
        func: (name: string, body: string) => (globalThis as unknown as Record<string, ((body: unknown) => unknown) | undefined>)[name]?.(JSON.parse(body)),
        args: [key, JSON.stringify(request)],
      });
      return injection?.result;
    },
    { key: PAGE_REQUESTS_KEY, request },
  );
}

/** A request to the page script of `page`'s tab (brought to the front), sent as the popup would. */
export async function askPageScript(browser: ExtensionBrowser, page: Page, request: Record<string, unknown>): Promise<unknown> {
  await page.bringToFront();
  return askActivePage(browser, request);
}

/**
 * The toolbar popup as its button opens it on `page`: the popup asks for the active tab when it
 * loads, so it is loaded again while `page` is in front.
 */
export async function openPopupOn(browser: ExtensionBrowser, page: Page): Promise<Page> {
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  await page.bringToFront();
  await popup.reload();
  return popup;
}

/** Every item of both storage areas that holds settings (any version's), read where `where` runs. */
export async function storedSettingsItems(where: Page | Worker): Promise<{ sync: Record<string, unknown>; local: Record<string, unknown> }> {
  const { isSettingsKey } = await import('../../lib/storage-keys');
  const all = await withExtensionApi(where, async (api) => ({ sync: await api.storage.sync.get(null), local: await api.storage.local.get(null) }));
  const own = (items: Record<string, unknown>) => Object.fromEntries(Object.entries(items).filter(([key]) => isSettingsKey(key)));
  return { sync: own(all.sync), local: own(all.local) };
}

/** Replaces the stored settings with `items` (a layout, or a version 1 record under `settings`), removing all others. */
export async function replaceSettingsItems(where: Page | Worker, items: { sync: Record<string, unknown>; local: Record<string, unknown> }): Promise<void> {
  const before = await storedSettingsItems(where);
  await withExtensionApi(
    where,
    async (api, { before, items }) => {
      await api.storage.sync.remove(Object.keys(before.sync));
      await api.storage.local.remove(Object.keys(before.local));
      await api.storage.local.set(items.local);
      await api.storage.sync.set(items.sync);
    },
    { before, items },
  );
}

/** Stores settings as the background writes them (lib/settings/stored-layout.ts), starting from the defaults. */
export async function storeSettings(browser: ExtensionBrowser, change: Partial<Settings>): Promise<void> {
  const [{ DEFAULT_SETTINGS }, { layoutOf }] = await Promise.all([import('../../lib/settings/defaults'), import('../../lib/settings/stored-layout')]);
  await replaceSettingsItems(await serviceWorker(browser), layoutOf({ ...DEFAULT_SETTINGS, ...change }));
}

/** The settings as the extension reads them from storage now, and whether the lists are on this device only. */
export async function readStoredSettings(where: Page | Worker): Promise<{ settings: Settings; listsOnDeviceOnly: boolean }> {
  const [{ loadSettings }, { recordFrom }] = await Promise.all([import('../../lib/settings/repair'), import('../../lib/settings/stored-layout')]);
  const { sync, local } = await storedSettingsItems(where);
  const { record, listsOnDeviceOnly } = recordFrom(sync, local);
  return { settings: loadSettings(record).settings, listsOnDeviceOnly };
}

/** The toolbar badge of the active tab: how many different terms its page reported ('' for none). */
export async function badgeText(browser: ExtensionBrowser): Promise<string> {
  return withExtensionApi(await serviceWorker(browser), async (api) => {
    const [tab] = await api.tabs.query({ active: true, currentWindow: true });
    return api.action.getBadgeText({ tabId: tab?.id });
  });
}

/** Waits until the active tab's badge shows a count: the content script has reported its terms. */
export async function waitForBadge(browser: ExtensionBrowser): Promise<string> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const text = await badgeText(browser);
    if (text !== '') return text;
    if (Date.now() > deadline) throw new Error('the badge never showed a count');
    await new Promise((done) => setTimeout(done, 100));
  }
}
