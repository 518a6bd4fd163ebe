/**
 * Says once that the page shows a candidate term: in the text it has now, read in slices, or in
 * text it adds later (endless forums, single-page apps). Until then this is all that runs on a
 * page, and it never changes the page or tells it anything (a MutationObserver is not visible to
 * the page's scripts).
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { PageTextReader, textUnder } from './page-text';

/** A slice of reading at most this long, well under one frame. */
const SLICE_MS = 6;
/** Text kept from one slice to the next, so a term cut by the slice's end is still seen whole. */
const OVERLAP_CHARS = 120;
/** An idle callback that has not come by then runs anyway (busy pages). */
const IDLE_TIMEOUT_MS = 1000;

export function watchForCandidate(ctx: ContentScriptContext, isCandidate: (text: string) => boolean, onCandidate: () => void): void {
  const root = document.body ?? document.documentElement;
  const reader = new PageTextReader(root);
  /** Nodes the page added or changed while the reader was still going, checked after it. */
  const changed: Node[] = [];
  let seen = false;
  let checkScheduled = false;

  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'characterData') changed.push(record.target);
      else for (const added of record.addedNodes) changed.push(added);
    }
    if (reader.done) scheduleCheck();
  });
  ctx.onInvalidated(() => observer.disconnect());

  const found = () => {
    if (seen) return;
    seen = true;
    observer.disconnect();
    changed.length = 0;
    onCandidate();
  };

  const checkChanged = () => {
    checkScheduled = false;
    const nodes = changed.splice(0);
    if (nodes.some((node) => node.isConnected && isCandidate(textUnder(node)))) found();
  };
  const scheduleCheck = () => {
    if (checkScheduled || seen) return;
    checkScheduled = true;
    ctx.requestIdleCallback(checkChanged, { timeout: IDLE_TIMEOUT_MS });
  };

  let overlap = '';
  const readSlice = () => {
    const sliceEnd = performance.now() + SLICE_MS;
    const text = overlap + reader.read(() => performance.now() > sliceEnd);
    if (isCandidate(text)) return found();
    overlap = text.slice(-OVERLAP_CHARS);
    if (!reader.done) ctx.requestIdleCallback(readSlice, { timeout: IDLE_TIMEOUT_MS });
    else if (changed.length > 0) scheduleCheck();
  };

  observer.observe(document, { childList: true, subtree: true, characterData: true });
  // The first slice at once: most pages are read whole in it, and marks then come soonest.
  readSlice();
}
