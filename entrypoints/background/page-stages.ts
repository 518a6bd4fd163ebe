/**
 * Injects a page's later stages into the one frame that asks (entrypoints/page-guard/stages.ts):
 * the marks stage with the stylesheet for its random highlight names, the card stage when a first
 * card opens. Through scripting, never as web-accessible files: a page could load those and learn
 * that Plainly MS is installed.
 */
import { browser, type Browser } from 'wxt/browser';
import type { HighlightNames, LoadStageResponse } from '../../lib/messages';
import { randomLetters } from '../../lib/random-name';

const STAGE_FILES = { marks: '/page-marks.js', card: '/card-ui.js' } as const;
export type Stage = keyof typeof STAGE_FILES;

/**
 * How marked terms look: quiet by design, a dotted underline or a pale background for people who
 * see underlines poorly. Inserted as an extension stylesheet, so no <style> is added to the page.
 */
function highlightCss(names: HighlightNames): string {
  return `::highlight(${names.underline}) {
  text-decoration-line: underline;
  text-decoration-style: dotted;
  text-decoration-color: #1f7a8c;
  text-decoration-thickness: 2px;
}
::highlight(${names.background}) {
  background-color: rgba(255, 221, 87, 0.45);
}`;
}

/** Loads `stage` into the sender's frame; null when there is no frame to load into or the browser refused. */
export async function loadStage(stage: Stage, sender: Browser.runtime.MessageSender): Promise<LoadStageResponse> {
  const tabId = sender.tab?.id;
  const frameId = sender.frameId;
  if (tabId === undefined || frameId === undefined) return null;
  const target = { tabId, frameIds: [frameId] };
  try {
    let highlightNames: HighlightNames | undefined;
    if (stage === 'marks') {
      highlightNames = { underline: randomLetters(12), background: randomLetters(12) };
      await browser.scripting.insertCSS({ target, css: highlightCss(highlightNames) });
    }
    await browser.scripting.executeScript({ target, files: [STAGE_FILES[stage]] });
    return { loaded: true, highlightNames };
  } catch {
    return null; // the frame navigated away or closed meanwhile
  }
}

/**
 * After an install or update, open tabs still run the old copy of the guard (or none): give every
 * frame the new one. It stops the old copy, which removes its marks (entrypoints/page-guard/quiet-context.ts).
 */
export async function refreshOpenTabs(): Promise<void> {
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs.map((tab) =>
      tab.id === undefined
        ? undefined
        : browser.scripting.executeScript({ target: { tabId: tab.id, allFrames: true }, files: ['/page-guard.js'] }).catch(() => undefined),
    ),
  );
}
