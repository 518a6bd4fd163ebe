/**
 * Says once that the page shows a candidate term: in the text it has now, or in text it adds later
 * (endless forums, single-page apps). Until then this is all that runs on a page, and it never
 * changes the page or tells it anything (a MutationObserver is not visible to the page's scripts).
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { contextTimers } from './context-timers';
import { documentText, openShadowRoots } from './page-text';

/** An idle callback that has not come by then runs anyway (busy pages). */
const IDLE_TIMEOUT_MS = 1000;
const OBSERVED: MutationObserverInit = { childList: true, subtree: true, characterData: true };

export function watchForCandidate(ctx: ContentScriptContext, isCandidate: (text: string) => boolean, onCandidate: () => void): void {
  const timers = contextTimers(ctx);
  /** Nodes the page added or changed, checked together in idle time. */
  const changed: Node[] = [];
  let seen = false;
  let checkScheduled = false;

  const found = () => {
    if (seen) return;
    seen = true;
    observer.disconnect();
    changed.length = 0;
    onCandidate();
  };

  /** Watches open shadow roots under `root` (a document's observer stops at them) and tests their text. */
  const readShadowRoots = (root: Node): boolean =>
    openShadowRoots(root).some((shadow) => {
      observer.observe(shadow, OBSERVED);
      return isCandidate(shadow.textContent ?? '');
    });

  const checkChanged = () => {
    checkScheduled = false;
    const nodes = changed.splice(0);
    if (nodes.some((node) => node.isConnected && node.nodeType === Node.ELEMENT_NODE && readShadowRoots(node))) return found();
    // A changed text node is read with its siblings: text streamed in a node at a time ("Ocre",
    // "vus") is one word only there. An added element brings its own text.
    const readable = new Set(nodes.filter((node) => node.isConnected).map((node) => (node.nodeType === Node.TEXT_NODE ? (node.parentNode ?? node) : node)));
    if ([...readable].some((node) => isCandidate(node.textContent ?? ''))) found();
  };

  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'characterData') changed.push(record.target);
      else for (const added of record.addedNodes) changed.push(added);
    }
    if (checkScheduled || seen) return;
    checkScheduled = true;
    timers.requestIdleCallback(checkChanged, { timeout: IDLE_TIMEOUT_MS });
  });
  ctx.onInvalidated(() => observer.disconnect());
  observer.observe(document, OBSERVED);

  // The page's own text at once: most pages are decided here, and marks then come soonest. Open
  // shadow roots need a walk over the elements, so they wait for idle time; from then on they are
  // watched too, and so are those that elements the page adds later bring with them.
  if (isCandidate(documentText())) return found();
  timers.requestIdleCallback(
    () => {
      if (!seen && readShadowRoots(document.documentElement)) found();
    },
    { timeout: IDLE_TIMEOUT_MS },
  );
}
