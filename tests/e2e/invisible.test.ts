/**
 * What a page can see of Plainly MS, asked of a page that looks for it from its own world
 * (tests/fixtures/hostile/probe.js: message, event, DOM, shadow-root and highlight probes, and a full
 * scan of what it can reach). Without MS terms: nothing at all. With terms: only what marks and a
 * card need, listed exactly: one highlight under a name that changes with every load, one element
 * whose closed shadow root hides the card, and focus on that element when the card takes it.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { cardHost, cardHostCount, cardText } from './card';
import { askPageScript, centreOfText } from './harness';
import { useSession } from './session';

/** As tests/fixtures/hostile/probe.js reports it. */
interface ProbeReport {
  messages: unknown[];
  postMessages: unknown[];
  events: { type: string; target: string; trusted: boolean }[];
  dispatched: unknown[];
  customEvents: unknown[];
  attachShadow: unknown[];
  alarms: unknown[];
  mutations: unknown[];
  highlightStates: { atMs: number; state: { name: string; size: number }[] }[];
  highlights: { name: string; size: number; texts: string[] }[];
  added: Record<string, unknown>[];
  activeElement: string;
  scan: { found: { needle: string; where: string }[]; counts: Record<string, number>; newGlobals: string[] };
}

/** Text only the card shows for ocrelizumab (none of it is in the page): its section headings and summary. */
const CARD_ONLY_TEXT = ['Why it matters', 'Ask or watch for', 'Last reviewed', 'removes a type of white blood cell called B cells', 'not medical advice'];

/** What the page saw, in the terms of what it could have seen; each list empty when it saw nothing. */
function whatThePageSaw(report: ProbeReport) {
  return {
    messages: report.messages,
    postMessages: report.postMessages,
    events: report.events,
    dispatched: report.dispatched,
    customEvents: report.customEvents,
    attachShadow: report.attachShadow,
    alarms: report.alarms,
    mutations: report.mutations,
    highlights: report.highlights.map(({ name, texts }) => ({ name, texts })),
    added: report.added,
    activeElement: report.activeElement,
    found: report.scan.found,
    newGlobals: report.scan.newGlobals,
  };
}

const NOTHING: ReturnType<typeof whatThePageSaw> = {
  messages: [], postMessages: [], events: [], dispatched: [], customEvents: [], attachShadow: [], alarms: [],
  mutations: [], highlights: [], added: [], activeElement: 'body', found: [], newGlobals: [],
};

const session = useSession();

async function openProbe(file: 'probe-terms.html' | 'probe-no-terms.html'): Promise<Page> {
  const page = await session.browser.context.newPage();
  await page.goto(`${session.server.origin}/hostile/${file}`);
  return page;
}

/** The probe's report, searching for our extension id, our names and the card's own text. */
function probeReport(page: Page): Promise<ProbeReport> {
  const needles = [session.browser.extensionId, 'plainly', 'wxt', 'chrome-extension', ...CARD_ONLY_TEXT];
  return page.evaluate((needles) => (window as unknown as { __probe: { report: (needles: string[]) => ProbeReport } }).__probe.report(needles), needles);
}

/** Polls the probe until `ready` holds for its report. */
async function probeUntil(page: Page, ready: (report: ProbeReport) => boolean, what: string): Promise<ProbeReport> {
  const deadline = Date.now() + 10_000;
  for (let report = await probeReport(page); ; report = await probeReport(page)) {
    if (ready(report)) return report;
    if (Date.now() > deadline) throw new Error(`the probe never saw ${what}: ${JSON.stringify(whatThePageSaw(report))}`);
    await page.waitForTimeout(100);
  }
}

/** Opens the card by resting the pointer on "Ocrevus", and waits until the page has seen the one element it adds. */
async function hoverOcrevus(page: Page): Promise<ProbeReport> {
  const { x, y } = await centreOfText(page, '#drug', 'Ocrevus');
  await page.mouse.move(x, y);
  await probeUntil(page, (report) => report.added.length > 0, 'the card host arrive');
  await page.waitForTimeout(500); // anything the extension does after showing the card
  return probeReport(page);
}

describe('a page without MS terms', () => {
  it('sees nothing at all, though the extension ran there and the probe would have seen it act', async () => {
    const page = await openProbe('probe-no-terms.html');
    // The content script is in this page: it answers the popup's question (nothing answers where no
    // page script runs). Whether it reports itself as marking depends on whether it saw a term yet.
    // Asked until it answers: right after the load event the guard may not have taken requests yet.
    await expect.poll(() => askPageScript(session.browser, page, { type: 'page-info' }), { timeout: 5_000 }).toEqual({ host: '127.0.0.1', running: expect.any(Boolean) });
    await page.waitForTimeout(1_500); // its idle-time scan of this short page is long over
    const report = await probeReport(page);
    expect(whatThePageSaw(report)).toEqual(NOTHING);
    expect(report.highlightStates).toEqual([]); // not even an empty highlight was ever registered
    expect(report.scan.counts.elements).toBeGreaterThan(10); // the scan did read the page

    // The control: once the extension does show something here, the same probe sees it.
    await askPageScript(session.browser, page, { type: 'show-lookup', termId: 'ocrelizumab', query: 'ocrelizumab' });
    const afterLookup = await probeUntil(page, (seen) => seen.added.length > 0, 'the looked-up card');
    expect(afterLookup.added).toHaveLength(1);
    expect(await cardHostCount(page)).toBe(1);
    await page.close();
  });
});

describe('a page with MS terms', () => {
  it('sees one highlight under a name that changes with every load, and nothing else until a card opens', async () => {
    const names: string[] = [];
    for (let load = 0; load < 2; load++) {
      const page = await openProbe('probe-terms.html');
      const report = await probeUntil(page, (seen) => seen.highlights[0]?.size === 4, 'four marks');
      await page.waitForTimeout(500);
      const settled = await probeReport(page);
      expect(whatThePageSaw(settled)).toEqual({ ...NOTHING, highlights: [{ name: report.highlights[0].name, texts: ['Ocrevus', 'ocrelizumab', 'EDSS', 'hazard ratio'] }] });
      // Registered once there were marks: the page never saw it empty.
      expect(settled.highlightStates[0].state).toEqual([{ name: report.highlights[0].name, size: expect.any(Number) }]);
      expect(settled.highlightStates[0].state[0].size).toBeGreaterThan(0);
      names.push(report.highlights[0].name);
      await page.close();
    }
    expect(names[0]).not.toBe(names[1]);
    for (const name of names) expect(name).not.toMatch(/plainly|ms-term/i);
  });

  it('sees the card host arrive, but not into it, and focus move to it when the card takes focus', async () => {
    const tags: string[] = [];
    for (let load = 0; load < 2; load++) {
      const page = await openProbe('probe-terms.html');
      await probeUntil(page, (seen) => seen.highlights[0]?.size === 4, 'four marks');
      const opened = await hoverOcrevus(page);
      const tag = String(opened.added[0]?.tag);
      tags.push(tag);
      expect(tag).toMatch(/^[a-z]+-[a-z]+$/); // a custom-element-like name, so the HTML parser and CSS treat it as any other
      const host = {
        tag,
        parent: 'html',
        attributes: [],
        shadowRoot: null, // closed: the page cannot open it
        hostsAShadowRoot: true, // but it can tell one is there (attachShadow throws)
        childNodes: 0,
        text: '',
        renderedText: '',
        popoverOpen: false,
        definedAsCustomElement: false,
      };
      const highlights = [{ name: opened.highlights[0].name, texts: ['Ocrevus', 'ocrelizumab', 'EDSS', 'hazard ratio'] }];
      const hostArrived = [{ type: 'childList', target: 'html', added: [tag], removed: [] }];
      expect(whatThePageSaw(opened)).toEqual({ ...NOTHING, highlights, mutations: hostArrived, added: [host] });

      // The shortcut opens the first term's card with focus in it: the page sees focus go to the host.
      await page.keyboard.press('Alt+Shift+N');
      await probeUntil(page, (seen) => seen.activeElement === tag, 'focus move to the host');
      await page.waitForTimeout(300);
      const focused = await probeReport(page);
      expect(whatThePageSaw(focused)).toEqual({
        ...NOTHING,
        highlights,
        mutations: hostArrived,
        added: [host],
        activeElement: tag,
        events: [
          { type: 'focus', target: tag, trusted: true },
          { type: 'focusin', target: tag, trusted: true },
        ],
      });

      // Only now, with the privileged view the page lacks: that element is our card, and the text the
      // page's scan looked for is in it.
      const ourHost = await cardHost(page);
      expect(await page.evaluate((host) => (window as unknown as { __probe: { isFirstAdded: (element: unknown) => boolean } }).__probe.isFirstAdded(host), ourHost)).toBe(true);
      const text = await cardText(page);
      for (const only of CARD_ONLY_TEXT) expect(text).toContain(only);
      console.log(`probe, load ${load + 1}: scanned ${JSON.stringify(focused.scan.counts)}; highlight "${highlights[0].name}", host <${tag}>`);
      await page.close();
    }
    expect(tags[0]).not.toBe(tags[1]);
  });
});
