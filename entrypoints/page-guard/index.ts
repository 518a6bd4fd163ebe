/**
 * The only script evaluated on every page (declared in wxt.config.ts): a guard that stays quiet
 * until the page shows a candidate MS term. Kept tiny on purpose (budget in tests/budgets.json):
 * no zod, no Preact, no matcher; the rest comes from the background only where it is needed.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { contextTimers } from './context-timers';
import { PageGuard } from './page-guard';
import { QuietContext } from './quiet-context';

/** HTML documents only: XML, plain text, images and the browser's own viewers are left alone. */
function isReadableDocument(): boolean {
  const type = document.contentType;
  return type === 'text/html' || type === 'application/xhtml+xml';
}

function start(ctx: QuietContext): void {
  try {
    if (document.documentElement) new PageGuard(ctx).start();
  } catch (error) {
    // Never throw into the page; leave a trace for whoever debugs the extension.
    console.debug('Plainly MS could not start on this page', error);
  }
}

/**
 * Declared at document_start (wxt.config.ts), and it reads the page once it is parsed: injected at
 * document_end or document_idle, even an empty script made this headless Chromium fire the page's
 * load event later on a 10,000-word page (docs/architecture.md, Decision 2), at document_start not at all. The
 * reading runs in a task of its own: inside the page's DOMContentLoaded it lengthened the page's
 * parsing task past 50 ms (a long task of ours, in the bench).
 */
export default defineUnlistedScript(() => {
  if (!isReadableDocument()) return;
  const ctx = new QuietContext();
  const startSoon = () => contextTimers(ctx).setTimeout(() => start(ctx), 0);
  if (document.readyState === 'loading') ctx.addEventListener(document, 'DOMContentLoaded', startSoon, { once: true });
  else startSoon();
});
